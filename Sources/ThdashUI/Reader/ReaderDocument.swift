import ThdashExtraction

/// An article as the reader shows it: the body of its normalised text (what the extractor read, front matter
/// left out) and where each of its figures' words are in it.
public struct ReaderDocument: Sendable {
    /// The article's body, from its first line with text.
    public var body: String
    /// The figures found in the body, in reading order.
    public var marks: [ReaderMark]
    /// Figures of the article whose words the file no longer holds (it changed after it was read).
    public var missing: Int

    /// Places each figure's quote in the article's text: at the figure's offset when the text there is the
    /// quote, else at the occurrence of the quote nearest that offset (the file changed since it was read);
    /// a figure whose quote the text does not hold is counted in `missing`.
    public init(article: Article, figures: [(index: Int, figure: Figure)]) {
        let text = article.text
        let utf8 = text.utf8
        var bodyIndex = utf8.index(utf8.startIndex, offsetBy: min(max(0, article.bodyStart), utf8.count))
        while bodyIndex < utf8.endIndex, utf8[bodyIndex] == UInt8(ascii: "\n") || utf8[bodyIndex] == UInt8(ascii: "\r")
        {
            bodyIndex = utf8.index(after: bodyIndex)
        }
        let scalars = text.unicodeScalars
        let bodyStart = scalars.distance(from: scalars.startIndex, to: bodyIndex)
        body = String(text.unicodeScalars[bodyIndex...])
        var placed: [ReaderMark] = []
        var missing = 0
        // One walk over the text for the figures in offset order, then a search for those not where they say.
        var cursor = (index: scalars.startIndex, offset: 0)
        var astray: [(index: Int, figure: Figure)] = []
        for (index, figure) in figures.sorted(by: { $0.figure.offset < $1.figure.offset }) {
            let quote = figure.quote.unicodeScalars
            guard figure.offset >= cursor.offset, !quote.isEmpty,
                let start = scalars.index(
                    cursor.index, offsetBy: figure.offset - cursor.offset, limitedBy: scalars.endIndex)
            else {
                astray.append((index, figure))
                continue
            }
            cursor = (start, figure.offset)
            if scalars[cursor.index...].starts(with: quote) {
                placed.append(ReaderMark(figure: index, range: figure.offset..<(figure.offset + quote.count)))
            } else {
                astray.append((index, figure))
            }
        }
        for (index, figure) in astray {
            if let range = Self.nearest(figure.quote, to: figure.offset, in: text) {
                placed.append(ReaderMark(figure: index, range: range))
            } else {
                missing += 1
            }
        }
        marks =
            placed
            .filter { $0.range.lowerBound >= bodyStart }
            .map {
                ReaderMark(
                    figure: $0.figure, range: ($0.range.lowerBound - bodyStart)..<($0.range.upperBound - bodyStart))
            }
            .sorted { ($0.range.lowerBound, $0.figure) < ($1.range.lowerBound, $1.figure) }
        self.missing = missing + placed.count - marks.count
    }

    /// The scalar range of the occurrence of `quote` in `text` that starts nearest `offset`.
    private static func nearest(_ quote: String, to offset: Int, in text: String) -> Range<Int>? {
        guard !quote.isEmpty else { return nil }
        let scalars = text.unicodeScalars
        let length = quote.unicodeScalars.count
        var best: Range<Int>?
        for found in text.ranges(of: quote) {
            let start = scalars.distance(from: scalars.startIndex, to: found.lowerBound)
            if best.map({ abs($0.lowerBound - offset) > abs(start - offset) }) ?? true {
                best = start..<(start + length)
            }
        }
        return best
    }
}

/// Where one figure's words are in a `ReaderDocument`'s body.
public struct ReaderMark: Hashable, Sendable {
    /// Index into `Dataset.figures`.
    public var figure: Int
    /// Unicode scalars of the body.
    public var range: Range<Int>
}
