/// Why the cache of extracted figures did not do its part: an existing cache file that was not used, or a
/// cache file that could not be written. It never stops articles from loading (they are extracted again),
/// but `thdash check` and the Sources screen say so, naming the file.
public struct CacheNote: Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        /// The file exists but could not be read (the system's reason).
        case unreadable(String)
        /// The file is damaged (cut short, checksum does not match...).
        case damaged(String)
        /// The new cache file could not be written (the reason).
        case notWritten(String)
    }

    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// What happened to the file, in English, after its path.
    public var reason: String {
        switch problem {
        case .unreadable(let why): "cannot be read (\(why)); figures extracted again"
        case .damaged(let why): "is damaged (\(why)); figures extracted again"
        case .notWritten(let why): "could not be written (\(why))"
        }
    }

    /// "cache file <path> <reason>" on one line, with any control character escaped visibly.
    public var description: String { PrintableText.escapingControls("cache file \(path) \(reason)") }
}
