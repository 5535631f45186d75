/// How a period table's rows are sorted. Rows without a figure always come last when sorting by value.
public enum RowOrder: String, Sendable, Hashable, CaseIterable {
    /// Product lines in catalog order, products in catalog order within their line.
    case catalog
    /// By Vietnamese name, in Vietnamese alphabetical order (`VietnameseSortKey`).
    case name
    case valueDescending = "value_descending"
    case valueAscending = "value_ascending"
}
