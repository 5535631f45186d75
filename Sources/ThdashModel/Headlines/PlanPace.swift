/// Plan completion against a linear year: after 8 months a steady year is at 66,7 % of its plan, so 58,8 %
/// is behind it.
public struct PlanPace: Sendable, Hashable {
    public var monthsElapsed: Int
    /// Percent of the annual plan a linear year reaches after `monthsElapsed` months.
    public var expectedPercent: Double
    /// Percent of the annual plan reached.
    public var completionPercent: Double

    public init(monthsElapsed: Int, completionPercent: Double) {
        self.monthsElapsed = monthsElapsed
        self.expectedPercent = Double(monthsElapsed) / 12 * 100
        self.completionPercent = completionPercent
    }

    /// Completion minus the linear pace, in percentage points (negative when behind).
    public var gap: Double { completionPercent - expectedPercent }
    public var isBehind: Bool { gap < 0 }
}
