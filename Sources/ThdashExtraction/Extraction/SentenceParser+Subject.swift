/// Finding what a figure is about: the nearest clause before its verb, trimmed of filler words, matched
/// against the catalog; the previous figure's subject when that clause is empty or points back
/// ("con số này"); a catalog name further back as a last resort.
extension SentenceParser {
    struct Subject {
        var text: String
        var entry: CatalogEntry?
        var region: String?
        /// First token of the clause the subject comes from.
        var partStart: Int
        var quoteStart: Int
        var estimated: Bool
        /// The company, plant or zone whose figure it is, when the clause names one as its owner.
        var company: String? = nil
        /// What is measured of a product (or of an unknown subject); nil for indices and aggregates.
        var measure: Measure? = nil
    }

    /// Fillers indexed by their first word (leading) or last word (trailing), longest first.
    static let leadingByFirst = index(leadingFiller) { $0.first! }
    static let trailingByLast = index(trailingFiller) { $0.last! }

    private static func index(_ phrases: [[WordKey]], by word: ([WordKey]) -> WordKey) -> WordKeyMap<[[WordKey]]> {
        var map = WordKeyMap<[[WordKey]]>()
        for phrase in phrases.sorted(by: { $0.count > $1.count }) {
            map[word(phrase)] = (map[word(phrase)] ?? []) + [phrase]
        }
        return map
    }

    static let leadingFiller: [[WordKey]] = [
        ["trong", "đó", "có"], ["trong", "đó"], ["trong", "khi", "đó"], ["trong", "khi"], ["như", "sau"], ["như"],
        ["bao", "gồm"], ["gồm"], ["cụ", "thể"], ["riêng"], ["còn"], ["và"], ["với"], ["đặc", "biệt", "là"],
        ["nhất", "là"], ["đáng", "chú", "ý"], ["chỉ"], ["là"], ["tiếp", "đến", "là"], ["tiếp", "theo", "là"],
        ["đồng", "thời"], ["ngoài", "ra"], ["bên", "cạnh", "đó"], ["theo", "đó"], ["một", "số", "sản", "phẩm"],
        ["các", "sản", "phẩm"], ["sản", "phẩm"], ["mặt", "hàng"], ["sản", "lượng"], ["ước", "tính"], ["ước"],
        ["tại"], ["ở"], ["của"], ["lũy", "kế"], ["tính", "chung"], ["cộng", "dồn"], ["có"], ["đó", "là"],
        ["trong", "số", "đó"], ["dự", "kiến"], ["mục", "tiêu"], ["phấn", "đấu"], ["đến"], ["về"], ["mà"], ["thì"],
        ["nhưng"], ["do"], ["khi"], ["nhờ"], ["vì"], ["bởi"], ["song"], ["tuy", "nhiên"], ["vẫn"], ["hay"], ["hoặc"],
        ["cùng"], ["sản", "xuất"], ["đều"], ["xét", "theo", "ngành"], ["theo", "ngành"], ["ngoài"], ["nhóm"],
        ["cao", "hơn", "hẳn"], ["cao", "hơn"], ["thấp", "hơn"], ["hẳn"], ["tức", "là"], ["tức"], ["sau", "khi"],
        ["sau"], ["dù", "vậy"], ["mặc", "dù"], ["dù"], ["mà"],
        ["các"], ["hết"], ["sang"], ["bước", "sang"], ["đạt"],
    ]
    static let trailingFiller: [[WordKey]] = [
        ["ước", "tính"], ["ước", "đạt"], ["ước"], ["đạt"], ["đều"], ["cũng"], ["vẫn"], ["tiếp", "tục"],
        ["lần", "lượt"], ["có", "mức"], ["có"], ["chỉ"], ["được"], ["mới"], ["dự", "kiến"], ["sơ", "bộ"], ["của"],
        ["thì"], ["là"], ["sẽ"], ["đã"], ["cả"], ["tỉnh"], ["và"], ["ở", "mức"], ["mức"], ["ở"], ["được", "đặt"],
        ["đặt"], ["sản", "xuất", "được"], ["sản", "xuất"], ["vào", "khoảng"], ["vào"], ["khoảng"], ["trở", "lại"],
        ["với"], ["có", "sản", "lượng"], ["sản", "lượng"], ["nhất"], ["mạnh"], ["tăng", "mạnh"],
    ]
    static let notSubjects: Set<[WordKey]> = [
        ["con", "số"], ["mức"], ["tốc", "độ", "tăng"], ["số", "này"], ["nó"], ["đây"], ["điều", "này"], ["tính"],
        ["tháng"], ["năm"], ["quý"], ["so"], ["ck"], ["kế", "hoạch"], ["dự", "toán"], ["hết"], ["xe"],
    ]
    /// Clauses that point back at the figure before ("con số này", "bốn ngành này").
    static let anaphoraEnds: WordKeySet = ["này", "đó", "trên"]
    static let verbWords: WordKeySet = [
        "tăng", "giảm", "đạt", "bằng", "vượt", "gấp", "chiếm", "so", "ước", "dự", "phấn", "là",
    ]

    /// `previous`: the index in `resolved` of the figure before, read only on the paths that take its subject.
    func resolveSubject(
        chainStart: Int, fence: Int, previous previousIndex: Int?, in resolved: [Resolved], context: ReadingContext
    ) -> Subject? {
        var previous: Resolved? { previousIndex.map { resolved[$0] } }
        // The clauses of [fence, chainStart), found backwards from the nearest: most figures need no other.
        let nearest = clause(endingAt: chainStart, from: fence)
        let hasEarlierClause = nearest.lowerBound > fence
        let openedParenthesis = nearest.isEmpty && chainStart > 0 && tokens[chainStart - 1].is("(")
        let pointsBack = isAnaphora(nearest)

        if previousIndex != nil, !nearest.isEmpty, isPredicateOnly(nearest), let previous {
            // "…, thấp hơn nhiều so với kế hoạch tăng 17%": the clause only compares; the subject is the one before.
            return Subject(
                text: previous.subject, entry: previous.entry, region: previous.region, partStart: nearest.lowerBound,
                quoteStart: chainStart, estimated: false, company: previous.company, measure: previous.measure)
        }
        if !pointsBack, let subject = subject(in: nearest, strict: true) {
            if subject.entry == nil, subject.text.isEmpty, let region = subject.region {
                // A clause that only names a region ("Hải Phòng tăng 14,8%") takes the subject before it.
                if let previous {
                    return Subject(
                        text: previous.subject, entry: previous.entry, region: region, partStart: nearest.lowerBound,
                        quoteStart: nearest.lowerBound, estimated: subject.estimated, measure: previous.measure)
                }
                if let earlier = catalogSpans.lastSpan(endingBy: nearest.lowerBound) {
                    return Subject(
                        text: string(earlier.range), entry: earlier.value, region: region,
                        partStart: nearest.lowerBound, quoteStart: nearest.lowerBound, estimated: subject.estimated)
                }
                return nil
            }
            if !subject.text.isEmpty { return subject }
        }
        if openedParenthesis, chainStart >= 2, case .region(let r) = roles[chainStart - 2] {
            // "… cùng Quảng Ninh (tăng 14%), Hà Nam (tăng 17,2%)": a province and its figure in a list.
            let region = regionSpans[r].value
            if let previous {
                return Subject(
                    text: previous.subject, entry: previous.entry, region: region, partStart: chainStart,
                    quoteStart: regionSpans[r].range.lowerBound, estimated: false, measure: previous.measure)
            }
            if let earlier = catalogSpans.lastSpan(endingBy: chainStart) {
                return Subject(
                    text: string(earlier.range), entry: earlier.value, region: region, partStart: chainStart,
                    quoteStart: regionSpans[r].range.lowerBound, estimated: false)
            }
        }
        if openedParenthesis, let previous, previous.end == chainStart - 1 {
            // "thuốc lá bao đạt 172,8 triệu bao (tăng 3,5%)".
            return Subject(
                text: previous.subject, entry: previous.entry, region: previous.region, partStart: chainStart,
                quoteStart: chainStart, estimated: false, company: previous.company, measure: previous.measure)
        }
        if openedParenthesis, let previous, chainStart >= 1,
            isPredicateOnly(clause(endingAt: chainStart - 1, from: fence))
        {
            // "… tăng so tháng trước (+3,16%) và tăng so với tháng cùng kỳ (+13,89%)": the same subject.
            return Subject(
                text: previous.subject, entry: previous.entry, region: previous.region, partStart: chainStart,
                quoteStart: clause(endingAt: chainStart - 1, from: fence).lowerBound, estimated: false,
                company: previous.company, measure: previous.measure)
        }
        if !openedParenthesis, !pointsBack, isEmptyClause(nearest), hasEarlierClause,
            let named = subject(in: clause(endingAt: nearest.lowerBound - 1, from: fence), strict: true),
            named.entry != nil
        {
            return named  // "công nghiệp khai khoáng, tăng 5,72%": a comma between the name and its verb
        }
        if !openedParenthesis, pointsBack || isEmptyClause(nearest) {
            if let previous {
                return Subject(
                    text: previous.subject, entry: previous.entry, region: previous.region, partStart: chainStart,
                    quoteStart: chainStart, estimated: false, company: previous.company, measure: previous.measure)
            }
            if pointsBack || !hasEarlierClause, let last = context.lastSubject {
                // "Con số này tăng 12,7%" in the sentence after the figure it points to.
                return Subject(
                    text: last.text, entry: last.entry, region: nil, partStart: chainStart, quoteStart: chainStart,
                    estimated: false, company: last.company, measure: last.measure)
            }
        }
        // Look back through earlier clauses of this stretch for a name the catalog knows, but only when the
        // nearest clause says nothing itself: a long clause we cannot read is no licence to guess.
        guard openedParenthesis || isEmptyClause(nearest) else { return nil }
        var upper = nearest.lowerBound
        let floor = max(fence, upper - 2 * Self.maximumClauseTokens)
        // Without a catalog name back there only a parenthesis can find anything.
        guard openedParenthesis || catalogSpans.lastSpan(startingIn: floor..<upper) != nil else { return nil }
        while upper > floor {
            let part = clause(endingAt: upper - 1, from: floor)
            if let subject = subject(in: part), subject.entry != nil { return subject }
            if openedParenthesis, let subject = subject(in: part), !subject.text.isEmpty { return subject }
            upper = part.lowerBound
        }
        return nil
    }

    /// The last clause of `clauses(from: start, to: end)`: from just after the last break before `end`.
    func clause(endingAt end: Int, from start: Int) -> Range<Int> {
        let start = max(start, end - Self.maximumClauseTokens)
        var k = end
        while k > start {
            if isClauseBreak(k - 1) { return k..<end }
            k -= 1
        }
        return start..<max(start, end)
    }

    /// The most tokens a clause is looked back over for its subject. Real subjects sit within a few dozen
    /// tokens of their verb; without a bound, a run of figures with no comma ("tăng 1,2% tăng 1,2% …") had
    /// each figure look back over all the ones before it in its sentence.
    static let maximumClauseTokens = 24

    private func isClauseBreak(_ k: Int) -> Bool {
        roles[k] == .free && tokens[k].kind == .punct && Self.clauseBreaks.contains(tokens[k].key)
    }

    static let clauseBreaks: WordKeySet = [",", "(", ")", "-", "\"", "…", ".", "như", "gồm", "|"]

    /// Splits [from, to) into clauses at commas, parentheses and dashes outside named spans.
    func clauses(from start: Int, to end: Int) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var partStart = start
        var k = start
        while k < end {
            if isClauseBreak(k) {
                parts.append(partStart..<k)
                partStart = k + 1
            }
            k += 1
        }
        parts.append(partStart..<max(partStart, end))
        return parts
    }

    func isEmptyClause(_ part: Range<Int>) -> Bool {
        let trimmed = trim(part)
        return trimmed.allSatisfy {
            if case .period = roles[$0] {
                return true
            } else if case .basis = roles[$0] {
                return true
            } else {
                return false
            }
        }
    }

    /// A clause that only says how something changed ("và tăng so với tháng cùng kỳ"): verbs, modifiers, a
    /// basis or a period, no subject.
    func isPredicateOnly(_ part: Range<Int>) -> Bool {
        // Most clauses name something (a catalog name, a company, a region): ruled out before trimming.
        guard part.count <= 12 else { return false }
        for k in part {
            switch roles[k] {
            case .catalog, .company, .region: return false
            default: continue
            }
        }
        let trimmed = trim(part)
        guard !trimmed.isEmpty, part.contains(where: { phrases.verb(at: $0) != nil || tokens[$0].is("hơn") }) else {
            return false
        }
        return trimmed.allSatisfy { k in
            switch roles[k] {
            case .basis, .period: return true
            case .free:
                return phrases.verb(at: k) != nil || (phrases.key(k).map(PhraseRecognizer.modifiers.contains) ?? false)
                    || (phrases.key(k).map(Self.predicateFillers.contains) ?? false)
            default: return false
            }
        }
    }

    static let predicateFillers: WordKeySet = ["và", "nhiều", "hẳn", "so", "nhưng", "song", "đều", "vẫn", "cũng"]

    /// "con số này", "bốn ngành này", "cả bốn ngành", "các sản phẩm trên".
    func isAnaphora(_ part: Range<Int>) -> Bool {
        var trimmed = trim(part)
        while trimmed.count > 1, let last = phrases.key(trimmed.upperBound - 1), Self.trailingVerbs.contains(last) {
            trimmed = trimmed.lowerBound..<(trimmed.upperBound - 1)  // "cả bốn ngành đều tăng"
        }
        guard !trimmed.isEmpty, trimmed.allSatisfy({ roles[$0] == .free }) else { return false }
        // "Con số này chưa chạm …", "mức này": the clause opens by pointing back.
        let start = trimmed.lowerBound
        if phrases.has("con", "số", "này", at: start) || phrases.has("con", "số", "đó", at: start)
            || phrases.has("mức", "này", at: start) || phrases.has("chỉ", "số", "này", at: start)
        {
            return true
        }
        guard trimmed.count <= 5, let last = phrases.key(trimmed.upperBound - 1) else { return false }
        if Self.anaphoraEnds.contains(last) { return true }
        // A count or "các" before a collective noun: "cả bốn ngành", "hai sản phẩm".
        let counted = trimmed.contains { k in
            tokens[k].kind == .number || PhraseRecognizer.wordNumbers[tokens[k].key] != nil || tokens[k].key == "các"
        }
        return counted && trimmed.contains { Self.collectiveNouns.contains(tokens[$0].key) }
    }

    static let collectiveNouns: WordKeySet = ["ngành", "nhóm", "phẩm", "hàng", "vực", "chỉ", "số"]
    static let trailingVerbs: WordKeySet = ["tăng", "giảm", "đều", "đạt", "lần", "lượt", "tương", "ứng"]

    /// Removes filler words at both ends of a clause.
    func trim(_ part: Range<Int>) -> Range<Int> {
        var lower = part.lowerBound
        var upper = part.upperBound
        var changed = true
        while changed && lower < upper {
            changed = false
            let keepsIndex =
                tokens[lower].key == "chỉ" && (phrases.key(lower + 1) == "số" || phrases.key(lower + 1) == "tiêu")
            for filler in keepsIndex ? [] : Self.leadingByFirst[tokens[lower].key] ?? []
            where lower + filler.count <= upper && roles[lower] == .free && tokens[lower].kind != .number {
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
            for filler in Self.trailingByLast[tokens[upper - 1].key] ?? []
            where upper - filler.count >= lower && roles[upper - 1] == .free && tokens[upper - 1].kind != .number {
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
    /// names a region. `strict`: the catalog name must stand close to the clause's end.
    func subject(in part: Range<Int>, strict: Bool = false) -> Subject? {
        let estimate: WordKey = "ước"
        let estimated = part.contains { tokens[$0].key == estimate }
        let trimmed = trim(part)
        guard !trimmed.isEmpty else { return nil }
        let region = regionSpans.lastSpan(startingIn: trimmed)?.value
        let company = owningCompany(in: trimmed)

        if let span = catalogSpans.lastSpan(startingIn: trimmed),
            !strict || closeEnough(span.range.upperBound..<trimmed.upperBound)
        {
            // Qualifying words after the name that end the clause ("sữa tươi các loại", "clinker tiêu thụ"): at
            // most two, none a verb ("công nghiệp - xây dựng tiếp tục dẫn dắt" keeps only the name).
            var end = span.range.upperBound
            var k = end
            while k < trimmed.upperBound, roles[k] == .free, tokens[k].kind == .word, k - span.range.upperBound < 2,
                !Self.verbWords.contains(tokens[k].key), !Self.notQualifiers.contains(tokens[k].key)
            {
                k += 1
            }
            if k == trimmed.upperBound { end = k }
            let written = trim(span.range.lowerBound..<end)
            let measure = span.value.subjectClass == .product ? measure(in: part, outside: span.range) : nil
            return Subject(
                text: string(written), entry: span.value, region: region, partStart: part.lowerBound,
                quoteStart: min(span.range.lowerBound, measureStart(in: part, before: span.range.lowerBound)),
                estimated: estimated, company: company, measure: measure)
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
        let regionOnly = region.map {
            Subject(
                text: "", entry: nil, region: $0, partStart: part.lowerBound, quoteStart: trimmed.lowerBound,
                estimated: estimated)
        }
        let companyOnly = companySpans.lastSpan(startingIn: trimmed).flatMap { span in
            // "Công ty Cổ phần Xi măng Nghi Sơn đã hoàn thành 46% kế hoạch": the company itself.
            company.map {
                Subject(
                    text: $0, entry: nil, region: region, partStart: part.lowerBound,
                    quoteStart: span.range.lowerBound, estimated: estimated, company: $0)
            }
        }
        guard !words.isEmpty else { return companyOnly ?? regionOnly }
        var range = trim(words[0]..<(words[words.count - 1] + 1))
        // "xuất khẩu gạo": the measure is said apart; the subject is what is exported.
        let measure = measure(in: part, outside: 0..<0)
        while !range.isEmpty, let length = measureLength(at: range.lowerBound) {
            range = trim((range.lowerBound + length)..<range.upperBound)
        }
        guard !range.isEmpty, plausibleSubject(range) else { return companyOnly ?? regionOnly }
        return Subject(
            text: string(range), entry: nil, region: region, partStart: part.lowerBound,
            quoteStart: range.lowerBound, estimated: estimated, company: company, measure: measure)
    }

    /// The measure a clause names outside the product's own name ("xuất khẩu xi măng", "clinker tiêu thụ",
    /// "kim ngạch xuất khẩu giày dép"); output when it names none.
    func measure(in part: Range<Int>, outside name: Range<Int>) -> Measure {
        for k in part where !name.contains(k) {
            if let measure = phrases.measure(at: k) { return measure }
        }
        return .output
    }

    /// Where a measure phrase just before a product's name starts ("xuất khẩu xi măng" quotes from "xuất").
    func measureStart(in part: Range<Int>, before name: Int) -> Int {
        var k = name
        while k - 2 >= part.lowerBound, phrases.measure(at: k - 2) != nil { k -= 2 }
        return k
    }

    private func measureLength(at k: Int) -> Int? { phrases.measure(at: k) == nil ? nil : 2 }

    /// "sản lượng", "sản xuất" in the clause: it is about output, whatever the figure before measured.
    @inline(__always)
    func namesOutput(_ range: Range<Int>) -> Bool {
        range.contains { phrases.has("sản", "lượng", at: $0) || phrases.has("sản", "xuất", at: $0) }
    }

    /// Words between a catalog name and its verb that still leave the name the subject: at most four, or a
    /// predicate ("khai khoáng của tỉnh cũng có mức tăng trưởng ấn tượng tăng 13,29%").
    func closeEnough(_ gap: Range<Int>) -> Bool {
        var free = 0
        for k in gap where roles[k] == .free {
            if Self.predicateWords.contains(tokens[k].key) { return true }
            free += 1
        }
        return free <= 4
    }

    static let notQualifiers: WordKeySet = [
        "tiếp", "giữ", "dẫn", "vẫn", "cũng", "đã", "sẽ", "được", "mới", "có", "chỉ", "còn", "đều", "lại", "đang",
    ]

    static let predicateWords: WordKeySet = ["có", "mức", "tăng", "giảm", "đạt", "là"]

    /// A short noun phrase: words only, starting with no verb, not a pronoun-like "con số".
    func plausibleSubject(_ range: Range<Int>) -> Bool {
        guard range.count <= 10 else { return false }
        for k in range where tokens[k].kind != .word { return false }
        if Self.verbWords.contains(tokens[range.lowerBound].key) { return false }
        return !Self.notSubjects.contains(range.map { tokens[$0].key })
    }

    /// Subjects or bases for a "lần lượt" list starting at candidate `index`: several names before the verb
    /// ("quần áo và thức ăn gia súc tăng lần lượt 54,8% và 49,4%"), a clause pointing back at the figures
    /// before ("bốn ngành này lần lượt tăng …"), or one subject whose numbers take the bases of the figures
    /// before ("giày thể thao tăng tương ứng 17,5% và 6%").
    func respectiveList(
        startingAt index: Int, candidates: [Anchor], chainStart: Int, fence: Int, resolved: [Resolved],
        context: ReadingContext
    ) -> RespectiveList? {
        var count = 1
        var j = index + 1
        while j < candidates.count {
            let gap = candidates[j - 1].end..<candidates[j].number
            let joins = gap.allSatisfy { k in
                tokens[k].is(",") || tokens[k].is("và") || tokens[k].is("tăng") || tokens[k].is("giảm")
            }
            guard joins else { break }
            count += 1
            j += 1
        }
        guard count >= 2 else { return nil }
        // The nearest clause that says something: "cả bốn ngành đều tăng, lần lượt 17,39%, 23,03% …".
        let parts = clauses(from: fence, to: chainStart)
        let nearest = parts.reversed().first { !trim($0).isEmpty } ?? (chainStart..<chainStart)
        let named = catalogSpans.spans(startingIn: nearest)
        if named.count >= count {
            let subjects = named.prefix(count).map {
                Subject(
                    text: string($0.range), entry: $0.value, region: nil, partStart: $0.range.lowerBound,
                    quoteStart: $0.range.lowerBound, estimated: false, company: owningCompany(in: nearest),
                    measure: $0.value.subjectClass == .product ? measure(in: nearest, outside: $0.range) : nil)
            }
            return RespectiveList(subjects: subjects, bases: nil, count: count)
        }
        if isAnaphora(nearest) {
            // The subjects named last, in this sentence or the ones before ("… Còn so với tháng 9-2021, cả bốn
            // ngành đều tăng, lần lượt …").
            var seen = Set<String>()
            var distinct: [ReadingContext.NamedSubject] = []
            let here = resolved.map {
                ReadingContext.NamedSubject(
                    text: $0.subject, entry: $0.entry, region: $0.region, company: $0.company, measure: $0.measure)
            }
            for r in (context.recentSubjects + here).reversed() where seen.insert(r.text).inserted {
                distinct.insert(r, at: 0)
                if distinct.count == count { break }
            }
            if distinct.count == count {
                let subjects = distinct.map {
                    Subject(
                        text: $0.text, entry: $0.entry, region: $0.region, partStart: chainStart,
                        quoteStart: chainStart, estimated: false, company: $0.company, measure: $0.measure)
                }
                return RespectiveList(subjects: subjects, bases: nil, count: count)
            }
        }
        let recent = context.recentBases.suffix(count)
        if recent.count == count, Set(recent).count == count {
            return RespectiveList(subjects: nil, bases: Array(recent), count: count)
        }
        return nil
    }
}
