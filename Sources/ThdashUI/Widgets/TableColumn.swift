/// One column of a `Table`: its title, how wide it is, and how its text sits.
public struct TableColumn: Hashable, Sendable {
    /// How a column's width is decided.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns (fewer when the table is too narrow).
        case fixed(Int)
        /// At least `minimum`, then a share of the spare width by `weight`.
        case fill(minimum: Int = 1, weight: Int = 1)
    }

    public var title: String
    public var width: Width
    public var alignment: TextAlignment

    public init(_ title: String, width: Width = .fill(), alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
