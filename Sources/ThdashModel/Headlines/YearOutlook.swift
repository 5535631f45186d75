/// Where the year ends if the months to come run at the average of those gone, and how much that average
/// must change to meet the annual plan: a projection from the figures shown, never a source's forecast.
public struct YearOutlook: Sendable, Hashable {
    public var monthsElapsed: Int
    /// Percent of the annual plan the year reaches at the pace so far.
    public var projectedCompletion: Double
    /// The year's value at the pace so far, in the unit of the value it comes from; nil without one.
    public var projectedValue: Double?
    /// How much higher (or lower, when negative) the average month still to come must be than the average
    /// month so far for the year to meet its plan, in percent; nil when the plan is already met.
    public var neededChange: Double?

    /// The outlook after `months` months (1–11) with `completion` percent of the plan reached; nil when
    /// nothing was reached (no pace to project) or the months are out of range.
    public init?(monthsElapsed months: Int, completionPercent completion: Double, value: Double?) {
        guard (1...11).contains(months), completion > 0, completion.isFinite else { return nil }
        let perMonth = completion / Double(months)
        monthsElapsed = months
        projectedCompletion = perMonth * 12
        projectedValue = value.map { $0 / Double(months) * 12 }
        neededChange = completion >= 100 ? nil : ((100 - completion) / Double(12 - months) / perMonth - 1) * 100
    }
}
