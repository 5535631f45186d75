/// Basis, period, region and target of a figure, read from the phrases marked around it and from what the
/// text said before.
extension SentenceParser {
    /// A basis phrase after the figure, before the next figure or the end of its clause.
    func basisAfter(_ start: Int, stop: Int) -> Int? {
        var k = start
        while k < min(stop, tokens.count) {
            if case .basis(let b) = roles[k] { return b }
            let t = tokens[k]
            if t.kind == .punct, t.key == "," || t.key == ";" || t.key == ":" { return nil }
            if roles[k] == .free, phrases.verb(at: k) != nil || t.key == "và" { return nil }  // the next figure's
            if t.kind == .word, roles[k] == .free, k - start > 3 { return nil }
            k += 1
        }
        return nil
    }

    func basisWithin(_ range: Range<Int>) -> Int? {
        for k in range.reversed() where k >= 0 && k < roles.count {
            if case .basis(let b) = roles[k], bases[b].basis != .annualPlan { return b }
        }
        return nil
    }

    /// A basis stated earlier in the sentence that no figure has claimed ("So với tháng trước, có 22 sản phẩm
    /// tăng, như: …").
    func unusedBasis(before index: Int) -> Int? {
        bases.indices.last { bases[$0].range.upperBound <= index && !bases[$0].used && bases[$0].basis != .annualPlan }
    }

    func periodBefore(_ index: Int, fence: Int) -> PeriodSpan? {
        periods.last { $0.range.upperBound <= index && ($0.carries || $0.range.lowerBound >= fence) }
    }

    func periodAfter(_ start: Int, stop: Int) -> PeriodSpan? {
        guard
            let span = periods.first(where: {
                $0.carries && $0.range.lowerBound >= start && $0.range.lowerBound < stop
            })
        else {
            return nil
        }
        // Only within the figure's own clause: "tăng 20% trong 9 tháng", not a later item's period.
        for k in start..<span.range.lowerBound where tokens[k].is(",") || tokens[k].is(";") { return nil }
        return span
    }

    func targetWord(in range: Range<Int>) -> Bool { lastTargetWord(in: range) != nil }

    /// Where the last word of a plan or goal in the range is ("mục tiêu", "kế hoạch", "phấn đấu"). A plan the
    /// text measures against ("đạt kế hoạch", "không hoàn thành kế hoạch") sets no target.
    @inline(__always)
    func lastTargetWord(in range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        var found: Int?
        for k in range where roles[k] == .free && tokens[k].kind == .word {
            guard let candidates = PhraseRecognizer.targetWordsByFirst[tokens[k].key] else { continue }
            if candidates.contains(where: { phrases.has($0, at: k) }), isSettingPlan(at: k) { found = k }
        }
        return found
    }

    /// A plan noun right before a figure's verb, whatever role it was given ("so với kế hoạch tăng 17%",
    /// "mục tiêu tăng 15%"): where it starts.
    @inline(__always)
    func planNounBefore(_ start: Int) -> Int? {
        if phrases.has("kế", "hoạch", at: start - 2) || phrases.has("mục", "tiêu", at: start - 2)
            || phrases.has("chỉ", "tiêu", at: start - 2)
        {
            return start - 2
        }
        return phrases.has("kh", at: start - 1) ? start - 1 : nil
    }

    /// Words before a plan that measure a result against it rather than set it.
    static let planMeasuredBy: WordKeySet = ["đạt", "vượt", "với", "theo", "so"]

    /// Where the last word of plan and the last word of expectation in the range are, found in one pass (this
    /// runs for every figure).
    @inline(__always)
    func lastPlanAndExpectationWords(in range: Range<Int>) -> (plan: Int?, expectation: Int?) {
        guard !range.isEmpty else { return (nil, nil) }
        var plan: Int?
        var expectation: Int?
        for k in range where roles[k] == .free && tokens[k].kind == .word {
            guard let words = PhraseRecognizer.planOrExpectationByFirst[tokens[k].key] else { continue }
            if words.plan.contains(where: { phrases.has($0, at: k) }), isSettingPlan(at: k) { plan = k }
            if words.expectation.contains(where: { phrases.has($0, at: k) }) { expectation = k }
        }
        return (plan, expectation)
    }

    /// A word of plan at `k` that sets a plan: not an office ("Sở Kế hoạch và Đầu tư"), not a plan a result is
    /// measured against ("đạt kế hoạch", "hoàn thành kế hoạch").
    @inline(__always)
    func isSettingPlan(at k: Int) -> Bool {
        if (k > 0 && tokens[k].isCapitalized) || phrases.has("kế", "hoạch", "và", "đầu", "tư", at: k) { return false }
        if let before = phrases.key(k - 1), Self.planMeasuredBy.contains(before) { return false }
        return !phrases.has("hoàn", "thành", at: k - 2)
    }

    /// "mỗi năm", "hằng năm", "/năm" in the range: a yearly rate.
    @inline(__always)
    func saysYearly(_ range: Range<Int>) -> Bool {
        range.contains { k in
            guard phrases.key(k) == "năm" else { return false }
            guard let before = phrases.key(k - 1) else { return false }
            return before == "/" || before == "mỗi" || before == "hằng" || before == "hàng" || before == "một"
        }
    }

    /// Past "/năm", "mỗi năm" right after a number: where the figure's words end.
    @inline(__always)
    func yearlyEnd(after end: Int) -> Int {
        if phrases.has("/", "năm", at: end) || phrases.has("mỗi", "năm", at: end) || phrases.has("hằng", "năm", at: end)
            || phrases.has("hàng", "năm", at: end) || phrases.has("một", "năm", at: end)
        {
            return end + 2
        }
        return end
    }

    func isInsideTargetClause(_ index: Int) -> Bool {
        targetWord(in: max(0, index - 4)..<index)
    }

    /// A region named before the sentence's first figure ("Tại Nghệ An, …", "Cả nước: …"); a province wins
    /// over the country ("Thanh Hóa đứng thứ 3 cả nước, với …").
    func leadingRegion(before index: Int) -> String? {
        let before = regionSpans.spans(endingBy: index)
        if let province = before.first(where: { $0.value != RegionGazetteer.nationalName }) { return province.value }
        return before.first?.value
    }

    /// "tăng, như:", "tăng mạnh, gồm", "giảm gồm:", "tăng so với CK như sau:" — a list header whose items may
    /// omit the verb.
    func listHeaderDirection(at k: Int) -> Double? {
        guard let verb = phrases.verb(at: k), verb == .up || verb == .down else { return nil }
        var j = k + 1
        while j < tokens.count {
            if case .basis = roles[j] {
                j += 1
            } else if let key = phrases.key(j), PhraseRecognizer.modifiers.contains(key), key != ":" {
                j += 1
            } else {
                break
            }
        }
        guard let next = phrases.key(j) else { return nil }
        if Self.listOpeners.contains(next) { return verb == .up ? 1 : -1 }
        return nil
    }

    /// "ước" earlier in the sentence: an estimate governs the figures listed after it.
    func estimateBefore(_ index: Int) -> Bool {
        firstEstimate.map { $0 < index } ?? false
    }

    /// Indicators whose level is itself a growth rate ("IIP ước đạt 19,25%", "GRDP đạt 12,9%").
    func isGrowthRate(_ entry: CatalogEntry?) -> Bool {
        guard let id = entry?.id else { return false }
        return id.hasPrefix("iip") || id == "grdp" || id == "industry-value-added" || id == "industry-construction"
    }

    /// "tăng trưởng", "tốc độ tăng" in the clause: the number that follows is a growth rate.
    func mentionsGrowth(_ range: Range<Int>) -> Bool {
        range.contains { phrases.has("tăng", "trưởng", at: $0) || phrases.has("tốc", "độ", at: $0) }
    }

    static let listOpeners: WordKeySet = [",", ":", "như", "gồm", "là"]

    /// A list item without a verb must sit right after "(" or ":", "lần lượt", or a catalog name (hedges
    /// between them allowed: "đường kết tinh khoảng 81%").
    func verblessItemAllowed(before number: Int) -> Bool {
        var number = number
        while number > 1, phrases.hedge(at: number - 1) != nil { number -= 1 }
        guard number > 0 else { return false }
        let previous = tokens[number - 1]
        if previous.is("(") || previous.is(":") { return true }
        if phrases.has("lần", "lượt", at: number - 2) || phrases.has("tương", "ứng", at: number - 2) { return true }
        return isCatalog(number - 1)
    }

    /// "sắt thép 122,2 nghìn tấn (tăng 4,9% và 1,4%)" after "tăng 2,9% so với tháng trước, tăng 7,0% so với
    /// cùng kỳ": a pair of numbers with no basis of their own takes the two bases just used, in order.
    func impliesRespectiveBases(_ index: Int, _ candidates: [Anchor], _ nextStop: Int) -> Bool {
        guard index + 1 < candidates.count, case .percent = candidates[index].kind,
            case .percent = candidates[index + 1].kind,
            continuesPreviousFigure(candidates[index].end, candidates[index + 1].number),
            basisAfter(candidates[index].end, stop: nextStop) == nil,
            basisAfter(
                candidates[index + 1].end,
                stop: candidates.count > index + 2 ? candidates[index + 2].number : tokens.count) == nil
        else { return false }
        return true
    }

    /// Only "và" or a comma between the previous figure and this number.
    func continuesPreviousFigure(_ previousEnd: Int, _ number: Int) -> Bool {
        guard previousEnd < number else { return false }
        return (previousEnd..<number).allSatisfy { tokens[$0].is("và") || tokens[$0].is(",") }
    }

    /// The year of a period the text names without one: the publication year, or the year before for a
    /// result whose period would not yet be over (a plan or forecast looks ahead).
    func yearFromHeader(_ period: Period, kind: FigureKind, _ context: ReadingContext) -> Int? {
        guard let date = context.headerDate else { return nil }
        if kind.isActual, let last = period.lastMonth, last > date.month { return date.year - 1 }
        return date.year
    }

    /// Updates the region that governs the next sentences: a province or the country named here holds for
    /// the rest of the paragraph; citing the national statistics office holds until a province is named;
    /// naming the article's own province ends both. A list of provinces ranks them and changes nothing.
    /// The sentence ranks provinces: "đứng đầu", "dẫn đầu", "đứng thứ", "cao nhất".
    var ranksProvinces: Bool {
        tokens.indices.contains {
            phrases.has("đứng", "đầu", at: $0) || phrases.has("dẫn", "đầu", at: $0)
                || phrases.has("đứng", "thứ", at: $0)
                || phrases.has("cao", "nhất", at: $0)
        }
    }

    func carryRegion(_ context: inout ReadingContext, drafts: ArraySlice<FigureDraft>) {
        if regionSpans.isEmpty {
            noteNationalOffice(&context, namesArticleRegion: false)
            return
        }
        let named = regionSpans.map { $0.value == RegionGazetteer.homeName ? context.articleRegion : $0.value }
        let provinces = Set(named.filter { $0 != RegionGazetteer.nationalName })
        let roundUp =
            (provinces.count >= 3 && drafts.count >= 3
                && Set(drafts.filter { !$0.regionIsDefault }.map(\.region))
                    .subtracting([RegionGazetteer.nationalName]).count >= 3)
            || (provinces.count >= 2 && named.contains(RegionGazetteer.nationalName) && ranksProvinces)
        if roundUp && !context.headerNamesRegion {
            // "Thanh Hóa và Hà Tĩnh là hai tỉnh đứng đầu cả nước …", "IIP của Quảng Ninh tăng 19,17%; Thanh Hóa
            // tăng 15,1%; Quảng Ngãi …": a national round-up; its unmarked figures are the country's until the
            // text turns to the article's own province.
            context.carriedRegion = RegionGazetteer.nationalName
            context.regionLastsUntilHome = true
            context.nationalRoundUp = true
            return
        }
        if provinces.count >= 2 { return }
        if named.contains(context.articleRegion) {
            context.carriedRegion = nil
            context.regionLastsUntilHome = false
        } else if let last = named.last {
            context.carriedRegion = last
            context.regionLastsUntilHome = context.regionLastsUntilHome && last == RegionGazetteer.nationalName
        }
        noteNationalOffice(&context, namesArticleRegion: named.contains(context.articleRegion))
    }

    /// Citing the national statistics office ("Tổng cục Thống kê") makes what follows the country's, until the
    /// text names the article's province.
    private func noteNationalOffice(_ context: inout ReadingContext, namesArticleRegion: Bool) {
        let office: WordKey = "cục"
        let citesNationalOffice = tokens.indices.contains {
            tokens[$0].key == office
                && (phrases.has("tổng", "cục", "thống", "kê", at: $0 - 1)
                    || phrases.has("cục", "thống", "kê", "quốc", "gia", at: $0))
        }
        if citesNationalOffice && !namesArticleRegion {
            context.carriedRegion = RegionGazetteer.nationalName
            context.regionLastsUntilHome = true
        }
    }
}
