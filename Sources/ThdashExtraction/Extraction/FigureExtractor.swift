#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an article and returns every figure it states, with subject, period, basis and region.
///
/// The text is read sentence by sentence. Sentences without a digit or a period word are skipped on a
/// byte scan; the others are tokenised and parsed by `SentenceParser`. The period and year carry forward
/// from sentence to sentence until the text names another.
public struct FigureExtractor: Sendable {
    public let catalog: ProductCatalog
    /// Outlets and their provinces, for articles that name no province of their own.
    public let outlets: OutletDirectory
    let names: NameTables
    var regions: RegionGazetteer { names.regions }
    /// The dashboard's province: its figures have entity `province`.
    public static let defaultRegion = "Thanh Hóa"

    public init(catalog: ProductCatalog, outlets: OutletDirectory = OutletDirectory()) {
        self.catalog = catalog
        self.outlets = outlets
        self.names = NameTables(catalog: catalog, regions: RegionGazetteer())
    }

    /// What an article gives: its figures and the region it is about.
    public struct Reading: Sendable {
        public var figures: [Figure]
        public var home: HomeRegion
        /// Where reading for figures stopped, in bytes of the article's text, when the article held more
        /// candidate figures than `candidateBudget` allows; nil when it was read to its end.
        public var stoppedAt: Int?
    }

    /// How many candidate figures (numbers with a unit, a percent sign or "lần") one article is read for:
    /// 2,000, and one more for every 128 bytes of its body. Real reports hold one every 250 bytes or so;
    /// a file dense with them (a hostile one, or a number list) costs several microseconds a candidate, and
    /// without a limit a file of them was read at a few MB/s. Reading stops at the sentence that spends the
    /// budget, and the summary says where.
    static func candidateBudget(bodyBytes: Int) -> Int { 2_000 + bodyBytes / 128 }

    public func extract(_ article: Article) -> [Figure] {
        read(article, memo: nil).figures
    }

    /// Extracts as above, keeping the keys of the words it reads in `memo` for the next articles (about 5 %
    /// fewer instructions over a corpus than building every key).
    public func extract(_ article: Article, memo: WordKeyMemo) -> [Figure] {
        read(article, memo: memo).figures
    }

    /// The article's figures and home region.
    public func read(_ article: Article, memo: WordKeyMemo?) -> Reading {
        var text = article.text
        return text.withUTF8 { buffer -> Reading in
            var tokens: [Token] = []
            tokens.reserveCapacity(1024)
            let bodyEnd = BodyScanner.bodyEnd(
                buffer, from: article.bodyStart, to: buffer.count, tokens: &tokens, memo: memo)
            let home = homeRegion(of: article, buffer: buffer, bodyEnd: bodyEnd, tokens: &tokens, memo: memo)
            let published = article.header.date ?? Dateline.find(in: buffer, from: article.bodyStart, to: bodyEnd)
            var context = ReadingContext(
                articleRegion: home.name, articleEntity: home.entity, headerNamesRegion: home.source == .header,
                headerDate: published)
            var found = Found()
            var budget = Self.candidateBudget(bodyBytes: bodyEnd - article.bodyStart)
            var stoppedAt: Int?
            BodyScanner.forEachPiece(buffer, from: article.bodyStart, to: bodyEnd) { piece in
                guard stoppedAt == nil else { return }
                if piece.opensParagraph {
                    if !context.regionLastsUntilHome { context.carriedRegion = nil }
                    if context.frameEndsWithParagraph { context.frameBasis = nil }
                }
                guard piece.mayMatter else { return }
                Tokenizer.tokenize(buffer, from: piece.start, to: piece.end, into: &tokens, memo: memo)
                guard !tokens.isEmpty else { return }
                var parser = SentenceParser(
                    tokens: tokens, text: buffer, source: article.text, sentenceRange: piece.start..<piece.end)
                let wasRoundUp = context.nationalRoundUp
                let before = found.drafts.count
                parser.parse(
                    context: &context, continuing: piece.continues, into: &found.drafts, names: names, budget: &budget)
                if budget <= 0, piece.end < bodyEnd { stoppedAt = piece.end }
                if context.nationalRoundUp && !wasRoundUp {
                    for i in 0..<before where found.drafts[i].regionIsDefault {
                        found.drafts[i].region = RegionGazetteer.nationalName
                        found.drafts[i].entity = .country
                    }
                }
                guard found.drafts.count > before else { return }
                found.sentences.append((parser.sentenceText, piece.start))
                found.sentenceOf.append(
                    contentsOf: repeatElement(found.sentences.count - 1, count: found.drafts.count - before))
            }
            return Reading(
                figures: finish(&found, article: article, context: context, buffer: buffer), home: home,
                stoppedAt: stoppedAt)
        }
    }

    /// The drafts of an article and the sentences they come from.
    private struct Found {
        var drafts: [FigureDraft] = []
        var sentenceOf: [Int] = []
        /// Each sentence's text and its byte offset in the article.
        var sentences: [(text: String, start: Int)] = []
    }

    /// Article-level corrections, then figures: a period named without a year takes the year the text gives
    /// the same period later ("tháng 8" in a headline, "Tháng 8/2024" in the body); a result dated after the
    /// article's publication is a target; repeats are dropped.
    private func finish(
        _ found: inout Found, article: Article, context: ReadingContext, buffer: UnsafeBufferPointer<UInt8>
    ) -> [Figure] {
        var figures: [Figure] = []
        figures.reserveCapacity(found.drafts.count)
        // Drafts kept, chained by their value's slot in an open-addressing table (`Dictionary` hashing costs
        // more than the rest): a 10,000-item list stays linear.
        var kept: [(draft: Int, next: Int)] = []
        kept.reserveCapacity(found.drafts.count)
        var slotBits = 4
        while 1 << slotBits < 2 * found.drafts.count { slotBits += 1 }
        var slots = [(value: UInt64, first: Int)](repeating: (0, -1), count: 1 << slotBits)
        var scalarCounter = ScalarCounter()
        for index in found.drafts.indices {
            found.drafts[index].settle(context)
            let bits = found.drafts[index].value.bitPattern
            var slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotBits))
            while slots[slot].first >= 0 && slots[slot].value != bits { slot = (slot + 1) & (slots.count - 1) }
            var k = slots[slot].first
            while k >= 0 && !found.drafts[index].statesSame(as: found.drafts[kept[k].draft]) { k = kept[k].next }
            guard k < 0 else { continue }
            kept.append((index, slots[slot].first))
            slots[slot] = (bits, kept.count - 1)
            let sentence = found.sentences[found.sentenceOf[index]]
            let quote = found.drafts[index].quote
            let offset = scalarCounter.scalars(in: buffer, upTo: quote.lowerBound)
            figures.append(found.drafts[index].figure(article: article, sentence: sentence, offset: offset))
        }
        return figures
    }
}

extension FigureDraft {
    /// The figure, its quote kept as its place in its sentence (both are token boundaries of one piece).
    /// `mutating` though it changes nothing: called on an array element, it then reads the element in place
    /// instead of copying it (which retains and releases each of its strings).
    fileprivate mutating func figure(article: Article, sentence: (text: String, start: Int), offset: Int) -> Figure {
        let bytes = (quote.lowerBound - sentence.start)..<(quote.upperBound - sentence.start)
        return Figure(
            article: article.path, subject: subject, product: product, line: line, subjectClass: subjectClass,
            measure: measure, kind: kind, value: value, decimals: decimals, unit: unit, basis: basis,
            base: base?.period,
            period: period, region: region, entity: entity, approximate: approximate, bound: bound,
            quoteText: QuoteText(bytes: bytes, in: sentence.text) ?? .own(article.text.copy(utf8Range: quote)),
            sentence: sentence.text, offset: offset)
    }

    /// Applies what only the whole article tells: the year the text gives this period elsewhere, and, from
    /// the publication date, whether a result is really an expectation and an expectation really a result.
    fileprivate mutating func settle(_ context: ReadingContext) {
        if period.year == nil, let year = context.namedYears[PeriodSlot(period)] {
            period.year = year
        }
        guard let date = context.headerDate, let year = period.year, let last = period.lastMonth,
            period.type != .span
        else { return }
        // Months from publication to the period's end: 0 for the month of publication, which monthly reports
        // cover with their estimates.
        let ahead = (year - date.year) * 12 + last - date.month
        switch kind {
        case .forecast where ahead <= 0:
            // "dự kiến" of a period already over: an estimate of the result.
            kind = resultKind
            approximate = true
        case .growth, .value, .planCompletion:
            // Not yet over when published: an expected result. An estimate ("ước") made in the last month
            // before its period ends is the usual year-end or quarter-end estimate and stays a result.
            if ahead > (approximate ? 1 : 0) { kind = .forecast }
        default:
            break
        }
    }

    /// The same statement as `other` (a title restating its lead). Numbers are compared first: comparing
    /// non-ASCII strings normalises them, which is slow; subjects without a product are compared ignoring
    /// case only when their bytes differ.
    fileprivate func statesSame(as other: FigureDraft) -> Bool {
        guard value == other.value, kind == other.kind, basis == other.basis, measure == other.measure,
            entity == other.entity, period.type == other.period.type, period.fromYear == other.period.fromYear,
            period.year == other.period.year, period.month == other.period.month,
            period.quarter == other.period.quarter, period.months == other.period.months,
            sameBytes(unit, other.unit), sameBytes(region, other.region)
        else { return false }
        switch (product, other.product) {
        case (let a?, let b?): return sameBytes(a, b)
        case (nil, nil):
            return sameBytes(subject, other.subject)
                || (subject.utf8.count == other.subject.utf8.count
                    && sameBytes(subject.lowercased(), other.subject.lowercased()))
        default: return false
        }
    }
}

/// Whether two strings have the same UTF-8 bytes, compared with memcmp (the generic `elementsEqual` over
/// two UTF-8 views walks them byte by byte through their iterators).
@inline(__always)
func sameBytes(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    let compared = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y in
            x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
        }
    }
    return (compared ?? nil) ?? a.utf8.elementsEqual(b.utf8)
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
        // Eight bytes at a time: a continuation byte has its top bits 10. Each byte lane of `lanes` counts the
        // continuation bytes seen in its position, summed across lanes (by a multiply) before any can overflow;
        // `nonzeroBitCount` has no instruction on the baseline x86-64 and costs three times as much.
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= offset {
                let words = min((offset - i) / 8, 255)
                var lanes: UInt64 = 0
                for _ in 0..<words {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    lanes &+= (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                    i += 8
                }
                let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
                let continuations = Int((pairs &* 0x0001_0001_0001_0001) >> 48)
                count += 8 * words - continuations
            }
        }
        while i < offset {
            if buffer[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        byteOffset = offset
        scalarOffset = count
        return count
    }
}
