/// The content of one table cell: text, or nothing (drawn as the table's missing mark, "—"), with an optional
/// style of its own (a growth figure in the positive role, say).
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    /// nil when there is no value.
    public var text: String?
    /// nil to use the row's style.
    public var style: Style?

    public init(_ text: String?, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// A cell with no value.
    public static let missing = TableCell(nil)
}
