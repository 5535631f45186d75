/// The product search: what was typed, and whether the prompt is still open for typing.
public struct SearchState: Hashable, Sendable {
    public var query: String = ""
    /// True while the prompt takes keys (after /, until Enter or Esc).
    public var isEditing = false

    public init(query: String = "", isEditing: Bool = false) {
        self.query = query
        self.isEditing = isEditing
    }

    /// True when there is something to search for.
    public var isActive: Bool { !query.isEmpty }
}
