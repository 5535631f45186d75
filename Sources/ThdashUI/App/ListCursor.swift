/// Where a list stands: the selected row and the first row on screen.
public struct ListCursor: Hashable, Sendable {
    public var selected: Int
    /// The first row shown; `update` keeps it so the selection is visible (see `Scrolling.offset`).
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }
}
