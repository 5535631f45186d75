import ThdashExtraction

/// One comparison between a stated figure and what other stated figures imply for it.
public struct ConsistencyCheck: Sendable, Hashable {
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// Value ÷ the year's target against the stated plan completion.
        case planCompletion = "plan_completion"
        /// Two consecutive monthly values against the stated month-on-month growth.
        case monthOnMonth = "month_on_month"
        /// Monthly values (stated, or carried from a stated month by month-on-month growth), plus an earlier
        /// stated cumulative, against a stated cumulative.
        case cumulative
    }

    public var rule: Rule
    public var product: String
    public var period: PeriodKey
    /// The figure under test.
    public var stated: Observation
    /// The figures it was computed from.
    public var inputs: [Observation]
    /// What the inputs give, in `stated.unit`.
    public var computed: Double
    /// The largest difference rounding can explain, in `stated.unit`.
    public var tolerance: Double
    /// How `computed` was obtained, in Vietnamese-style numbers ("88.926 tỷ đồng / 151.300 tỷ đồng = 58,77%").
    public var formula: String { steps.text }
    let steps: CheckFormula

    init(
        rule: Rule, product: String, period: PeriodKey, stated: Observation, inputs: [Observation],
        computed: Double, tolerance: Double, formula steps: CheckFormula
    ) {
        self.rule = rule
        self.product = product
        self.period = period
        self.stated = stated
        self.inputs = inputs
        self.computed = computed
        self.tolerance = tolerance
        self.steps = steps
    }

    /// `computed` minus the stated value.
    public var difference: Double { computed - stated.value }
    public var passed: Bool { abs(difference) <= tolerance }
}
