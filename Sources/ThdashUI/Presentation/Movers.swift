import ThdashModel

/// The overview's biggest risers and fallers: of the products with a figure for the period, the highest
/// and the lowest few, highest first (all of them when there are few).
public struct Movers: Sendable {
    /// How many products each end shows.
    public static let perEnd = 5

    public var rows: [ProductRow]

    public init(rows all: [ProductRow]) {
        // Rank indices rather than rows: a row is a large value, and this runs on every change of period.
        let filled = all.indices.filter { all[$0].value != nil }
        let values = filled.map { all[$0].value! }
        let order = filled.indices.sorted { a, b in
            values[a] != values[b] ? values[a] > values[b] : all[filled[a]].product.id < all[filled[b]].product.id
        }
        let shown =
            order.count <= 2 * Self.perEnd ? order[...] : order.prefix(Self.perEnd) + order.suffix(Self.perEnd)
        rows = shown.map { all[filled[$0]] }
    }
}
