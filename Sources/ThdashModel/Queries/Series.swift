import ThdashExtraction

/// A product's figures of one kind, basis and period type across periods, in time order (a sparkline).
public struct Series: Sendable, Hashable {
    public var product: String
    public var kind: FigureKind
    /// Nil for figures stated without a basis; for a mode's series, the basis of its first point.
    public var basis: Basis?
    /// Monthly and cumulative figures are separate series: they are not on one scale.
    public var periodType: PeriodType
    /// The unit every point's `value` is expressed in.
    public var unit: String
    public var points: [SeriesPoint]

    public init(
        product: String, kind: FigureKind, basis: Basis?, periodType: PeriodType, unit: String,
        points: [SeriesPoint]
    ) {
        self.product = product
        self.kind = kind
        self.basis = basis
        self.periodType = periodType
        self.unit = unit
        self.points = points
    }

    public var values: [Double] { points.map(\.value) }
}

/// One period of a series.
public struct SeriesPoint: Sendable, Hashable {
    public var period: PeriodKey
    /// `observation`'s value converted to the series' unit.
    public var value: Double
    public var observation: Observation
    /// Other values stated for the same period that disagree.
    public var alternatives: [Observation]

    public init(period: PeriodKey, value: Double, observation: Observation, alternatives: [Observation] = []) {
        self.period = period
        self.value = value
        self.observation = observation
        self.alternatives = alternatives
    }
}
