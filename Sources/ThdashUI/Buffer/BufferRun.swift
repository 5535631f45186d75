/// A stretch of changed cells on one row that share a style: what the backend writes with one call.
public struct BufferRun: Hashable, Sendable {
    public var x: Int
    public var y: Int
    /// The graphemes, wide ones once each (their continuation cells have no text).
    public var text: String
    public var style: Style
    /// Columns covered.
    public var width: Int
}
