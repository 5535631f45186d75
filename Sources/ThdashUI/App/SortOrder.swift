import ThdashModel

/// How product lists are sorted: s cycles the column, S reverses the direction.
public struct SortOrder: Hashable, Sendable {
    /// The columns a product list can be sorted by.
    public enum Column: CaseIterable, Hashable, Sendable {
        /// Catalog order: product line, then the catalog's order within it.
        case line
        /// By the product name shown (in the current language), in Vietnamese alphabetical order
        /// (`VietnameseSortKey`): "Đá" after "Dầu", "Ống" after "Óng".
        case product
        /// By the growth or plan completion of the period; products without one last.
        case figure
    }

    public var column: Column
    public var descending: Bool

    public init(column: Column = .figure, descending: Bool = true) {
        self.column = column
        self.descending = descending
    }

    /// The next column, in its natural direction (figures largest first, names and lines A to Z).
    public var cycled: SortOrder {
        let columns = Column.allCases
        let next = columns[(columns.firstIndex(of: column)! + 1) % columns.count]
        return SortOrder(column: next, descending: next == .figure)
    }

    /// The same column the other way round.
    public var reversed: SortOrder { SortOrder(column: column, descending: !descending) }
}
