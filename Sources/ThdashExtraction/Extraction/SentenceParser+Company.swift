/// Companies, plants, industrial parks and economic zones: their figures are theirs, not the province's
/// ("Công ty Cổ phần Xi măng Nghi Sơn hoàn thành 46% kế hoạch", "Nhà máy Lọc hóa dầu Nghi Sơn", "KKT Nghi
/// Sơn", "các doanh nghiệp").
extension SentenceParser {
    /// Words that open a company's or a zone's name, longest first under each first word. `named`: the marker
    /// alone ("liên hợp", "xí nghiệp") names nothing; a capitalised name must follow.
    static let companyMarkersByFirst: WordKeyMap<[(words: [WordKey], named: Bool)]> = {
        let markers: [([WordKey], Bool)] = [
            (["tổng", "công", "ty"], false), (["công", "ty"], false), (["tập", "đoàn"], true), (["nhà", "máy"], false),
            (["xí", "nghiệp"], true), (["doanh", "nghiệp"], false), (["khu", "kinh", "tế"], false), (["kkt"], false),
            (["khu", "công", "nghiệp"], false), (["kcn"], false), (["cụm", "công", "nghiệp"], false), (["ccn"], false),
            (["liên", "hợp"], true), (["hợp", "tác", "xã"], true),
        ]
        var map = WordKeyMap<[(words: [WordKey], named: Bool)]>()
        for (words, named) in markers.sorted(by: { $0.0.count > $1.0.count }) {
            map[words[0]] = (map[words[0]] ?? []) + [(words, named)]
        }
        return map
    }()

    /// Lowercase words that never continue a name, though a capitalised word follows ("doanh nghiệp tại Thanh
    /// Hóa").
    static let nameBreakers: WordKeySet = [
        "tại", "ở", "trên", "của", "trong", "thuộc", "và", "với", "các", "đã", "đang", "sẽ", "có", "được", "là",
        "như", "gồm", "cùng", "so", "theo", "từ", "đến", "tới", "cho", "nhờ", "do", "vì", "khi", "thì", "mà",
        "tháng", "quý", "năm", "tỉnh", "toàn",
    ]

    /// Marks only what tells whom a title or lead is about: periods (so that a company opening the sentence
    /// after one is still its subject), companies and regions; not the catalog's names or bases.
    /// `periods`: mark periods too (a company opening a sentence after one is still its subject); a title's
    /// regions need none.
    mutating func markOwners(_ regions: RegionGazetteer, periods markingPeriods: Bool) {
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let triggers: PhraseRecognizer.Triggers =
                token.kind == .number
                ? .period : token.kind == .word ? (PhraseRecognizer.triggers[token.key] ?? []) : []
            if markingPeriods, triggers.contains(.period), let found = phrases.period(at: i) {
                periods.append(
                    PeriodSpan(range: i..<found.end, period: found.period, explicitYear: false, carries: false))
                for k in i..<found.end { roles[k] = .period(periods.count - 1) }
                i = found.end
            } else if triggers.contains(.company), let end = companyEnd(at: i) {
                companySpans.append(NamedSpan(range: i..<end, value: companyName(i..<end)))
                for k in i..<end { roles[k] = .company(companySpans.count - 1) }
                i = end
            } else if let found = regions.match(in: tokens, at: i), !isInsideProperName(i) {
                regionSpans.append(NamedSpan(range: i..<(i + found.length), value: found.region))
                for k in i..<(i + found.length) { roles[k] = .region(regionSpans.count - 1) }
                i += found.length
            } else {
                i += 1
            }
        }
    }

    /// Where the company name starting at `i` ends, if a marker starts there.
    func companyEnd(at i: Int) -> Int? {
        let token = tokens[i]
        guard token.kind == .word, let candidates = Self.companyMarkersByFirst[token.key] else { return nil }
        guard let marker = candidates.first(where: { phrases.has($0.words, at: i) }) else { return nil }
        // An acronym must be written as one ("KKT Nghi Sơn"), not the lowercase word.
        if marker.words.count == 1 && !token.isCapitalized { return nil }
        let start = i + marker.words.count
        var j = start
        while j < tokens.count {
            let t = tokens[j]
            if t.kind == .word, t.isCapitalized, phrases.verb(at: j) == nil {
                j += 1
            } else if t.kind == .word, !Self.nameBreakers.contains(t.key), phrases.verb(at: j) == nil,
                capitalisedWordFollows(j)
            {
                j += 1  // "nhà máy xi măng Long Sơn", "Công ty cổ phần Mía đường Lam Sơn"
            } else if t.is("-") || t.is("–"), j + 1 < tokens.count, tokens[j + 1].kind == .word,
                tokens[j + 1].isCapitalized, j > start
            {
                j += 1  // "Bia Hà Nội - Thanh Hóa"
            } else {
                break
            }
        }
        if marker.named && j == start { return nil }
        return j
    }

    /// A capitalised word within the next two tokens, with only name words between.
    private func capitalisedWordFollows(_ j: Int) -> Bool {
        for k in (j + 1)..<min(j + 3, tokens.count) {
            let t = tokens[k]
            guard t.kind == .word, !Self.nameBreakers.contains(t.key) else { return false }
            if t.isCapitalized { return true }
        }
        return false
    }

    /// The name a company figure is given: the words as written.
    func companyName(_ range: Range<Int>) -> String { string(range) }

    /// Words before a company's name that make it the cause or setting of a figure, not its owner ("nhờ
    /// Nhà máy … đi vào hoạt động", "lao động trong doanh nghiệp").
    static let companyNotOwner: WordKeySet = ["nhờ", "do", "bởi", "từ", "với", "cùng", "trong", "tại", "ở", "vì"]

    /// The company a clause's figure belongs to: one named in the clause as its owner.
    func owningCompany(in range: Range<Int>) -> String? {
        guard let span = companySpans.lastSpan(startingIn: range) else { return nil }
        let before = span.range.lowerBound - 1
        if let lead = phrases.key(before), Self.companyNotOwner.contains(lead) {
            // A zone's own figures stay the zone's ("giá trị sản xuất trong KKT Nghi Sơn").
            guard Self.zoneMarkers.contains(tokens[span.range.lowerBound].key), lead == "trong" || lead == "tại"
            else { return nil }
        }
        if let lead = phrases.key(before - 1), lead == "nhờ" || lead == "do" { return nil }  // "nhờ các nhà máy"
        return span.value
    }

    static let zoneMarkers: WordKeySet = ["khu", "kkt", "kcn", "cụm", "ccn"]

    /// A company the sentence opens with ("Công ty X: …", "Nhà máy Y, tháng 7 …"): it owns the sentence's
    /// figures that name no owner of their own.
    @inline(__always)
    func leadingCompany(before index: Int) -> String? {
        guard let span = companySpans.first, span.range.upperBound <= index else { return nil }
        var k = 0
        while k < span.range.lowerBound {
            switch roles[k] {
            case .period, .basis: k += 1
            default:
                let t = tokens[k]
                if t.kind == .punct || Self.sentenceOpeners.contains(t.key) { k += 1 } else { return nil }
            }
        }
        return span.value
    }

    /// Words that may open a sentence before its subject.
    static let sentenceOpeners: WordKeySet = ["riêng", "còn", "trong", "đó", "tại", "với", "các", "theo", "về", "đối"]
}
