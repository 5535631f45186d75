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
    public enum ParseError: Error, Hashable, Codable, CustomStringConvertible {
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
        let utf8 = Array(text.utf8.prefix(3))
        guard utf8 == Array("---".utf8) else { return (ArticleHeader(), 0) }
        var lines: [(number: Int, range: Range<Int>)] = []
        var result: (ArticleHeader, Int)?
        var failure: ParseError?
        var text = text
        text.withUTF8 { bytes in
            var position = 0
            var number = 0
            while position < bytes.count {
                var lineEnd = position
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                let next = min(lineEnd + 1, bytes.count)
                let line = trimBlanks(bytes, position, lineEnd)
                let isFence =
                    line.count == 3 && bytes[line.lowerBound] == 0x2D && bytes[line.lowerBound + 1] == 0x2D
                    && bytes[line.lowerBound + 2] == 0x2D
                number += 1
                if number == 1 {
                    guard isFence else { return }  // "----" or "--- x": not a header
                } else if isFence {
                    do throws(ParseError) {
                        result = (try build(from: lines, in: bytes), next)
                    } catch {
                        failure = error
                    }
                    return
                } else {
                    lines.append((number, line))
                }
                position = next
            }
            failure = .unterminated
        }
        if let failure { throw failure }
        return result ?? (ArticleHeader(), 0)
    }

    /// The byte range of a line without its leading and trailing spaces and tabs.
    private static func trimBlanks(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int> {
        var lower = start
        var upper = end
        while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
        while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
        return lower..<upper
    }

    /// The header of its `key: value` lines (byte ranges of `bytes`, already trimmed). Read as bytes: the
    /// keys and the punctuation are ASCII, and searching a title for ":" character by character (grapheme
    /// breaking) cost more than the rest of loading an article.
    private static func build(
        from lines: [(number: Int, range: Range<Int>)], in bytes: UnsafeBufferPointer<UInt8>
    ) throws(ParseError) -> ArticleHeader {
        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        var header = ArticleHeader()
        for (number, line) in lines {
            if line.isEmpty || bytes[line.lowerBound] == UInt8(ascii: "#") { continue }
            guard let colon = line.first(where: { bytes[$0] == UInt8(ascii: ":") }) else {
                throw .badLine(number, string(line))
            }
            let key = string(trimBlanks(bytes, line.lowerBound, colon)).lowercased()
            var value = trimBlanks(bytes, colon + 1, line.upperBound)
            if value.count >= 2, bytes[value.lowerBound] == bytes[value.upperBound - 1],
                bytes[value.lowerBound] == UInt8(ascii: "\"") || bytes[value.lowerBound] == UInt8(ascii: "'")
            {
                value = value.lowerBound + 1..<value.upperBound - 1
            }
            let text = string(value)
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

    /// Parses `YYYY-MM` or `YYYY-MM-DD` (ASCII digits).
    public init?(parsing text: String) {
        let b = Array(text.utf8)
        guard b.count == 7 || b.count == 10, b[4] == UInt8(ascii: "-"), b.count == 7 || b[7] == UInt8(ascii: "-")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard (0x30...0x39).contains(b[i]) else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), (1...12).contains(month) else { return nil }
        var day: Int?
        if b.count == 10 {
            guard let d = number(8..<10), (1...31).contains(d) else { return nil }
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
