#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file that could not be read as an article, and why, in words a user can act on. The cause is kept as a
/// code, so that the dashboard can say it in its own language; `reason` says it in English (standard error,
/// `thdash check`).
public struct LoadFailure: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// Why the file could not be read.
    public enum Cause: Sendable, Hashable, Codable {
        /// The system refused to open or examine the path (errno: no such file, permission denied, ...).
        case system(code: Int32)
        /// Reading the open file failed (errno).
        case readError(code: Int32)
        case isFolder
        /// A device, a FIFO or a socket named like an article.
        case notRegularFile
        /// Over the size limit (both in MiB; the size unknown when the file grew past it while read).
        case tooLarge(mebibytes: Int?, limit: Int)
        case empty
        /// A NUL byte at `offset`: not text.
        case binary(offset: Int)
        /// The first byte that is not UTF-8.
        case notUTF8(offset: Int)
        case onlyWhiteSpace
        case malformedHeader(ArticleHeader.ParseError)
        /// The folder could not be listed (errno); none of its files were read.
        case folderNotListed(code: Int32)
        /// A folder whose name is not UTF-8: its files were not read.
        case folderNameNotUTF8
        case fileNameNotUTF8
        /// A symbolic link named like an article, to `target`, which does not exist.
        case danglingLink(to: String)
        case tooLargeForHTMLParser
        case notHTML
        case emptyHTML
        /// A saved web page with no text in it.
        case noTextInPage
        /// A reason of a converter's own, in English.
        case other(String)
    }

    public var path: String
    public var cause: Cause

    public init(path: String, cause: Cause) {
        self.path = path
        self.cause = cause
    }

    /// A failure with a reason of its own (a converter's), in English.
    public init(path: String, reason: String) {
        self.init(path: path, cause: .other(reason))
    }

    /// Why, in English.
    public var reason: String {
        switch cause {
        case .system(let code): Self.systemReason(code)
        case .readError(let code): "read error: \(Self.systemReason(code))"
        case .isFolder: "is a folder, not an article file"
        case .notRegularFile: "not a regular file"
        case .tooLarge(let size?, let limit): "file too large (\(size) MiB; the limit is \(limit) MiB)"
        case .tooLarge(nil, let limit): "file too large (over \(limit) MiB)"
        case .empty: "empty file"
        case .binary(let offset): "binary file (NUL byte at offset \(offset))"
        case .notUTF8(let offset): "not valid UTF-8 (bad byte at offset \(offset))"
        case .onlyWhiteSpace: "no text (only white space)"
        case .malformedHeader(let error): "malformed header: \(error)"
        case .folderNotListed(let code): "folder cannot be listed (\(Self.systemReason(code)))"
        case .folderNameNotUTF8: "folder name is not valid UTF-8; its files were not read"
        case .fileNameNotUTF8: "file name is not valid UTF-8"
        case .danglingLink(let target): SkippedPath(path: "", why: .danglingLink(to: target)).reason
        case .tooLargeForHTMLParser: "file too large for the HTML parser"
        case .notHTML: "not an HTML document"
        case .emptyHTML: "empty HTML document"
        case .noTextInPage: "no text in the page"
        case .other(let reason): reason
        }
    }

    /// The system's words for an errno, a link loop said plainly.
    public static func systemReason(_ code: Int32) -> String {
        code == ELOOP ? "symbolic link loop" : String(cString: strerror(code))
    }

    /// "path: reason" on one line, with any control character in the path (or reason) escaped visibly.
    public var description: String { PrintableText.escapingControls("\(path): \(reason)") }
}
