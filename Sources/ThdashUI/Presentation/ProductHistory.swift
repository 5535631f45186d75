import ThdashExtraction
import ThdashModel

/// One product's drill-down: every value stated for it, newest period first (then undated values, then
/// other regions'), and its series for sparklines.
public struct ProductHistory: Sendable {
    public var product: Product?
    public var entries: [Observation]
    public var series: [Series]

    public init(dataset: Dataset, product id: String) {
        product = dataset.product(id: id)
        let home = dataset.observations(product: id).filter { $0.isHomeRegion && $0.period != nil }
        entries = home.reversed() + dataset.undated(product: id) + dataset.otherRegions(product: id)
        series = dataset.series(product: id)
    }

    /// The entry to select first: the figure shown for the period and basis in force, else the newest.
    public func initialSelection(period: PeriodKey?, mode: ComparisonMode) -> Int {
        entries.firstIndex { $0.period == period && mode.includes(kind: $0.kind, basis: $0.basis) } ?? 0
    }
}
