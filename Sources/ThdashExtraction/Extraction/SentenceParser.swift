/// Parses one tokenised sentence into figures.
///
/// First it marks the fixed phrases (periods, bases, plan references, regions, catalog names); then it
/// takes each number followed by "%", a unit or "lần" as a candidate, finds its verb chain, its subject
/// (the nearest clause before it, or the subject of the figure before it when that clause is empty),
/// its basis, period and region, and drops candidates whose meaning cannot be told.
struct SentenceParser {
    let tokens: [Token]
    let text: UnsafeBufferPointer<UInt8>
    /// The article text `text` points into, for copying out substrings without decoding them again.
    let source: String
    let sentenceRange: Range<Int>
    let phrases: PhraseRecognizer

    enum Role: Equatable {
        case free
        case period(Int)
        case basis(Int)
        case region(Int)
        case catalog(Int)
        case company(Int)
    }

    struct PeriodSpan {
        var range: Range<Int>
        var period: Period
        var explicitYear: Bool
        /// False for a period that only qualifies a comparison ("mức tăng 11,39% của 9 tháng năm 2020"):
        /// it neither carries forward nor sets the year.
        var carries: Bool
        /// The period's label is set; otherwise it is the text of `range`, made only for a period in use.
        var labelled = false
    }
    struct BasisSpan {
        var range: Range<Int>
        var basis: Basis
        var year: Int?
        var used = false
        /// The month or quarter the comparison names, if any.
        var named: (type: PeriodType, number: Int)?
        /// Index in `basePeriods` of a span of years compared with ("so với giai đoạn 2016-2020"), or -1: kept
        /// apart so that a basis span stays plain data, copied without retains.
        var base: Int32 = -1
    }
    struct NamedSpan<Value> {
        var range: Range<Int>
        var value: Value
    }

    var roles: [Role]
    var periods: [PeriodSpan] = []
    var bases: [BasisSpan] = []
    var basePeriods: [Period] = []
    var regionSpans: [NamedSpan<String>] = []
    var catalogSpans: [NamedSpan<CatalogEntry>] = []
    /// Companies, plants, industrial parks and economic zones named, by the name a figure of theirs takes.
    var companySpans: [NamedSpan<String>] = []
    /// Index of the sentence's first free "ước", found once.
    var firstEstimate: Int?

    init(
        tokens: [Token], text: UnsafeBufferPointer<UInt8>, source: String, sentenceRange: Range<Int>
    ) {
        self.tokens = tokens
        self.text = text
        self.source = source
        self.sentenceRange = sentenceRange
        self.phrases = PhraseRecognizer(tokens: tokens)
        self.roles = Array(repeating: .free, count: tokens.count)
    }

    var sentenceText: String { source.copy(utf8Range: sentenceRange) }

    func string(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return source.copy(utf8Range: tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// The span's period with its label.
    func labelledPeriod(_ span: PeriodSpan) -> Period {
        var period = span.period
        if !span.labelled { period.label = string(span.range) }
        return period
    }

    func role(at i: Int) -> Role { i >= 0 && i < roles.count ? roles[i] : .free }

    func isCatalog(_ i: Int) -> Bool {
        if case .catalog = role(at: i) { return true }
        return false
    }

    // MARK: Marking phrases

    /// Marks the phrases of the sentence, looking names up in `names` (passed in, not kept: a parser copied by
    /// a call then retains no more than its own arrays).
    mutating func markPhrases(_ names: NameTables) {
        let catalog = names.catalog
        let regions = names.regions
        var i = 0
        let n = tokens.count
        while i < n {
            let token = tokens[i]
            let triggers: PhraseRecognizer.Triggers =
                token.kind == .number
                ? .period
                : token.kind == .word ? (PhraseRecognizer.triggers[token.key] ?? []) : []
            if triggers.contains(.basis), let found = phrases.basis(at: i) {
                var base: Int32 = -1
                if let span = found.span {
                    var period = Period(label: "", type: .span, year: span.upperBound, fromYear: span.lowerBound)
                    if let start = (i..<found.end).first(where: {
                        phrases.key($0).map(Self.spanWords.contains) ?? false
                    }) {
                        period.label = string(start..<found.end)  // "giai đoạn 2016 - 2020"
                    }
                    basePeriods.append(period)
                    base = Int32(basePeriods.count - 1)
                }
                bases.append(
                    BasisSpan(
                        range: i..<found.end, basis: found.basis, year: found.year,
                        named: phrases.namedComparison(in: i..<found.end), base: base))
                for k in i..<found.end { roles[k] = .basis(bases.count - 1) }
                i = found.end
                continue
            }
            if triggers.contains(.basis), i > 0, tokens[i - 1].is("%"), let plan = phrases.planPhraseEnd(at: i) {
                bases.append(BasisSpan(range: i..<plan.end, basis: .annualPlan, year: plan.year))
                for k in i..<plan.end { roles[k] = .basis(bases.count - 1) }
                i = plan.end
                continue
            }
            if triggers.contains(.period), let found = phrases.period(at: i) {
                periods.append(
                    PeriodSpan(
                        range: i..<found.end, period: found.period, explicitYear: found.explicitYear,
                        carries: !isComparisonPeriod(at: i)))
                for k in i..<found.end { roles[k] = .period(periods.count - 1) }
                i = found.end
                continue
            }
            if triggers.contains(.company), let end = companyEnd(at: i) {
                companySpans.append(NamedSpan(range: i..<end, value: companyName(i..<end)))
                for k in i..<end { roles[k] = .company(companySpans.count - 1) }
                i = end
                continue
            }
            if let found = regions.match(in: tokens, at: i), !isInsideProperName(i) {
                regionSpans.append(NamedSpan(range: i..<(i + found.length), value: found.region))
                for k in i..<(i + found.length) { roles[k] = .region(regionSpans.count - 1) }
                i += found.length
                continue
            }
            if tokens[i].kind != .punct, var found = catalog.longestMatch(in: tokens, at: i) {
                // "ngành cung cấp nước, xử lý rác thải, nước thải": the name after "ngành" may be longer than
                // an alias that starts with "ngành".
                if tokens[i].key == "ngành", let inner = catalog.longestMatch(in: tokens, at: i + 1),
                    inner.length + 1 > found.length
                {
                    found = (inner.length + 1, inner.entry)
                }
                // "chỉ số sản xuất công nghiệp (IIP)": a parenthesised alias of the same entry belongs to the name.
                let after = i + found.length
                if after + 2 < n, tokens[after].is("("), let inner = catalog.longestMatch(in: tokens, at: after + 1),
                    inner.entry.id == found.entry.id, after + 1 + inner.length < n,
                    tokens[after + 1 + inner.length].is(")")
                {
                    found.length += inner.length + 2
                }
                catalogSpans.append(NamedSpan(range: i..<(i + found.length), value: found.entry))
                for k in i..<(i + found.length) { roles[k] = .catalog(catalogSpans.count - 1) }
                i += found.length
                continue
            }
            i += 1
        }
    }

    /// "Công ty cổ phần Bia Hà Nội – Thanh Hóa": a province name inside a capitalised name is no region.
    func isInsideProperName(_ i: Int) -> Bool {
        guard i > 1, tokens[i].isCapitalized, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized else {
            return false
        }
        return !Self.regionIntroducers.contains(tokens[i - 1].key)
    }

    /// First words of a named span of years ("giai đoạn", "thời kỳ", "nhiệm kỳ").
    static let spanWords: WordKeySet = ["giai", "thời", "nhiệm"]

    static let regionIntroducers: WordKeySet = ["tỉnh", "tp", "phố", "tại", "ở", "riêng", "còn", "và", "trong", "của"]

    /// Arithmetic on decimals read from text ("gấp 2,2 lần" → 120) without binary noise (120.00000000000001).
    static func rounded(_ value: Double) -> Double { (value * 1e9).rounded() / 1e9 }

    /// Words before a period that make it a comparison, not the period in force ("của 9 tháng năm 2020",
    /// "so với quý I-2021", "cao hơn tháng 8").
    static let comparisonLeads: WordKeySet = ["của", "với", "hơn", "vượt", "so"]

    /// A period after a comparison word, or after "và" that follows a basis ("cùng kỳ năm 2016 và năm 2017").
    func isComparisonPeriod(at i: Int) -> Bool {
        guard let lead = phrases.key(i - 1) else { return false }
        if Self.comparisonLeads.contains(lead) { return true }
        if lead == "và", case .basis = role(at: i - 2) { return true }
        return false
    }

    // MARK: Candidates

    enum AnchorKind { case percent, value(unit: String), multiple }

    struct Anchor {
        var number: Int
        var kind: AnchorKind
        /// Index just past the number and its "%", unit or "lần".
        var end: Int
    }

    func anchors() -> [Anchor] {
        var found: [Anchor] = []
        found.reserveCapacity(8)  // one allocation for most sentences, not three
        for i in tokens.indices where tokens[i].kind == .number && roles[i] == .free {
            // Parts of fractions, ranks and dates ("17/19", "16/63", "27/6") are never figures.
            if i > 1, tokens[i - 1].is("/"), tokens[i - 2].kind == .number { continue }
            guard i + 1 < tokens.count else { continue }
            let next = tokens[i + 1]
            if next.is("%") {
                found.append(Anchor(number: i, kind: .percent, end: i + 2))
            } else if phrases.has("phần", "trăm", at: i + 1) {
                found.append(Anchor(number: i, kind: .percent, end: i + 3))
            } else if next.is("lần") && !phrases.has("lần", "lượt", at: i + 1) {
                // "6 lần lượt tăng" is a number before "respectively", not six times.
                found.append(Anchor(number: i, kind: .multiple, end: i + 2))
            } else if let unit = phrases.unit(at: i + 1) {
                found.append(Anchor(number: i, kind: .value(unit: unit.unit), end: unit.end))
            }
        }
        return found
    }

    // MARK: Parsing

    /// What the sentence has resolved so far, for the figures that follow.
    struct Resolved {
        var subject: String
        var entry: CatalogEntry?
        var region: String?
        var company: String?
        var measure: Measure?
        var basis: Basis?
        var kind: FigureKind
        var end: Int
        /// +1 or −1: the direction of a growth figure, for "tăng 5,9% và 6,4%".
        var sign: Double
    }

    /// The figure before the one being read, in the same sentence.
    struct Previous {
        /// Its place in the sentence's `Resolved` list.
        var index: Int
        var kind: FigureKind
        var end: Int
        var sign: Double
        var measure: Measure?
    }

    /// A "lần lượt" / "tương ứng" list: numbers that take their subjects or bases in order.
    struct RespectiveList {
        var subjects: [Subject]?
        var bases: [Basis]?
        var position = 0
        var count: Int
    }

    /// Appends the figures of the sentence to `drafts`. `continuing`: this is a piece of an over-long sentence
    /// cut before it, whose list header (direction and basis) still applies.
    mutating func parse(
        context: inout ReadingContext, continuing: Bool = false, into drafts: inout [FigureDraft], names: NameTables,
        budget: inout Int
    ) {
        let first = drafts.count  // the sentence's own drafts start here
        markPhrases(names)
        let estimate: WordKey = "ước"
        firstEstimate = tokens.indices.first { tokens[$0].key == estimate && roles[$0] == .free }
        for index in periods.indices
        where periods[index].range.count == 2 && phrases.has("trong", "tháng", at: periods[index].range.lowerBound) {
            // "Trong tháng, …": the month the text is about.
            if let month = context.lastMonth {
                periods[index].period = month
                periods[index].labelled = true
            }
        }
        let candidates = anchors()
        budget -= candidates.count
        var resolved: [Resolved] = []
        resolved.reserveCapacity(candidates.count)
        var hardFence = 0
        var listDirection: Double? = continuing ? context.openList?.direction : nil
        var respective: RespectiveList?
        let continuesPrevious =
            phrases.has("trong", "đó", at: 0) || phrases.has("cụ", "thể", at: 0) || phrases.has("riêng", at: 0)
        let explicitLeading = leadingRegion(before: candidates.first?.number ?? tokens.count)
            .map { $0 == RegionGazetteer.homeName ? context.articleRegion : $0 }
        let leadingRegion =
            explicitLeading ?? (continuesPrevious ? context.lastRegion : nil) ?? context.carriedRegion
        // A company the sentence opens with, or the one "Trong đó, …" continues.
        let leadingCompany =
            leadingCompany(before: candidates.first?.number ?? tokens.count)
            ?? (continuesPrevious && explicitLeading == nil ? context.lastCompany : nil)
        if case .basis(let b) = role(at: 0), bases[b].basis != .annualPlan {
            context.frameBasis = bases[b].basis  // "So với cùng kỳ, …" frames the paragraph
            context.frameEndsWithParagraph = true
            context.framePeriod = (periods.last?.period ?? context.period).map(PeriodSlot.init)
        }
        var scanned = 0

        for (index, anchor) in candidates.enumerated() {
            // The figure before, by the plain values read for every candidate: copying its `Resolved` (strings,
            // a catalog entry) for each candidate cost more than the rest of this loop's bookkeeping.
            let previous = resolved.indices.last.map {
                Previous(
                    index: $0, kind: resolved[$0].kind, end: resolved[$0].end, sign: resolved[$0].sign,
                    measure: resolved[$0].measure)
            }
            // Hard boundaries and list headers between the previous figure and this one.
            let previousEnd = previous?.end ?? 0
            for k in scanned..<max(scanned, anchor.number) {
                let t = tokens[k]
                if t.is(";") || t.is(":") || t.is("•") { hardFence = k + 1 }
                if let direction = listHeaderDirection(at: k) { listDirection = direction }
            }
            scanned = max(scanned, anchor.number)
            let fence = max(hardFence, previousEnd)
            var chain = chain(before: anchor.number, fence: fence)
            if chain.comparison {
                // "thấp hơn mức tăng 13,7% đạt được ở 2 tháng đầu năm 2018": its period is no period in force.
                for p in periods.indices where periods[p].range.lowerBound > anchor.number {
                    if (anchor.number..<periods[p].range.lowerBound).contains(where: { tokens[$0].is(",") }) { break }
                    periods[p].carries = false
                }
                continue
            }
            let nextStop = index + 1 < candidates.count ? candidates[index + 1].number : tokens.count

            // Kind and value.
            var value = tokens[anchor.number].number
            guard value.isFinite, value < 1e15 else { continue }
            var kind: FigureKind
            var unit = "%"
            var planBasis: Int?
            var end = anchor.end
            var sign = 1.0
            var levelWithoutBasis = false
            var planNoun = false
            switch anchor.kind {
            case .percent:
                if case .basis(let b) = role(at: anchor.end), bases[b].basis == .annualPlan,
                    bases[b].range.lowerBound == anchor.end
                {
                    planBasis = b
                    end = bases[b].range.upperBound
                }
                if planBasis != nil {
                    kind = .planCompletion
                    switch chain.verb {
                    case .exceed, .up: value = Self.rounded(100 + value)
                    case .down: value = Self.rounded(100 - value)
                    default: break
                    }
                } else {
                    switch chain.verb {
                    case .up: kind = .growth
                    case .down:
                        kind = .growth
                        value = -value
                    case .level:
                        // "bằng 99,6% so với cùng kỳ": an index; growth is its distance from 100.
                        if let b = basisAfter(anchor.end, stop: nextStop), bases[b].basis != .annualPlan {
                            value = Self.rounded(value - 100)
                        } else {
                            levelWithoutBasis = true  // "IIP ước đạt 19,25%": growth, if the subject is a rate
                        }
                        kind = .growth
                    case .none:
                        if let previous, previous.kind == .growth,
                            continuesPreviousFigure(previous.end, anchor.number)
                                || verblessItemAllowed(before: anchor.number)
                        {
                            // "tăng 5,9% và 6,4%", "sắt thép tăng 28%; giày thể thao 22,8%": later numbers
                            // share the first one's verb.
                            kind = .growth
                            value *= previous.sign
                        } else if let direction = listDirection, verblessItemAllowed(before: anchor.number) {
                            kind = .growth
                            value *= direction
                        } else if phrases.has("kế", "hoạch", at: anchor.number - 2)
                            || phrases.has("mục", "tiêu", at: anchor.number - 2)
                            || phrases.has("chỉ", "tiêu", at: anchor.number - 2)
                        {
                            kind = .growth  // "chưa chạm kế hoạch 11%": the planned growth, a target
                            planNoun = true
                            chain.start = anchor.number - 2
                        } else {
                            continue
                        }
                        chain.start = anchor.number
                    case .exceed:
                        // "vượt tháng 8/2023 tới 25,5%" rises over its basis; "vượt 5%" alone says nothing.
                        guard chain.basis != nil else { continue }
                        kind = .growth
                    case .multiply:
                        continue
                    }
                    if chain.negative && value > 0 { value = -value }
                    sign = value < 0 ? -1 : 1
                }
                guard abs(value) <= 1e6 else { continue }
            case .value(let written):
                if chain.verb == .up || chain.verb == .down, !chain.levelWord { continue }  // a change, not a level
                if chain.verb == .multiply || chain.verb == .exceed { continue }
                kind = .value
                unit = written
            case .multiple:
                guard chain.verb == .multiply || chain.verb == .up else { continue }
                guard value > 0, value < 1e4 else { continue }
                kind = .growth
                value = Self.rounded((value - 1) * 100)
            }

            // "tăng 17% trở lên".
            if phrases.has("trở", "lên", at: end) {
                chain.bound = .lower
                end += 2
            }

            // Subject: a respective list, the name right after a value, or the clause before.
            if chain.respectively || (respective == nil && impliesRespectiveBases(index, candidates, nextStop)) {
                respective = respectiveList(
                    startingAt: index, candidates: candidates, chainStart: chain.start, fence: fence,
                    resolved: resolved, context: context)
            }
            var subject: Subject
            if let list = respective, let subjects = list.subjects, list.position < subjects.count {
                subject = subjects[list.position]
            } else if case .value = anchor.kind,
                let after = catalogSpans.first(where: { $0.range.lowerBound == anchor.end })
            {
                // "ước đạt 12.975 tỷ đồng giá trị sản xuất công nghiệp", "xuất khẩu được 1,2 triệu tấn xi măng".
                subject = Subject(
                    text: string(after.range), entry: after.value, region: nil, partStart: chain.start,
                    quoteStart: chain.start, estimated: false,
                    measure: after.value.subjectClass == .product
                        ? measure(in: fence..<after.range.upperBound, outside: after.range) : nil)
                end = after.range.upperBound
            } else if let found = resolveSubject(
                chainStart: chain.start, fence: fence, previous: previous?.index, in: resolved, context: context)
            {
                subject = found
            } else {
                continue
            }
            // "xuất khẩu đá ốp lát tăng 87,4%, xi măng tăng 29,7%": the items of a list share its measure.
            if subject.measure == .output, let shared = previous?.measure,
                shared != .output, !namesOutput(subject.partStart..<chain.start)
            {
                subject.measure = shared
            }

            if levelWithoutBasis, !(isGrowthRate(subject.entry) || mentionsGrowth(fence..<chain.start)) || value >= 60 {
                continue
            }

            // Target: a target word in this clause, or an earlier target figure this clause continues.
            // Never past this chain's start: a previous figure can end after it ("tăng 6 lần lượt ..." read as a
            // multiple that swallows "lần" of "lần lượt").
            let targetScope = min(
                chain.start, max(hardFence, previous.map { $0.kind.isActual ? $0.end : 0 } ?? 0))
            let continuesPreviousClause = fence == previousEnd && previousEnd > hardFence
            // The nearer of a word of plan and a word of expectation decides ("không đạt kế hoạch …, nên dự kiến
            // cả năm chỉ tăng 9,5%" is a forecast); an estimate ("ước đạt trên 21%") is a result, not a plan.
            let words = lastPlanAndExpectationWords(in: targetScope..<chain.start)
            let planAt = planNounBefore(chain.start) ?? words.plan
            let expectationAt = chain.forecast ? chain.start : words.expectation
            let estimated = (chain.start..<anchor.number).contains { tokens[$0].key == "ước" }
            let isTarget =
                kind != .planCompletion
                && (planNoun
                    || (planAt.map { p in !estimated && expectationAt.map { $0 < p } ?? true } ?? false)
                    || (previous?.kind == .target && continuesPreviousClause && expectationAt == nil))
            // An expectation: a forecast if its period is not over at publication (`FigureDraft.settle`).
            let isForecast =
                !isTarget
                && (expectationAt != nil || (previous?.kind == .forecast && continuesPreviousClause))
            let statedKind: FigureKind = isTarget ? .target : isForecast ? .forecast : kind

            // Basis.
            var basis: Basis?
            var basisYear: Int?
            var basisSpan: Int?
            let comparesRates = kind == .growth || (!statedKind.isActual && unit == "%")
            if kind == .planCompletion, let b = planBasis {
                basis = .annualPlan
                basisYear = bases[b].year
                bases[b].used = true
            } else if comparesRates {
                if let b = basisAfter(anchor.end, stop: nextStop) {
                    basisSpan = b
                    bases[b].used = true
                    end = max(end, bases[b].range.upperBound)
                } else if let b = chain.basis {
                    basisSpan = b
                    bases[b].used = true
                } else if let list = respective, let listBases = list.bases, list.position < listBases.count {
                    basis = listBases[list.position]
                } else if let b = basisWithin(subject.partStart..<chain.start) {
                    basisSpan = b
                    bases[b].used = true
                } else if let b = unusedBasis(before: chain.start) {
                    basisSpan = b
                } else if let sibling = resolved.last(where: { $0.kind == .growth || !$0.kind.isActual }),
                    let inherited = sibling.basis, inherited != .basePeriod
                {
                    basis = inherited  // "điện sản xuất … tăng 6,79% so với cùng kỳ; điện thương phẩm …, tăng 5,63%"
                } else if continuesPrevious, drafts.count == first, let carried = context.lastBasis {
                    basis = carried
                } else if continuing, let carried = context.openList?.basis {
                    basis = carried
                }
                if let b = basisSpan {
                    basis = bases[b].basis
                    basisYear = bases[b].year
                }
            }
            var base = basisSpan.flatMap { bases[$0].base >= 0 ? basePeriods[Int(bases[$0].base)] : nil }
            if let list = respective {
                respective?.position += 1
                if list.position + 1 >= list.count { respective = nil }
            }
            if let y = basisYear, context.textYear == nil, kind != .planCompletion {
                context.impliedYear = y + 1
            }

            // Period.
            var period: Period
            let monthly = basisSpan.map { b in bases[b].range.contains { tokens[$0].key == "tháng" } } ?? false
            if let span = periodBefore(chain.start, fence: fence) ?? periodAfter(end, stop: nextStop) {
                period = labelledPeriod(span)
                if span.explicitYear && span.carries { context.textYear = span.period.year }
            } else if !statedKind.isActual {
                period = Period(label: "cả năm", type: .year)
            } else if let carried = context.period {
                // "tăng 17,4% so tháng trước" after a paragraph on the first 8 months: a comparison with a month
                // makes it the month's figure.
                period = monthly && carried.type != .month ? (context.lastMonth ?? carried) : carried
            } else {
                period = Period(label: "", type: .other)  // the text names no period: kept, shown as unplaced
            }
            if period.year == nil {
                if kind == .planCompletion, let y = basisYear {
                    period.year = y
                } else {
                    period.year =
                        context.textYear ?? context.impliedYear ?? yearFromHeader(period, kind: statedKind, context)
                }
            }

            // A frame set by an earlier sentence about the same period ("… cao hơn cùng kỳ năm 2020."), then
            // the default basis by period type.
            if basis == nil, kind == .growth, let frame = context.frameBasis,
                context.framePeriod == PeriodSlot(period)
            {
                basis = frame
            }
            // "gấp 2,6 lần năm 2015" in 2020, "so với cùng kỳ năm 2019" for 2021: a named base period.
            if let y = basisYear, let year = period.year, basis == .previousYear || basis == .samePeriodLastYear,
                y != year - 1
            {
                base =
                    basis == .previousYear
                    ? Period(label: "năm \(y)", type: .year, year: y)
                    : Period(
                        label: "cùng kỳ năm \(y)", type: period.type, year: y, month: period.month,
                        quarter: period.quarter, months: period.months, fromYear: period.fromYear)
                basis = .basePeriod
                basisYear = nil
            } else if chain.average, comparesRates,
                period.type == .span || saysYearly(chain.start..<min(nextStop, end + 3))
            {
                // "tăng bình quân 19,4%/năm", "giai đoạn 2016-2020 tăng bình quân 13,3%".
                basis = .averageAnnual
                base = nil
                end = max(end, yearlyEnd(after: end))
            } else if basis == nil, comparesRates {
                switch period.type {
                case .monthsToDate, .quarter: basis = .samePeriodLastYear
                case .year: basis = .previousYear
                default: break
                }
            }

            // A named month or quarter decides between month on month and year on year.
            if let b = basisSpan, let named = bases[b].named, named.type == period.type,
                let own = period.month ?? period.quarter
            {
                let size = named.type == .month ? 12 : 4
                let namedYear = bases[b].year
                if named.number == own && (namedYear == nil || namedYear == period.year.map { $0 - 1 }) {
                    basis = .samePeriodLastYear
                } else if named.number == (own == 1 ? size : own - 1),
                    namedYear == nil || namedYear == (own == 1 ? period.year.map { $0 - 1 } : period.year)
                {
                    basis = named.type == .month ? .previousMonth : .previousQuarter
                } else {
                    // Compared with some other month or quarter: a named base period.
                    let year = namedYear ?? period.year
                    let label =
                        "\(named.type == .month ? "tháng" : "quý") \(named.number)" + (year.map { "/\($0)" } ?? "")
                    base = Period(
                        label: label, type: named.type, year: year, month: named.type == .month ? named.number : nil,
                        quarter: named.type == .quarter ? named.number : nil)
                    basis = .basePeriod
                }
                basisYear = nil
            }
            // "tăng 17,2% so với năm 2021" is a whole year's growth, whatever period the sentence mentioned.
            if basis == .previousYear, let y = basisYear, period.type != .year, kind == .growth {
                period = Period(label: "năm \(y + 1)", type: .year, year: y + 1)
            }
            // A whole year against "cùng kỳ" is against the year before: one claim, one basis.
            if basis == .samePeriodLastYear, period.type == .year { basis = .previousYear }
            // A month-on-month basis inherited by a cumulative figure ("…, giảm 0,05% so với tháng 9; 10 tháng tăng
            // 0,11%") cannot hold.
            if basis == .previousMonth, period.type == .monthsToDate || period.type == .year {
                basis = period.type == .year ? .previousYear : .samePeriodLastYear
            }

            // Whose figure: a company the clause or the sentence names as owner, else a region.
            let ownRegion = subject.region.map { $0 == RegionGazetteer.homeName ? context.articleRegion : $0 }
            let company = subject.company ?? (ownRegion == nil ? leadingCompany : nil)
            let region = company ?? ownRegion ?? leadingRegion ?? context.articleRegion

            var entry = subject.entry
            if entry?.id == "iip" || entry?.id == "industry-unspecified", kind == .planCompletion || unit != "%" {
                // An index has no absolute value or plan; industry's plan and value are its production value.
                entry = names.entry(id: "production-value") ?? entry
            }
            let measure: Measure? =
                entry == nil || entry?.subjectClass == .product ? (subject.measure ?? .output) : nil
            let quoteStart = tokens[min(subject.quoteStart, chain.start, anchor.number)].start
            let quoteEnd = tokens[min(end, tokens.count) - 1].end
            let hasBasis = statedKind != .value && (statedKind.isActual || unit == "%")
            // A comparison with a base period that was not read (a list's basis carried to its items) says
            // nothing that can be compared: no basis rather than one without its base.
            if basis == .basePeriod && base == nil { basis = nil }
            drafts.append(
                FigureDraft(
                    subject: subject.text, product: entry?.id, line: entry?.line, subjectClass: entry?.subjectClass,
                    measure: measure, kind: statedKind, resultKind: kind, value: value,
                    decimals: Int(tokens[anchor.number].decimals), unit: unit, basis: hasBasis ? basis : nil,
                    base: hasBasis && basis == .basePeriod ? base.map(PeriodBox.init) : nil, period: period,
                    region: region,
                    entity: company != nil
                        ? .company
                        : RegionGazetteer.sameText(region, context.articleRegion)
                            ? context.articleEntity : RegionGazetteer.entity(of: region),
                    approximate: chain.approximate || subject.estimated || estimateBefore(chain.start),
                    bound: chain.bound, quote: quoteStart..<max(quoteStart, quoteEnd),
                    regionIsDefault: company == nil && ownRegion == nil && leadingRegion == nil))
            resolved.append(
                Resolved(
                    subject: subject.text, entry: subject.entry, region: region, company: company,
                    measure: subject.measure, basis: basis, kind: statedKind, end: end, sign: sign))
            if statedKind == .growth, let basis { context.recentBases.append(basis) }
            scanned = max(scanned, end)
        }
        // An over-long sentence's next piece keeps its list header.
        let header = unusedBasis(before: tokens.count).map { bases[$0].basis }
        context.openList = (listDirection, header ?? (continuing ? context.openList?.basis : nil))
        finishSentence(&context, drafts: drafts[first..<drafts.count], resolved: resolved)
    }

    /// Carries the period, year, region, subject and bases to the next sentence.
    private mutating func finishSentence(
        _ context: inout ReadingContext, drafts: ArraySlice<FigureDraft>, resolved: [Resolved]
    ) {
        for span in periods where span.carries && span.explicitYear {
            if let year = span.period.year, context.namedYears[PeriodSlot(span.period)] == nil {
                context.namedYears[PeriodSlot(span.period)] = year
            }
        }
        if let last = periods.last(where: { $0.carries && !isInsideTargetClause($0.range.lowerBound) }) {
            if let old = context.period, PeriodSlot(old) != PeriodSlot(last.period), !context.frameEndsWithParagraph {
                context.frameBasis = nil  // a new period is a new topic
            }
            let period = labelledPeriod(last)
            context.period = period
            if period.type == .month { context.lastMonth = period }
            if last.explicitYear { context.textYear = last.period.year }
            if context.period?.year == nil {
                context.period?.year = context.textYear ?? context.impliedYear
            }
        }
        if drafts.isEmpty, let b = bases.last(where: { !$0.used && $0.basis != .annualPlan }) {
            // "… có sản lượng cao hơn tháng cùng kỳ năm 2020." frames the figures that follow.
            context.frameBasis = b.basis
            context.frameEndsWithParagraph = false
            context.framePeriod = context.period.map(PeriodSlot.init)
            context.lastBasis = b.basis
        }
        if let last = drafts.lastIndex(where: { $0.kind == .growth }) { context.lastBasis = drafts[last].basis }
        if let last = resolved.indices.last {
            // Read field by field: a copy of the whole figure or resolution costs more than the rest here.
            context.lastRegion = resolved[last].company == nil ? resolved[last].region : nil
            context.lastCompany = resolved[last].company
        }
        if let last = resolved.last {
            context.lastSubject = .init(
                text: last.subject, entry: last.entry, region: nil, company: last.company, measure: last.measure)
        }
        if context.recentBases.count > 8 { context.recentBases.removeFirst(context.recentBases.count - 8) }
        for r in resolved {
            context.recentSubjects.append(
                .init(
                    text: r.subject, entry: r.entry, region: r.company == nil ? r.region : nil, company: r.company,
                    measure: r.measure))
        }
        if context.recentSubjects.count > 12 {
            context.recentSubjects.removeFirst(context.recentSubjects.count - 12)
        }
        carryRegion(&context, drafts: drafts)
    }
}
