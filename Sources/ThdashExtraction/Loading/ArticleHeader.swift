/// The optional front matter of an article, between two `---` lines at its top.
public struct ArticleHeader: Sendable, Hashable, Codable {
    public var title: String?
    public var date: ArticleDate?
    public var source: String?
    public var url: String?
    public var region: String?

    public init(
        title: String? = nil, date: ArticleDate? = nil, source: String? = nil, url: String? = nil,
        region: String? = nil
    ) {
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.region = region
    }

    /// Why a header could not be read.
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case unterminated
        case badDate(String)
        case badLine(Int, String)

        public var description: String {
            switch self {
            case .unterminated: return "front matter opened with --- is never closed"
            case .badDate(let value): return "header date '\(value)' is not YYYY-MM or YYYY-MM-DD"
            case .badLine(let number, let line): return "header line \(number) is not 'key: value': '\(line)'"
            }
        }
    }

    /// Splits normalised text into its header and the byte offset where the body starts.
    /// Text without a leading `---` line has an empty header and starts its body at 0.
    public static func parse(_ text: String) throws(ParseError) -> (ArticleHeader, bodyStart: Int) {
        let utf8 = text.utf8
        guard utf8.starts(with: "---".utf8) else { return (ArticleHeader(), 0) }
        var lines: [Substring] = []
        var position = utf8.startIndex
        var first = true
        while position < utf8.endIndex {
            let lineEnd = utf8[position...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = text[position..<lineEnd]
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            let trimmed = line.trimmingBlanks()
            if first {
                guard trimmed == "---" else { return (ArticleHeader(), 0) }  // "----" or "--- x": not a header
                first = false
            } else if trimmed == "---" {
                let header = try build(from: lines)
                return (header, utf8.distance(from: utf8.startIndex, to: next))
            } else {
                lines.append(line)
            }
            position = next
        }
        throw .unterminated
    }

    private static func build(from lines: [Substring]) throws(ParseError) -> ArticleHeader {
        var header = ArticleHeader()
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingBlanks()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else { throw .badLine(index + 2, String(trimmed)) }
            let key = trimmed[..<colon].trimmingBlanks().lowercased()
            var value = trimmed[trimmed.index(after: colon)...].trimmingBlanks()
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = value.dropFirst().dropLast()
            }
            let text = String(value)
            switch key {
            case "title": header.title = text
            case "source": header.source = text
            case "url": header.url = text
            case "region": header.region = text
            case "date":
                guard let date = ArticleDate(parsing: text) else { throw .badDate(text) }
                header.date = date
            default: continue  // unknown keys are allowed: a user's own notes
            }
        }
        return header
    }
}

/// A publication date: year and month, and the day when given.
public struct ArticleDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM` or `YYYY-MM-DD`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4,
            let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month), parts[1].count == 2
        else { return nil }
        var day: Int?
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return nil }
            day = d
        }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        let base = "\(year)-\(month < 10 ? "0" : "")\(month)"
        guard let day else { return base }
        return base + "-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }
}
