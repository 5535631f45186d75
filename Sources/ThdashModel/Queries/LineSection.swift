/// A product line's rows in a period table.
public struct LineSection: Sendable, Hashable {
    public var line: ProductLine
    public var rows: [ProductRow]

    public init(line: ProductLine, rows: [ProductRow]) {
        self.line = line
        self.rows = rows
    }

    /// Rows that have a figure for the period.
    public var filledCount: Int { rows.count { $0.value != nil } }
}
