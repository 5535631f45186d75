import ThdashModel

/// The overview's biggest risers and fallers: of the products with a figure for the period, the highest
/// and the lowest few, highest first (all of them when there are few).
public struct Movers: Sendable {
    /// How many products each end shows.
    public static let perEnd = 5

    public var rows: [ProductRow]

    public init(rows all: [ProductRow]) {
        let ranked = all.filter { $0.observation != nil }.sorted { a, b in
            let x = a.observation!.value
            let y = b.observation!.value
            return x != y ? x > y : a.product.id < b.product.id
        }
        rows = ranked.count <= 2 * Self.perEnd ? ranked : Array(ranked.prefix(Self.perEnd) + ranked.suffix(Self.perEnd))
    }
}
