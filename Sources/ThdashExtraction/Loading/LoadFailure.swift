/// A file that could not be read as an article, and why, in words a user can act on.
public struct LoadFailure: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// "path: reason" on one line, with any control character in the path (or reason) escaped visibly.
    public var description: String { PrintableText.escapingControls("\(path): \(reason)") }
}
