/// Reads an article and returns every figure it states, with subject, period, basis and region.
///
/// The text is read sentence by sentence. Sentences without a digit or a period word are skipped on a
/// byte scan; the others are tokenised and parsed by `SentenceParser`. The period and year carry forward
/// from sentence to sentence until the text names another.
public struct FigureExtractor: Sendable {
    public let catalog: ProductCatalog
    let regions = RegionGazetteer()
    /// The region of articles whose header names none.
    public static let defaultRegion = "Thanh Hóa"

    public init(catalog: ProductCatalog) {
        self.catalog = catalog
    }

    public func extract(_ article: Article) -> [Figure] {
        let region = article.header.region.map { regions.canonicalName($0) } ?? Self.defaultRegion
        var text = article.text
        return text.withUTF8 { buffer -> [Figure] in
            let bodyEnd = BodyScanner.bodyEnd(buffer, from: article.bodyStart, to: buffer.count)
            let published = article.header.date ?? Dateline.find(in: buffer, from: article.bodyStart, to: bodyEnd)
            var context = ReadingContext(articleRegion: region, headerDate: published)
            var tokens: [Token] = []
            var found: [(draft: FigureDraft, sentence: String)] = []
            BodyScanner.forEachPiece(buffer, from: article.bodyStart, to: bodyEnd) {
                start, end, opensParagraph, continues in
                if opensParagraph {
                    if !context.regionLastsUntilHome { context.carriedRegion = nil }
                    if context.frameEndsWithParagraph { context.frameBasis = nil }
                }
                guard BodyScanner.mayMatter(buffer, start, end) else { return }
                Tokenizer.tokenize(buffer, from: start, to: end, into: &tokens)
                guard !tokens.isEmpty else { return }
                var parser = SentenceParser(
                    tokens: tokens, text: buffer, sentenceRange: start..<end, catalog: catalog, regions: regions)
                let drafts = parser.parse(context: &context, continuing: continues)
                guard !drafts.isEmpty else { return }
                let sentence = parser.sentenceText
                for draft in drafts { found.append((draft, sentence)) }
            }
            return finish(found, article: article, context: context, buffer: buffer)
        }
    }

    /// Article-level corrections, then figures: a period named without a year takes the year the text gives
    /// the same period later ("tháng 8" in a headline, "Tháng 8/2024" in the body); a result dated after the
    /// article's publication is a target; repeats are dropped.
    private func finish(
        _ found: [(draft: FigureDraft, sentence: String)], article: Article, context: ReadingContext,
        buffer: UnsafeBufferPointer<UInt8>
    ) -> [Figure] {
        var figures: [Figure] = []
        var seen: [UInt64: [FigureKey]] = [:]  // by the value's bits: a 10,000-item list stays linear
        var scalarCounter = ScalarCounter()
        for (draft, sentence) in found {
            var draft = draft
            if draft.period.year == nil, let year = context.namedYears[PeriodSlot(draft.period)] {
                draft.period.year = year
            }
            if let date = context.headerDate, draft.kind == .value || draft.kind == .growth,
                draft.period.year == date.year, let last = draft.period.lastMonth, last > date.month,
                !(draft.approximate && last - date.month <= 2)
            {
                // Not yet over when published: a plan or forecast, not a result. Estimates ("ước") made in the
                // last two months of their period are the usual year-end estimates and stay results.
                draft.kind = .target
            }
            let key = FigureKey(draft)
            guard seen[draft.value.bitPattern]?.contains(key) != true else { continue }
            seen[draft.value.bitPattern, default: []].append(key)
            figures.append(
                Figure(
                    article: article.path, subject: draft.subject, product: draft.product, line: draft.line,
                    kind: draft.kind, value: draft.value, unit: draft.unit, basis: draft.basis, period: draft.period,
                    region: draft.region, approximate: draft.approximate, bound: draft.bound,
                    quote: String(decoding: UnsafeBufferPointer(rebasing: buffer[draft.quote]), as: UTF8.self),
                    sentence: sentence, offset: scalarCounter.scalars(in: buffer, upTo: draft.quote.lowerBound)))
        }
        return figures
    }
}

/// What makes two figures of one article the same statement, for dropping repeats (a title restating its lead).
/// Compared numbers first: comparing non-ASCII strings normalises them, which is slow.
private struct FigureKey: Equatable {
    var subject: String
    var kind: FigureKind
    var value: Double
    var unit: String
    var basis: Basis?
    var period: Period
    var region: String

    init(_ draft: FigureDraft) {
        subject = draft.product ?? draft.subject.lowercased()
        kind = draft.kind
        value = draft.value
        unit = draft.unit
        basis = draft.basis
        var period = draft.period
        period.label = ""
        self.period = period
        region = draft.region
    }

    static func == (lhs: FigureKey, rhs: FigureKey) -> Bool {
        lhs.value == rhs.value && lhs.kind == rhs.kind && lhs.basis == rhs.basis && lhs.period == rhs.period
            && lhs.unit.utf8.elementsEqual(rhs.unit.utf8) && lhs.subject.utf8.elementsEqual(rhs.subject.utf8)
            && lhs.region.utf8.elementsEqual(rhs.region.utf8)
    }
}

/// Counts Unicode scalars up to a byte offset, resuming from the last offset asked for.
struct ScalarCounter {
    private var byteOffset = 0
    private var scalarOffset = 0

    mutating func scalars(in buffer: UnsafeBufferPointer<UInt8>, upTo offset: Int) -> Int {
        if offset < byteOffset {  // back up from where we are, not from the start
            var i = byteOffset
            var count = scalarOffset
            while i > offset {
                i -= 1
                if buffer[i] & 0xC0 != 0x80 { count -= 1 }
            }
            byteOffset = offset
            scalarOffset = count
            return count
        }
        var i = byteOffset
        var count = scalarOffset
        while i < offset {
            if buffer[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        byteOffset = offset
        scalarOffset = count
        return count
    }
}
