/// The latest production value with how far it went toward the year's plan.
public struct ProductionHeadline: Sendable, Hashable {
    /// Kind value, the latest period that has one.
    public var value: Observation
    /// The stated plan completion for the same period, when an article gives it.
    public var planCompletion: Observation?
    /// The year's target in the same base unit, when stated.
    public var target: Observation?
    /// `value / target` in percent, when the target is known.
    public var computedCompletion: Double?
    /// Where a linear year would be, for a first-N-months period.
    public var pace: PlanPace?

    public init(
        value: Observation, planCompletion: Observation?, target: Observation?, computedCompletion: Double?,
        pace: PlanPace?
    ) {
        self.value = value
        self.planCompletion = planCompletion
        self.target = target
        self.computedCompletion = computedCompletion
        self.pace = pace
    }

    /// The completion to show: the stated one, else the computed one.
    public var completion: Double? { planCompletion?.value ?? computedCompletion }

    /// The year-end projection at the pace so far, for a first-N-months period with a completion.
    public var outlook: YearOutlook? {
        guard let pace, let completion else { return nil }
        return YearOutlook(monthsElapsed: pace.monthsElapsed, completionPercent: completion, value: value.value)
    }
}
