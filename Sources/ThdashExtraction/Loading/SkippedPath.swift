/// A path passed over on purpose, and why. Nothing under it is lost: it is a file or folder already read
/// through another path, a link back into a folder being read, or a link to nothing that was not named
/// like an article. Unlike a `LoadFailure` it does not make a command fail, but `thdash check`, the plain
/// report and the Sources screen list it, so that no file is left out without a word.
public struct SkippedPath: Sendable, Hashable, CustomStringConvertible {
    public enum Why: Sendable, Hashable {
        /// The same file (by device and inode) was already read through `first`; its figures count once.
        case sameFile(as: String)
        /// The same folder was already walked through `first`.
        case sameFolder(as: String)
        /// A symbolic link back to `ancestor`, a folder being walked: following it would never end.
        case loop(backTo: String)
        /// A symbolic link to `target`, which does not exist.
        case danglingLink(to: String)
    }

    public var path: String
    public var why: Why

    public init(path: String, why: Why) {
        self.path = path
        self.why = why
    }

    /// Why the path was passed over, in English.
    public var reason: String {
        switch why {
        case .sameFile(let first):
            first == path ? "already read; counted once" : "the same file as \(first); counted once"
        case .sameFolder(let first):
            first == path ? "already read; counted once" : "the same folder as \(first); counted once"
        case .loop(let ancestor): "symbolic link loop back to \(ancestor); its files are read there"
        case .danglingLink(let target): "symbolic link to \(target), which does not exist"
        }
    }

    /// "path: reason" on one line, with any control character escaped visibly.
    public var description: String { PrintableText.escapingControls("\(path): \(reason)") }
}
