/// A growth figure for the overview, with the mode it was found in.
public struct GrowthHeadline: Sendable, Hashable {
    public var observation: Observation
    /// `.yearOnYear` or `.monthOnMonth`; nil for a growth stated without a basis.
    public var mode: ComparisonMode?

    public init(observation: Observation, mode: ComparisonMode?) {
        self.observation = observation
        self.mode = mode
    }

    public var period: PeriodKey? { observation.period }
}
