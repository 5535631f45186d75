/// An article as loaded: its metadata and its normalised text.
public struct Article: Sendable {
    /// Path as the user gave it (or as found under a folder the user gave).
    public var path: String
    public var header: ArticleHeader
    /// The whole normalised text, header included; figure offsets index into it.
    public var text: String
    /// Byte offset in `text` where the body starts (after the front matter).
    public var bodyStart: Int

    public init(path: String, header: ArticleHeader, text: String, bodyStart: Int) {
        self.path = path
        self.header = header
        self.text = text
        self.bodyStart = bodyStart
    }

    /// The title from the header, else the body's first non-empty line.
    public var title: String {
        if let title = header.title, !title.isEmpty { return title }
        let body = text.utf8.dropFirst(bodyStart)
        for line in Substring(body).split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmingBlanks()
            if !trimmed.isEmpty { return String(trimmed) }
        }
        return ""
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    /// Works on scalars: grapheme breaking is far slower and spaces and tabs are single scalars.
    func trimmingBlanks() -> Substring {
        let scalars = unicodeScalars
        var lower = scalars.startIndex
        var upper = scalars.endIndex
        while lower < upper && (scalars[lower] == " " || scalars[lower] == "\t") { lower = scalars.index(after: lower) }
        while lower < upper {
            let last = scalars.index(before: upper)
            guard scalars[last] == " " || scalars[last] == "\t" else { break }
            upper = last
        }
        return self[lower..<upper]
    }
}
