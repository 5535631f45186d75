import ThdashModel

/// The overview's two groups of products for the period: those that rose most, largest rise first, and
/// those that fell most, largest fall first. A product that did not change is in neither; a rise is never
/// listed among the fallers. For plan completion, the highest and the lowest completion instead.
public struct Movers: Sendable {
    /// How many products each group shows.
    public static let perGroup = 5

    public var risers: [ProductRow]
    public var fallers: [ProductRow]

    /// Both groups, risers first: the overview's list as the cursor walks it.
    public var rows: [ProductRow] { risers + fallers }

    public init(rows all: [ProductRow], plan: Bool = false) {
        // Rank indices rather than rows: a row is a large value, and this runs on every change of period.
        let filled = all.indices.filter { all[$0].value != nil }
        let order = filled.sorted { a, b in
            let (x, y) = (all[a].value!, all[b].value!)
            return x != y ? x > y : all[a].product.id < all[b].product.id
        }
        if plan {
            let top = order.prefix(Self.perGroup)
            risers = top.map { all[$0] }
            fallers = order.dropFirst(top.count).reversed().prefix(Self.perGroup).map { all[$0] }
        } else {
            risers = order.lazy.filter { all[$0].value! > 0 }.prefix(Self.perGroup).map { all[$0] }
            fallers = order.reversed().lazy.filter { all[$0].value! < 0 }.prefix(Self.perGroup).map { all[$0] }
        }
    }
}
