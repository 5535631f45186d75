/// One figure read from an article: what it measures, its value, period, comparison basis and region,
/// and the words it came from.
public struct Figure: Sendable, Hashable, Codable {
    /// Path of the article as the user gave it.
    public var article: String
    /// The subject as written in the article ("xi măng", "chỉ số sản xuất công nghiệp").
    public var subject: String
    /// Canonical product or indicator id from the catalog, when the catalog knows the subject.
    public var product: String?
    /// Product line id of `product`.
    public var line: String?
    public var kind: FigureKind
    /// Growth: signed percent change. Plan completion: percent of plan. Value/target: number in `unit`.
    public var value: Double
    /// "%" or the unit as written in canonical spelling, scale word included ("tỷ đồng", "nghìn tấn").
    public var unit: String
    public var basis: Basis?
    public var period: Period
    public var region: String
    /// Hedged by the text ("ước", "khoảng", "hơn", "gần", "trên").
    public var approximate: Bool
    /// Set when the text gives only a bound ("trên", "hơn", "trở lên": lower; "gần", "dưới": upper).
    public var bound: Bound?
    /// The clause the figure came from, exactly as in the normalised text.
    public var quote: String
    /// The whole sentence around `quote`.
    public var sentence: String
    /// Offset of `quote` in the normalised article text, in Unicode scalars.
    public var offset: Int

    public init(
        article: String, subject: String, product: String?, line: String?, kind: FigureKind, value: Double,
        unit: String, basis: Basis?, period: Period, region: String, approximate: Bool, bound: Bound?,
        quote: String, sentence: String, offset: Int
    ) {
        self.article = article
        self.subject = subject
        self.product = product
        self.line = line
        self.kind = kind
        self.value = value
        self.unit = unit
        self.basis = basis
        self.period = period
        self.region = region
        self.approximate = approximate
        self.bound = bound
        self.quote = quote
        self.sentence = sentence
        self.offset = offset
    }
}

/// What a figure states.
public enum FigureKind: String, Sendable, Hashable, Codable, CaseIterable {
    case growth
    case planCompletion = "plan_completion"
    case value
    case target
}

/// What a growth or completion figure is compared with.
public enum Basis: String, Sendable, Hashable, Codable, CaseIterable {
    case previousMonth = "previous_month"
    case samePeriodLastYear = "same_period_last_year"
    case annualPlan = "annual_plan"
    case previousYear = "previous_year"
    case previousQuarter = "previous_quarter"
}

/// Which side of a figure the true value lies when the text gives only a bound.
public enum Bound: String, Sendable, Hashable, Codable {
    case lower
    case upper
}
