/// Parses one tokenised sentence into figures.
///
/// First it marks the fixed phrases (periods, bases, plan references, regions, catalog names); then it
/// takes each number followed by "%", a unit or "lần" as a candidate, finds its verb, its subject
/// (the nearest clause before it, or the subject of the figure before it when that clause is empty),
/// its basis, period and region, and drops candidates whose meaning cannot be told.
struct SentenceParser {
    let tokens: [Token]
    let text: UnsafeBufferPointer<UInt8>
    let sentenceRange: Range<Int>
    let catalog: ProductCatalog
    let regions: RegionGazetteer
    let phrases: PhraseRecognizer

    private enum Role: Equatable {
        case free
        case period(Int)
        case basis(Int)
        case region(Int)
        case catalog(Int)
    }

    private struct PeriodSpan {
        var range: Range<Int>
        var period: Period
        var explicitYear: Bool
        /// False for a period that only qualifies a comparison ("mức tăng 11,39% của 9 tháng năm 2020"):
        /// it neither carries forward nor sets the year.
        var carries: Bool
    }
    private struct BasisSpan {
        var range: Range<Int>
        var basis: Basis
        var year: Int?
        var used = false
    }
    private struct NamedSpan<Value> {
        var range: Range<Int>
        var value: Value
    }

    private var roles: [Role]
    private var periods: [PeriodSpan] = []
    private var bases: [BasisSpan] = []
    private var regionSpans: [NamedSpan<String>] = []
    private var catalogSpans: [NamedSpan<CatalogEntry>] = []

    init(
        tokens: [Token], text: UnsafeBufferPointer<UInt8>, sentenceRange: Range<Int>, catalog: ProductCatalog,
        regions: RegionGazetteer
    ) {
        self.tokens = tokens
        self.text = text
        self.sentenceRange = sentenceRange
        self.catalog = catalog
        self.regions = regions
        self.phrases = PhraseRecognizer(tokens: tokens)
        self.roles = Array(repeating: .free, count: tokens.count)
    }

    var sentenceText: String {
        String(decoding: UnsafeBufferPointer(rebasing: text[sentenceRange]), as: UTF8.self)
    }

    private func string(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let bytes = tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
        return String(decoding: UnsafeBufferPointer(rebasing: text[bytes]), as: UTF8.self)
    }

    // MARK: Marking phrases

    private mutating func markPhrases() {
        var i = 0
        let n = tokens.count
        while i < n {
            if let found = phrases.basis(at: i) {
                bases.append(BasisSpan(range: i..<found.end, basis: found.basis, year: found.year))
                for k in i..<found.end { roles[k] = .basis(bases.count - 1) }
                i = found.end
                continue
            }
            if i > 0, tokens[i - 1].is("%"), let plan = phrases.planPhraseEnd(at: i) {
                bases.append(BasisSpan(range: i..<plan.end, basis: .annualPlan, year: plan.year))
                for k in i..<plan.end { roles[k] = .basis(bases.count - 1) }
                i = plan.end
                continue
            }
            if let found = phrases.period(at: i) {
                var period = found.period
                period.label = string(i..<found.end)
                periods.append(
                    PeriodSpan(
                        range: i..<found.end, period: period, explicitYear: found.explicitYear,
                        carries: phrases.key(i - 1) != "của"))
                for k in i..<found.end { roles[k] = .period(periods.count - 1) }
                i = found.end
                continue
            }
            if let found = regions.match(in: tokens, at: i) {
                regionSpans.append(NamedSpan(range: i..<(i + found.length), value: found.region))
                for k in i..<(i + found.length) { roles[k] = .region(regionSpans.count - 1) }
                i += found.length
                continue
            }
            if tokens[i].kind != .punct, let found = catalog.longestMatch(in: tokens, at: i) {
                catalogSpans.append(NamedSpan(range: i..<(i + found.length), value: found.entry))
                for k in i..<(i + found.length) { roles[k] = .catalog(catalogSpans.count - 1) }
                i += found.length
                continue
            }
            i += 1
        }
    }

    // MARK: Candidates

    private enum AnchorKind { case percent, value(unit: String), multiple }

    private struct Anchor {
        var number: Int
        var kind: AnchorKind
        /// Index just past the number and its "%", unit or "lần".
        var end: Int
    }

    private func anchors() -> [Anchor] {
        var found: [Anchor] = []
        for i in tokens.indices where tokens[i].kind == .number && roles[i] == .free {
            // Parts of fractions, ranks and dates ("17/19", "16/63", "27/6") are never figures.
            if i > 0, tokens[i - 1].is("/"), i > 1, tokens[i - 2].kind == .number { continue }
            guard i + 1 < tokens.count else { continue }
            let next = tokens[i + 1]
            if next.is("%") {
                found.append(Anchor(number: i, kind: .percent, end: i + 2))
            } else if phrases.has(["phần", "trăm"], at: i + 1) {
                found.append(Anchor(number: i, kind: .percent, end: i + 3))
            } else if next.is("lần") {
                found.append(Anchor(number: i, kind: .multiple, end: i + 2))
            } else if let unit = phrases.unit(at: i + 1) {
                found.append(Anchor(number: i, kind: .value(unit: unit.unit), end: unit.end))
            }
        }
        return found
    }

    /// The verb chain before a number: the verb, where the chain starts, hedges and sign words met.
    private struct Chain {
        var verb: PhraseRecognizer.Verb?
        var start: Int
        var approximate = false
        var bound: Bound?
        var negative = false
        var levelWord = false
        /// "cao hơn mức tăng 12,7% của …": a figure quoted for comparison, not stated.
        var comparison = false
    }

    private func chain(before number: Int, fence: Int) -> Chain {
        var result = Chain(start: number)
        var j = number - 1
        var steps = 0
        while j >= fence && steps < 8 {
            steps += 1
            if roles[j] != .free { break }
            if let hedge = phrases.hedge(at: j) {
                result.approximate = result.approximate || hedge.approximate
                result.bound = result.bound ?? hedge.bound
            }
            if let verb = phrases.verb(at: j) {
                if verb == .level || verb == .exceed, result.verb == nil {
                    result.verb = verb
                } else if result.verb == nil || result.verb == .level {
                    result.verb = verb
                }
                result.start = j
                j -= 1
                continue
            }
            if j >= 1,
                phrases.key(j - 1).map({ PhraseRecognizer.modifierPairs.contains($0 + " " + tokens[j].key) }) == true,
                roles[j - 1] == .free
            {
                if let hedge = phrases.hedge(at: j - 1) {
                    result.approximate = result.approximate || hedge.approximate
                    result.bound = result.bound ?? hedge.bound
                }
                result.start = j - 1
                j -= 2
                continue
            }
            if let k = phrases.key(j), PhraseRecognizer.modifiers.contains(k) {
                if k == "âm" { result.negative = true }
                if k == "mức", phrases.key(j - 1) == "hơn" || phrases.has(["so", "với"], at: j - 2) {
                    result.comparison = true
                }
                if k == "lên" || k == "còn" || k == "xuống" { result.levelWord = true }
                result.start = j
                j -= 1
                continue
            }
            break
        }
        // A chain of modifiers with no verb is no chain: "ở mức 5%" alone states nothing we can classify.
        if result.verb == nil { result.start = number }
        return result
    }

    // MARK: Parsing

    private struct Resolved {
        var subject: String
        var entry: CatalogEntry?
        var region: String?
        var basis: Basis?
        var kind: FigureKind
        var end: Int
        /// +1 or −1: the direction of a growth figure, for "tăng 5,9% và 6,4%".
        var sign: Double
    }

    mutating func parse(context: inout ReadingContext) -> [FigureDraft] {
        markPhrases()
        let candidates = anchors()
        var drafts: [FigureDraft] = []
        var previous: Resolved?
        var hardFence = 0
        var listDirection: Double? = nil
        let continuesPrevious =
            phrases.has(["trong", "đó"], at: 0) || phrases.has(["cụ", "thể"], at: 0)
            || phrases.has(["riêng"], at: 0)
        let explicitLeading = self.leadingRegion(before: candidates.first?.number ?? tokens.count)
            .map { $0 == RegionGazetteer.homeName ? context.articleRegion : $0 }
        let leadingRegion =
            explicitLeading ?? (continuesPrevious ? context.lastRegion : nil) ?? context.carriedRegion
        var scanned = 0

        for (index, anchor) in candidates.enumerated() {
            // Hard boundaries and list headers between the previous figure and this one.
            let previousEnd = previous?.end ?? 0
            for k in scanned..<anchor.number {
                let t = tokens[k]
                if t.is(";") || t.is(":") || t.is("•") { hardFence = k + 1 }
                if let direction = listHeaderDirection(at: k) { listDirection = direction }
            }
            scanned = anchor.number
            let fence = max(hardFence, previousEnd)
            var chain = chain(before: anchor.number, fence: fence)
            if chain.comparison { continue }
            var sign = 1.0
            let nextStop = index + 1 < candidates.count ? candidates[index + 1].number : tokens.count

            // Kind and value.
            var value = tokens[anchor.number].number
            guard value.isFinite, value < 1e15 else { continue }
            var kind: FigureKind
            var unit = "%"
            var planBasisIndex: Int?
            var end = anchor.end
            switch anchor.kind {
            case .percent:
                if case .basis(let b) = role(at: anchor.end), bases[b].basis == .annualPlan,
                    bases[b].range.lowerBound == anchor.end
                {
                    planBasisIndex = b
                    end = bases[b].range.upperBound
                }
                if let plan = planBasisIndex {
                    _ = plan
                    kind = .planCompletion
                    switch chain.verb {
                    case .exceed, .up: value = 100 + value
                    case .down: value = 100 - value
                    default: break
                    }
                } else {
                    switch chain.verb {
                    case .up: kind = .growth
                    case .down:
                        kind = .growth
                        value = -value
                    case .level:
                        // "bằng 99,6% so với cùng kỳ": an index, growth is its distance from 100.
                        guard let b = basisAfter(anchor.end, stop: nextStop), bases[b].basis != .annualPlan else {
                            continue
                        }
                        kind = .growth
                        value -= 100
                    case .none:
                        if let previous, previous.kind == .growth,
                            continuesPreviousFigure(previous.end, anchor.number)
                                || verblessItemAllowed(before: anchor.number)
                        {
                            // "tăng 5,9% và 6,4%", "sắt thép tăng 28%; giày thể thao 22,8%": the later numbers
                            // share the first one's verb.
                            kind = .growth
                            value *= previous.sign
                        } else {
                            guard let direction = listDirection, verblessItemAllowed(before: anchor.number) else {
                                continue
                            }
                            kind = .growth
                            value *= direction
                        }
                        chain.start = anchor.number
                    case .exceed, .multiply:
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
                value = (value - 1) * 100
            }

            // "tăng 17% trở lên".
            if phrases.has(["trở", "lên"], at: end) {
                chain.bound = .lower
                end += 2
            }

            // Subject.
            guard let subject = resolveSubject(chainStart: chain.start, fence: fence, previous: previous) else {
                continue
            }

            // Target: a target word in this clause, or an earlier target figure in the same clause.
            let isTarget =
                kind != .planCompletion
                && targetWord(in: max(hardFence, previous.map { $0.kind == .target ? 0 : $0.end } ?? 0)..<chain.start)
                || (previous?.kind == .target && fence == previousEnd && previousEnd > hardFence)

            // Basis.
            var basis: Basis?
            var basisYear: Int?
            if kind == .planCompletion, let b = planBasisIndex {
                basis = .annualPlan
                basisYear = bases[b].year
                bases[b].used = true
            } else if kind == .growth || (isTarget && unit == "%") {
                if let b = basisAfter(anchor.end, stop: nextStop) {
                    basis = bases[b].basis
                    basisYear = bases[b].year
                    bases[b].used = true
                    end = max(end, bases[b].range.upperBound)
                } else if let b = basisWithin(subject.partStart..<chain.start) {
                    basis = bases[b].basis
                    basisYear = bases[b].year
                    bases[b].used = true
                } else if let b = unusedBasis(before: chain.start) {
                    basis = bases[b].basis
                    basisYear = bases[b].year
                } else if let inherited = previous?.basis, previous?.kind == .growth || previous?.kind == .target {
                    basis = inherited
                } else if continuesPrevious, drafts.isEmpty, let carried = context.lastBasis {
                    basis = carried
                }
            }
            if let y = basisYear, context.textYear == nil, kind != .planCompletion {
                context.impliedYear = y + 1
            }
            if basis == .annualPlan && kind == .growth { continue }  // "tăng 5% kế hoạch" without "so với" is unclear

            // Period.
            var period: Period
            if let span = periodBefore(chain.start, fence: fence) ?? periodAfter(end, stop: nextStop) {
                period = span.period
                if span.explicitYear && span.carries { context.textYear = span.period.year }
            } else if isTarget {
                period = Period(label: "cả năm", type: .year)
            } else if let carried = context.period {
                period = carried
            } else {
                period = Period(label: "", type: .other)  // the text names no period: kept, shown as unplaced
            }
            if period.year == nil {
                if kind == .planCompletion, let y = basisYear {
                    period.year = y
                } else {
                    period.year = context.textYear ?? context.impliedYear ?? yearFromHeader(period, kind: kind, context)
                }
            }
            if kind == .planCompletion, basisYear != nil, period.year == nil { period.year = basisYear }

            // Default basis by period type.
            if basis == nil, kind == .growth || (isTarget && unit == "%") {
                switch period.type {
                case .monthsToDate, .quarter: basis = .samePeriodLastYear
                case .year: basis = .previousYear
                default: break
                }
            }

            // Region.
            let ownRegion = subject.region.map { $0 == RegionGazetteer.homeName ? context.articleRegion : $0 }
            let region = ownRegion ?? leadingRegion ?? context.articleRegion

            var entry = subject.entry
            if entry?.id == "iip", kind == .planCompletion || unit != "%" {
                entry = catalog.entry(id: "production-value") ?? entry  // an index has no absolute value or plan
            }
            let finalKind: FigureKind = isTarget ? .target : kind
            let quoteStart = tokens[min(subject.quoteStart, chain.start)].start
            let quoteEnd = tokens[min(end, tokens.count) - 1].end
            drafts.append(
                FigureDraft(
                    subject: subject.text, product: entry?.id, line: entry?.line, kind: finalKind, value: value,
                    unit: unit, basis: finalKind == .value || (finalKind == .target && unit != "%") ? nil : basis,
                    period: period, region: region, approximate: chain.approximate || subject.estimated,
                    bound: chain.bound, quote: quoteStart..<max(quoteStart, quoteEnd)))
            previous = Resolved(
                subject: subject.text, entry: subject.entry, region: region, basis: basis, kind: finalKind, end: end,
                sign: sign)
            scanned = max(scanned, end)
        }

        for span in periods where span.carries && span.explicitYear {
            if let year = span.period.year, context.namedYears[PeriodSlot(span.period)] == nil {
                context.namedYears[PeriodSlot(span.period)] = year
            }
        }
        // Carry the period, the region, and the basis of the last growth figure, to the next sentence.
        if let last = periods.last(where: { $0.carries && !isInsideTargetClause($0.range.lowerBound) }) {
            context.period = last.period
            if last.explicitYear { context.textYear = last.period.year }
            if context.period?.year == nil {
                context.period?.year = context.textYear ?? context.impliedYear
            }
        }
        if let last = drafts.last(where: { $0.kind == .growth }) { context.lastBasis = last.basis }
        if let last = drafts.last { context.lastRegion = last.region }
        carryRegion(&context)
        return drafts
    }

    private func role(at i: Int) -> Role { i < roles.count ? roles[i] : .free }

    /// Updates the region that governs the next sentences: a province or the country named here holds for
    /// the rest of the paragraph; citing the national statistics office holds until a province is named;
    /// naming the article's own province ends both.
    private func carryRegion(_ context: inout ReadingContext) {
        let named = regionSpans.map { $0.value == RegionGazetteer.homeName ? context.articleRegion : $0.value }
        let provinces = Set(named.filter { $0 != RegionGazetteer.nationalName })
        if provinces.count >= 2 {
            return  // a list of provinces ranks them; it does not change whose figures follow
        }
        if named.contains(context.articleRegion) {
            context.carriedRegion = nil
            context.regionLastsUntilHome = false
        } else if let last = named.last {
            context.carriedRegion = last
            context.regionLastsUntilHome = context.regionLastsUntilHome && last == RegionGazetteer.nationalName
        }
        let citesNationalOffice = tokens.indices.contains {
            phrases.has(["tổng", "cục", "thống", "kê"], at: $0)
                || phrases.has(["cục", "thống", "kê", "quốc", "gia"], at: $0)
        }
        if citesNationalOffice && !named.contains(context.articleRegion) {
            context.carriedRegion = RegionGazetteer.nationalName
            context.regionLastsUntilHome = true
        }
    }

    /// Only "và" or a comma between the previous figure and this number.
    private func continuesPreviousFigure(_ previousEnd: Int, _ number: Int) -> Bool {
        guard previousEnd < number else { return false }
        return (previousEnd..<number).allSatisfy { tokens[$0].is("và") || tokens[$0].is(",") }
    }

    // MARK: Subject

    private struct Subject {
        var text: String
        var entry: CatalogEntry?
        var region: String?
        /// First token of the clause the subject comes from.
        var partStart: Int
        var quoteStart: Int
        var estimated: Bool
    }

    static let leadingFiller: [[String]] = [
        ["trong", "đó", "có"], ["trong", "đó"], ["trong", "khi", "đó"], ["trong", "khi"], ["như", "sau"], ["như"],
        ["bao", "gồm"], ["gồm"], ["cụ", "thể"], ["riêng"], ["còn"], ["và"], ["với"], ["đặc", "biệt", "là"],
        ["nhất", "là"], ["đáng", "chú", "ý"], ["chỉ"], ["là"], ["tiếp", "đến", "là"], ["tiếp", "theo", "là"],
        ["đồng", "thời"], ["ngoài", "ra"], ["bên", "cạnh", "đó"], ["theo", "đó"], ["một", "số", "sản", "phẩm"],
        ["các", "sản", "phẩm"], ["sản", "phẩm"], ["mặt", "hàng"], ["sản", "lượng"], ["ước", "tính"], ["ước"],
        ["tại"], ["ở"], ["của"], ["lũy", "kế"], ["tính", "chung"], ["có"], ["đó", "là"], ["trong", "số", "đó"],
        ["dự", "kiến"], ["mục", "tiêu"], ["phấn", "đấu"], ["đến"], ["về"], ["mà"], ["thì"], ["nhưng"], ["do"],
        ["khi"], ["nhờ"], ["vì"], ["bởi"], ["song"], ["tuy", "nhiên"], ["trong", "đó"],
        ["giá", "trị", "sản", "xuất", "của"], ["sản", "xuất"], ["toàn", "tỉnh"], ["toàn", "ngành"], ["đều"],
        ["trên", "địa", "bàn", "tỉnh"], ["trên", "địa", "bàn"], ["và"], ["hay"], ["hoặc"], ["cùng"],
    ]
    static let trailingFiller: [[String]] = [
        ["ước", "tính"], ["ước", "đạt"], ["ước"], ["đạt"], ["đều"], ["cũng"], ["vẫn"], ["tiếp", "tục"],
        ["lần", "lượt"], ["toàn", "tỉnh"], ["toàn", "ngành"], ["của", "tỉnh"], ["trên", "địa", "bàn", "tỉnh"],
        ["trên", "địa", "bàn"], ["có", "mức"], ["có"], ["chỉ"], ["được"], ["mới"], ["dự", "kiến"], ["sơ", "bộ"],
        ["của"], ["thì"], ["là"], ["sẽ"], ["đã"], ["cả"], ["tỉnh"], ["và"],
    ]
    static let notSubjects: Set<String> = [
        "con số", "mức", "con số này", "mức này", "mức tăng", "tốc độ tăng", "tỷ lệ này", "số này", "nó", "đây",
        "điều này", "tính", "tháng", "năm", "quý", "so", "ck", "kế hoạch", "dự toán",
    ]
    static let verbWords: Set<String> = [
        "tăng", "giảm", "đạt", "bằng", "vượt", "gấp", "chiếm", "so", "ước", "dự", "phấn", "thu", "nộp",
    ]

    private func resolveSubject(chainStart: Int, fence: Int, previous: Resolved?) -> Subject? {
        // Split [fence, chainStart) into clauses at commas, parentheses and dashes outside named spans.
        var parts: [Range<Int>] = []
        var partStart = fence
        var k = fence
        while k < chainStart {
            let t = tokens[k]
            if roles[k] == .free, t.kind == .punct, [",", "(", ")", "-", "\"", "…", "."].contains(t.key) {
                parts.append(partStart..<k)
                partStart = k + 1
            }
            k += 1
        }
        parts.append(partStart..<chainStart)
        let nearest = parts[parts.count - 1]
        let openedParenthesis = nearest.isEmpty && chainStart > 0 && tokens[chainStart - 1].is("(")

        if let subject = subject(in: nearest, strict: true) {
            if subject.entry == nil, subject.text.isEmpty, let region = subject.region {
                // A clause that only names a region ("Hải Phòng tăng 14,8%") takes the subject before it.
                if let previous {
                    return Subject(
                        text: previous.subject, entry: previous.entry, region: region, partStart: nearest.lowerBound,
                        quoteStart: nearest.lowerBound, estimated: subject.estimated)
                }
                if let earlier = catalogSpans.last(where: { $0.range.upperBound <= nearest.lowerBound }) {
                    return Subject(
                        text: string(earlier.range), entry: earlier.value, region: region,
                        partStart: nearest.lowerBound, quoteStart: nearest.lowerBound, estimated: subject.estimated)
                }
                return nil
            }
            if !subject.text.isEmpty { return subject }
        }
        if !openedParenthesis, let previous, previous.end >= fence, nearestIsEmpty(nearest) {
            return Subject(
                text: previous.subject, entry: previous.entry, region: previous.region, partStart: chainStart,
                quoteStart: chainStart, estimated: false)
        }
        // Look back through earlier clauses of this stretch for a name the catalog knows.
        for part in parts.dropLast().reversed() {
            if let subject = subject(in: part), subject.entry != nil { return subject }
            if openedParenthesis, let subject = subject(in: part), !subject.text.isEmpty { return subject }
        }
        return nil
    }

    private func nearestIsEmpty(_ part: Range<Int>) -> Bool {
        let trimmed = trim(part)
        return trimmed.allSatisfy { roles[$0] != .free && !isCatalog($0) && !isRegion($0) } || trimmed.isEmpty
    }

    private func isCatalog(_ i: Int) -> Bool {
        if case .catalog = roles[i] { return true }
        return false
    }
    private func isRegion(_ i: Int) -> Bool {
        if case .region = roles[i] { return true }
        return false
    }

    /// Removes filler words at both ends of a clause.
    private func trim(_ part: Range<Int>) -> Range<Int> {
        var lower = part.lowerBound
        var upper = part.upperBound
        var changed = true
        while changed && lower < upper {
            changed = false
            for filler in Self.leadingFiller where lower + filler.count <= upper && roles[lower] == .free {
                if phrases.has(filler, at: lower) {
                    lower += filler.count
                    changed = true
                    break
                }
            }
            if lower < upper, tokens[lower].kind == .punct, roles[lower] == .free {
                lower += 1
                changed = true
            }
        }
        changed = true
        while changed && lower < upper {
            changed = false
            for filler in Self.trailingFiller where upper - filler.count >= lower && roles[upper - 1] == .free {
                if phrases.has(filler, at: upper - filler.count) {
                    upper -= filler.count
                    changed = true
                    break
                }
            }
            if lower < upper, tokens[upper - 1].kind == .punct, roles[upper - 1] == .free {
                upper -= 1
                changed = true
            }
        }
        return lower..<upper
    }

    /// The subject a clause names: a catalog name (with the words that qualify it, "sữa tươi các loại"),
    /// else the clause itself when it reads as a short noun phrase. `text` is empty when the clause only
    /// names a region.
    private func subject(in part: Range<Int>, strict: Bool = false) -> Subject? {
        let estimated = part.contains { phrases.key($0) == "ước" }
        let trimmed = trim(part)
        guard !trimmed.isEmpty else { return nil }
        let region = regionSpans.last(where: { trimmed.contains($0.range.lowerBound) })?.value

        if let span = catalogSpans.last(where: { trimmed.contains($0.range.lowerBound) }),
            !strict || (span.range.upperBound..<trimmed.upperBound).filter({ roles[$0] == .free }).count <= 4
        {
            // Qualifying words after the name, up to the clause end: at most four free words.
            var end = span.range.upperBound
            var k = end
            while k < trimmed.upperBound, roles[k] == .free, tokens[k].kind == .word, k - span.range.upperBound < 4,
                !Self.verbWords.contains(tokens[k].key)
            {
                k += 1
            }
            if k == trimmed.upperBound { end = k }
            let written = trim(span.range.lowerBound..<end)
            return Subject(
                text: string(written), entry: span.value, region: region, partStart: part.lowerBound,
                quoteStart: span.range.lowerBound, estimated: estimated)
        }

        // No catalog name: the free words before (or after) any period, basis or region words.
        var words: [Int] = []
        for k in trimmed {
            if roles[k] == .free {
                words.append(k)
            } else if !words.isEmpty {
                break
            }
        }
        if words.isEmpty {
            return region.map {
                Subject(
                    text: "", entry: nil, region: $0, partStart: part.lowerBound, quoteStart: trimmed.lowerBound,
                    estimated: estimated)
            }
        }
        let range = trim(words[0]..<(words[words.count - 1] + 1))
        guard !range.isEmpty, plausibleSubject(range) else {
            return region.map {
                Subject(
                    text: "", entry: nil, region: $0, partStart: part.lowerBound, quoteStart: trimmed.lowerBound,
                    estimated: estimated)
            }
        }
        return Subject(
            text: string(range), entry: nil, region: region, partStart: part.lowerBound,
            quoteStart: range.lowerBound, estimated: estimated)
    }

    /// A short noun phrase: words only, starting with no verb, not a pronoun-like "con số này".
    private func plausibleSubject(_ range: Range<Int>) -> Bool {
        guard range.count <= 7 else { return false }
        for k in range where tokens[k].kind != .word { return false }
        if Self.verbWords.contains(tokens[range.lowerBound].key) { return false }
        let joined = range.map { tokens[$0].key }.joined(separator: " ")
        if Self.notSubjects.contains(joined) { return false }
        return true
    }

    // MARK: Basis, period, region, target

    /// A basis phrase after the figure, before the next figure or the end of its clause.
    private func basisAfter(_ start: Int, stop: Int) -> Int? {
        var k = start
        while k < min(stop, tokens.count) {
            if case .basis(let b) = roles[k] { return b }
            let t = tokens[k]
            if t.kind == .punct, [",", ";", ":"].contains(t.key) { return nil }
            if t.kind == .word, roles[k] == .free, k - start > 3 { return nil }
            k += 1
        }
        return nil
    }

    private func basisWithin(_ range: Range<Int>) -> Int? {
        for k in range.reversed() where k < roles.count {
            if case .basis(let b) = roles[k], bases[b].basis != .annualPlan { return b }
        }
        return nil
    }

    /// A basis stated earlier in the sentence that no figure has claimed ("So với tháng trước, có 22 sản phẩm
    /// tăng, như: …").
    private func unusedBasis(before index: Int) -> Int? {
        bases.indices.last { bases[$0].range.upperBound <= index && !bases[$0].used && bases[$0].basis != .annualPlan }
    }

    private func periodBefore(_ index: Int, fence: Int) -> PeriodSpan? {
        periods.last { $0.range.upperBound <= index && ($0.carries || $0.range.lowerBound >= fence) }
    }

    private func periodAfter(_ start: Int, stop: Int) -> PeriodSpan? {
        guard let span = periods.first(where: { $0.range.lowerBound >= start && $0.range.lowerBound < stop }) else {
            return nil
        }
        // Only within the figure's own clause: "tăng 20% trong 9 tháng", not a later item's period.
        for k in start..<span.range.lowerBound where tokens[k].is(",") || tokens[k].is(";") { return nil }
        return span
    }

    private func targetWord(in range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        for k in range where roles[k] == .free {
            for words in PhraseRecognizer.targetWords where phrases.has(words, at: k) { return true }
        }
        return false
    }

    private func isInsideTargetClause(_ index: Int) -> Bool {
        targetWord(in: max(0, index - 4)..<index)
    }

    /// A region named before the sentence's first figure ("Tại Nghệ An, …", "Cả nước: …"); a province wins
    /// over the country ("Thanh Hóa đứng thứ 3 cả nước, với …").
    private func leadingRegion(before index: Int) -> String? {
        let before = regionSpans.filter { $0.range.upperBound <= index }
        if let province = before.first(where: { $0.value != RegionGazetteer.nationalName }) { return province.value }
        return before.first?.value
    }

    /// "tăng, như:", "giảm gồm:", "tăng so với CK như sau:" — a list header whose items may omit the verb.
    private func listHeaderDirection(at k: Int) -> Double? {
        guard let verb = phrases.verb(at: k), verb == .up || verb == .down else { return nil }
        var j = k + 1
        while j < tokens.count, case .basis = roles[j] { j += 1 }
        guard let next = phrases.key(j) else { return nil }
        if [",", ":", "như", "gồm", "là"].contains(next) { return verb == .up ? 1 : -1 }
        return nil
    }

    /// A list item without a verb must sit right after "(" or ":" or a catalog name.
    private func verblessItemAllowed(before number: Int) -> Bool {
        guard number > 0 else { return false }
        let previous = tokens[number - 1]
        if previous.is("(") || previous.is(":") { return true }
        return isCatalog(number - 1)
    }

    private func yearFromHeader(_ period: Period, kind: FigureKind, _ context: ReadingContext) -> Int? {
        guard let date = context.headerDate else { return nil }
        if kind != .target, let last = period.lastMonth, last > date.month { return date.year - 1 }
        return date.year
    }
}
