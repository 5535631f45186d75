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

    /// One slot per period of the series' type from its first point to its last, the point where there is
    /// one and nil where none was stated: a chart of the slots shows the gaps a chart of the points hides.
    public var slots: [(period: PeriodKey, point: SeriesPoint?)] {
        guard let last = points.last?.period else { return [] }
        return slots(through: last)
    }

    /// The slots from `start` (else the series' first point) to `end`: points outside left out, empty
    /// slots where there is no point, for a history that spans the periods a dataset covers and ends at the
    /// period a screen shows.
    public func slots(from start: PeriodKey? = nil, through end: PeriodKey) -> [(
        period: PeriodKey, point: SeriesPoint?
    )] {
        guard let pointFirst = points.first?.period, pointFirst.type == end.type else { return [] }
        let first = start.map { $0.type == end.type ? min($0, pointFirst) : pointFirst } ?? pointFirst
        var result: [(period: PeriodKey, point: SeriesPoint?)] = []
        var next = points.startIndex
        var period = first
        while period <= end {
            if next < points.endIndex, points[next].period == period {
                result.append((period, points[next]))
                next += 1
            } else {
                result.append((period, nil))
            }
            period = period.next
        }
        return result
    }

    /// The periods within the series' span that have no figure.
    public var missingPeriods: [PeriodKey] { slots.compactMap { $0.point == nil ? $0.period : nil } }
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
