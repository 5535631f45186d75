import ThdashExtraction

/// Two or more articles giving different values for the same subject, period, basis, kind and region.
/// Every value is kept; the first is the one the dataset shows (the latest article's, then the most
/// repeated).
public struct Conflict: Sendable, Hashable {
    public var product: String
    public var kind: FigureKind
    public var basis: Basis?
    public var period: PeriodKey?
    public var region: String
    /// At least two, with different values; each keeps all its sources.
    public var observations: [Observation]

    public init(observations: [Observation]) {
        precondition(!observations.isEmpty, "a conflict needs observations")
        let first = observations[0]
        self.product = first.product
        self.kind = first.kind
        self.basis = first.basis
        self.period = first.period
        self.region = first.region
        self.observations = observations
    }
}
