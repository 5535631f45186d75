/// Recognises the fixed phrases of Vietnamese economic reporting in a token sequence: periods
/// ("quý III/2019", "lũy kế 8 tháng"), comparison bases ("so với cùng kỳ", "CK"), plan references
/// ("kế hoạch năm"), hedges and trigger verbs.
struct PhraseRecognizer {
    let tokens: [Token]

    // MARK: Small helpers

    @inline(__always) func key(_ i: Int) -> WordKey? {
        i >= 0 && i < tokens.count && tokens[i].kind != .number ? tokens[i].key : nil
    }

    /// True when the word `a` (and `b`, `c`, `d` after it) stand at `i`; numbers never match. Fixed arities
    /// avoid building an array for every check.
    @inline(__always) func has(_ a: WordKey, at i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind != .number && tokens[i].key == a
    }
    @inline(__always) func has(_ a: WordKey, _ b: WordKey, at i: Int) -> Bool {
        has(a, at: i) && has(b, at: i + 1)
    }
    @inline(__always) func has(_ a: WordKey, _ b: WordKey, _ c: WordKey, at i: Int) -> Bool {
        has(a, at: i) && has(b, at: i + 1) && has(c, at: i + 2)
    }
    @inline(__always) func has(_ a: WordKey, _ b: WordKey, _ c: WordKey, _ d: WordKey, at i: Int) -> Bool {
        has(a, at: i) && has(b, at: i + 1) && has(c, at: i + 2) && has(d, at: i + 3)
    }
    @inline(__always) func has(_ a: WordKey, _ b: WordKey, _ c: WordKey, _ d: WordKey, _ e: WordKey, at i: Int) -> Bool
    {
        has(a, b, c, d, at: i) && has(e, at: i + 4)
    }

    /// True when the words `keys` stand at `i` (numbers never match).
    func has(_ keys: [WordKey], at i: Int) -> Bool {
        guard i >= 0, i + keys.count <= tokens.count else { return false }
        for (offset, k) in keys.enumerated() {
            let t = tokens[i + offset]
            if t.kind == .number || t.key != k { return false }
        }
        return true
    }

    /// The month or quarter a comparison names ("so với tháng 12/2024", "so với quý I/2024"), to check against
    /// the figure's own period.
    func namedComparison(in range: Range<Int>) -> (type: PeriodType, number: Int)? {
        for k in range where key(k) == "tháng" || key(k) == "quý" {
            if key(k) == "tháng", let (m, _) = smallNumber(at: k + 1, wordsNeedCapital: true) { return (.month, m) }
            if key(k) == "quý" {
                if let q = Self.romanQuarters[key(k + 1) ?? .empty] { return (.quarter, q) }
                if let q = tokens[safe: k + 1]?.integer, (1...4).contains(q) { return (.quarter, q) }
            }
        }
        return nil
    }

    /// A four-digit year at `i`.
    func year(at i: Int) -> Int? {
        guard i >= 0, i < tokens.count, let value = tokens[i].integer, (1975...2100).contains(value),
            tokens[i].end - tokens[i].start == 4
        else { return nil }
        return value
    }

    /// "/2021", "-2022", "– 2020", "năm 2023" after a month or quarter: the year and the tokens it takes.
    func yearSuffix(at i: Int) -> (year: Int, length: Int)? {
        if let k = key(i), k == "/" || k == "-" || k == ".", let y = year(at: i + 1) { return (y, 2) }
        if key(i) == "năm", let y = year(at: i + 1) { return (y, 2) }
        return nil
    }

    static let wordNumbers: [WordKey: Int] = [
        "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
        "chín": 9, "mười": 10, "giêng": 1, "chạp": 12,
    ]

    /// A count from 1 to 12 written in digits or words at `i`: its value and length in tokens.
    func smallNumber(at i: Int, wordsNeedCapital: Bool) -> (value: Int, length: Int)? {
        guard i >= 0, i < tokens.count else { return nil }
        let t = tokens[i]
        if t.kind == .number {
            guard let v = t.integer, (1...12).contains(v) else { return nil }
            return (v, 1)
        }
        guard t.kind == .word, !wordsNeedCapital || t.isCapitalized, let v = Self.wordNumbers[t.key] else {
            return nil
        }
        if v == 10, let k = key(i + 1), k == "một" || k == "hai" { return (k == "một" ? 11 : 12, 2) }
        return (v, 1)
    }

    /// Words before "năm 2010" that make it a bare year, not a period ("giá so sánh năm 2010", "từ năm 2015").
    static let yearOnlyLeads: Set<WordKey> = ["sánh", "giá", "từ", "đến", "tới", "sau", "trước"]

    static let romanQuarters: [WordKey: Int] = ["i": 1, "ii": 2, "iii": 3, "iv": 4]

    // MARK: Periods

    /// A period expression starting at `i`: where it ends (exclusive) and the period, year as written.
    func period(at i: Int) -> (end: Int, period: Period, explicitYear: Bool)? {
        let t = tokens[i]
        if t.kind == .number && !t.isPlainInteger { return nil }  // "12,5", "88.926": never a count or a year
        // Lead words that belong in the label: "lũy kế 8 tháng", "tính chung 9 tháng".
        if has("lũy", "kế", at: i) || has("tính", "chung", at: i) || has("cộng", "dồn", at: i) {
            guard let found = coreMonthsToDate(at: i + 2) else { return nil }
            return (found.end, found.period, found.explicitYear)
        }
        if t.kind == .word {
            switch t.key {
            case "tháng": return month(at: i)
            case "quý": return quarter(at: i)
            case "cả" where key(i + 1) == "năm":
                var end = i + 2
                var y: Int?
                if let found = year(at: end) {
                    y = found
                    end += 1
                }
                return (end, Period(label: "", type: .year, year: y), y != nil)
            case "năm":
                if let y = year(at: i + 1) {
                    // "giá so sánh năm 2010", "từ năm 2015", "đến năm 2030" name a year, not a period.
                    if let before = key(i - 1), Self.yearOnlyLeads.contains(before) {
                        return nil
                    }
                    return (i + 2, Period(label: "", type: .year, year: y), true)
                }
                if key(i + 1) == "nay" { return (i + 2, Period(label: "", type: .year), false) }
                return coreMonthsToDate(at: i).map { ($0.end, $0.period, $0.explicitYear) }
            case "nửa" where has("đầu", "năm", at: i + 1):
                var end = i + 3
                var y: Int?
                if let found = year(at: end) {
                    y = found
                    end += 1
                }
                return (end, Period(label: "", type: .monthsToDate, year: y, months: 6), y != nil)
            case "trong"
            where key(i + 1) == "tháng" && !(i + 2 < tokens.count && tokens[i + 2].kind == .number)
                && smallNumber(at: i + 2, wordsNeedCapital: true) == nil:
                return (i + 2, Period(label: "", type: .other), false)  // "trong tháng": resolved by the parser
            case "từ" where has("đầu", "năm", at: i + 1):
                var end = i + 3
                if has("đến", "nay", at: end) || has("tới", "nay", at: end) { end += 2 }
                return (end, Period(label: "", type: .other), false)
            case "từ" where (key(i + 1) == "năm" && year(at: i + 2) != nil) || year(at: i + 1) != nil:
                // "từ năm 2021 đến nay": a stretch of years, still running.
                var end = i + (key(i + 1) == "năm" ? 3 : 2)
                guard has("đến", "nay", at: end) || has("tới", "nay", at: end) else { return nil }
                end += 2
                return (end, Period(label: "", type: .other), false)
            case "giai" where key(i + 1) == "đoạn", "thời" where key(i + 1) == "kỳ", "nhiệm" where key(i + 1) == "kỳ":
                // "giai đoạn 2016-2020", "thời kỳ 2011 – 2020", "nhiệm kỳ 2020-2025".
                return yearSpan(at: i + 2).map { ($0.end, $0.period, true) }
            default:
                return coreMonthsToDate(at: i).map { ($0.end, $0.period, $0.explicitYear) }
            }
        }
        if t.kind == .number {
            if let span = yearSpan(at: i) { return (span.end, span.period, true) }
            return coreMonthsToDate(at: i).map { ($0.end, $0.period, $0.explicitYear) }
        }
        return nil
    }

    /// "2016-2020", "2016 – 2020", "2016 đến 2020": a span of whole years.
    func yearSpan(at i: Int) -> (end: Int, period: Period)? {
        var j = i
        if key(j) == "từ" { j += 1 }
        if key(j) == "năm" { j += 1 }
        guard let a = year(at: j) else { return nil }
        var k = j + 1
        if key(k) == "-" || key(k) == "đến" || key(k) == "tới" {
            k += 1
        } else {
            return nil
        }
        if key(k) == "năm" { k += 1 }
        guard let b = year(at: k), b > a, b - a < 30 else { return nil }
        return (k + 1, Period(label: "", type: .span, year: b, fromYear: a))
    }

    /// "8 tháng", "6 tháng đầu năm", "9 tháng năm 2022", "Năm tháng đầu năm 2025".
    private func coreMonthsToDate(at i: Int) -> (end: Int, period: Period, explicitYear: Bool)? {
        guard let (count, length) = smallNumber(at: i, wordsNeedCapital: false), key(i + length) == "tháng" else {
            return nil
        }
        // A date ("ngày 8 tháng 9") is not a period.
        if key(i - 1) == "ngày" { return nil }
        if i + length + 1 < tokens.count, tokens[i + length + 1].kind == .number,
            year(at: i + length + 1) == nil
        {
            return nil
        }
        guard count >= 2 || has("đầu", "năm", at: i + length + 1) else { return nil }
        var end = i + length + 1
        var type = PeriodType.monthsToDate
        if has("đầu", "năm", at: end) {
            end += 2
        } else if key(end) == "qua" {
            end += 1  // "9 tháng qua" in a report is the year so far
        } else if has("cuối", "năm", at: end) || key(end) == "tới" || key(end) == "gần" || key(end) == "liên" {
            type = .other
            end += key(end) == "cuối" ? 2 : 1
        }
        var y: Int?
        if let found = yearSuffix(at: end) {
            y = found.year
            end += found.length
        } else if let found = year(at: end) {
            y = found
            end += 1
        }
        return (end, Period(label: "", type: type, year: y, months: type == .monthsToDate ? count : nil), y != nil)
    }

    /// "tháng 8", "tháng 8/2021", "tháng 9-2022", "tháng 2 – 2020", "tháng Tám năm 2020".
    private func month(at i: Int) -> (end: Int, period: Period, explicitYear: Bool)? {
        if i > 0, tokens[i - 1].kind == .number, key(i - 2) != "tháng" { return nil }  // "8 tháng 9" is a date
        guard let (m, length) = smallNumber(at: i + 1, wordsNeedCapital: true) else { return nil }
        var end = i + 1 + length
        // "tháng 6/2020" but not "tháng 27/6" style dates.
        var y: Int?
        if let found = yearSuffix(at: end) {
            y = found.year
            end += found.length
        } else if let k = key(end), k == "/", end + 1 < tokens.count, tokens[end + 1].kind == .number {
            return nil
        }
        return (end, Period(label: "", type: .month, year: y, month: m), y != nil)
    }

    /// "quý III/2019", "quý I", "quý 2 năm 2023".
    private func quarter(at i: Int) -> (end: Int, period: Period, explicitYear: Bool)? {
        guard i + 1 < tokens.count else { return nil }
        let t = tokens[i + 1]
        if t.is("đầu") || t.is("cuối") {  // "quý đầu năm 2024", "quý cuối năm"
            var end = i + 2
            if key(end) == "năm" { end += 1 }
            var y: Int?
            if let found = year(at: end) {
                y = found
                end += 1
            }
            return (end, Period(label: "", type: .quarter, year: y, quarter: t.is("đầu") ? 1 : 4), y != nil)
        }
        let q: Int?
        if t.kind == .number {
            q = t.integer.flatMap { (1...4).contains($0) ? $0 : nil }
        } else {
            q = Self.romanQuarters[t.key]
        }
        guard let q else { return nil }
        var end = i + 2
        var y: Int?
        if let found = yearSuffix(at: end) {
            y = found.year
            end += found.length
        }
        return (end, Period(label: "", type: .quarter, year: y, quarter: q), y != nil)
    }

    // MARK: Bases

    /// A comparison basis starting at `i`: where it ends, the basis, and a year it names ("cùng kỳ năm 2019").
    /// A span of years ("so với giai đoạn 2016-2020", "gấp 2,12 lần giai đoạn 2016-2020") is a base period,
    /// returned as its years (plain values: this runs for every basis word);
    /// a named year or month that is not the usual one becomes one when the parser knows the figure's period.
    func basis(at i: Int) -> (end: Int, basis: Basis, year: Int?, span: ClosedRange<Int>?)? {
        var j = i
        // "cao hơn tháng 8 là 10,67%", "vượt tháng 8/2023 tới 25,5%": a comparison without "so với".
        var introduced = key(i - 1) == "hơn" || key(i - 1) == "vượt" || key(i - 1) == "lần"
        if key(j) == "so" {
            j += 1
            if key(j) == "với" { j += 1 }
            introduced = true
        }
        if introduced, let y = year(at: j) { return (j + 1, .previousYear, y, nil) }  // "so với 2015"
        guard let k = key(j) else { return nil }
        switch k {
        case "tháng", "quý":
            let unit = k
            if key(j + 1) == "trước" || has("liền", "trước", at: j + 1) || has("liền", "kề", "trước", at: j + 1)
                || has("liền", "kề", at: j + 1)
            {
                var end = j + 2
                while let w = key(end), w == "liền" || w == "kề" || w == "trước" { end += 1 }
                return (end, unit == "tháng" ? .previousMonth : .previousQuarter, nil, nil)
            }
            if has("cùng", "kỳ", at: j + 1) || has("cùng", "kỳ", at: j + 2) {
                let offset = has("cùng", "kỳ", at: j + 1) ? 1 : 2
                guard offset == 1 || introduced else { return nil }
                return sameperiodTail(from: j + offset + 2)
            }
            // "so với tháng 7": the month before is a month-on-month comparison.
            if introduced, unit == "tháng", smallNumber(at: j + 1, wordsNeedCapital: true) != nil {
                // The parser checks a named month against the figure's own ("so với tháng 12/2024" in January 2025
                // is month on month).
                var end = j + 2
                if let found = yearSuffix(at: end) {
                    end += found.length
                    return (end, .samePeriodLastYear, found.year, nil)
                }
                if key(end) == "năm", key(end + 1) == "trước" || key(end + 1) == "ngoái" {
                    return (end + 2, .samePeriodLastYear, nil, nil)  // "so với tháng 8 năm trước"
                }
                return (end, .previousMonth, nil, nil)
            }
            if introduced, unit == "quý",
                let q = Self.romanQuarters[key(j + 1) ?? .empty]
                    ?? tokens[safe: j + 1].flatMap({ $0.integer }).flatMap({ (1...4).contains($0) ? $0 : nil })
            {
                _ = q
                var end = j + 2
                if let found = yearSuffix(at: end) {
                    end += found.length
                    return (end, .samePeriodLastYear, found.year, nil)  // "so với quý I/2024"
                }
                return (end, .previousQuarter, nil, nil)
            }
            return nil
        case "cùng":
            guard key(j + 1) == "kỳ" || has("thời", "điểm", at: j + 1) else { return nil }
            return sameperiodTail(from: j + (key(j + 1) == "kỳ" ? 2 : 3))
        case "ck":
            guard tokens[j].isCapitalized || introduced else { return nil }
            return sameperiodTail(from: j + 1)
        case "năm":
            guard introduced else { return nil }
            if key(j + 1) == "trước" || key(j + 1) == "ngoái" { return (j + 2, .previousYear, nil, nil) }
            if let y = year(at: j + 1) { return (j + 2, .previousYear, y, nil) }
            return nil
        case "giai", "thời", "nhiệm":
            guard introduced, key(j + 1) == "đoạn" || key(j + 1) == "kỳ", let span = yearSpan(at: j + 2) else {
                return nil
            }
            return (
                span.end, .basePeriod, nil, span.period.fromYear.flatMap { from in span.period.year.map { from...$0 } }
            )
        case "kế", "kh", "dự", "mục", "chỉ":
            guard introduced, let end = planPhraseEnd(at: j) else { return nil }
            return (end.end, .annualPlan, end.year, nil)
        default:
            return nil
        }
    }

    private func sameperiodTail(from end: Int) -> (end: Int, basis: Basis, year: Int?, span: ClosedRange<Int>?) {
        var e = end
        var y: Int?
        if key(e) == "năm", key(e + 1) == "trước" || key(e + 1) == "ngoái" {
            e += 2
        } else if key(e) == "năm", let found = year(at: e + 1) {
            y = found
            e += 2
        } else if key(e) == "(", key(e + 1) == "ck", key(e + 2) == ")" {
            e += 3
        }
        return (e, .samePeriodLastYear, y, nil)
    }

    /// "kế hoạch", "kế hoạch năm", "kế hoạch cả năm 2020", "KH", "dự toán", "mục tiêu", "chỉ tiêu" and what
    /// follows them ("năm", "đề ra", "giao", "HĐND tỉnh giao"): where it ends and the year it names.
    func planPhraseEnd(at i: Int) -> (end: Int, year: Int?)? {
        var j: Int
        if has("kế", "hoạch", at: i) || has("dự", "toán", at: i) || has("mục", "tiêu", at: i)
            || has("chỉ", "tiêu", at: i) || has("kịch", "bản", at: i)
        {
            j = i + 2
        } else if key(i) == "kh" {
            j = i + 1
        } else {
            return nil
        }
        if has("kế", "hoạch", at: j) { j += 2 }  // "chỉ tiêu kế hoạch"
        var y: Int?
        if has("cả", "năm", at: j) {
            j += 2
        } else if key(j) == "năm" {
            j += 1
        }
        if let found = year(at: j) {
            y = found
            j += 1
        }
        for tail in Self.planTails
        where has(tail, at: j) {
            j += tail.count
            break
        }
        return (j, y)
    }

    /// What may follow a plan noun: "đề ra", "giao", "được giao", "HĐND tỉnh giao", "tỉnh giao".
    static let planTails: [[WordKey]] = [
        ["đề", "ra"], ["giao"], ["được", "giao"], ["hđnd", "tỉnh", "giao"], ["tỉnh", "giao"],
    ]

    // MARK: Units

    static let scaleWords = WordKeyMap<String>([("nghìn", "nghìn"), ("triệu", "triệu"), ("tỷ", "tỷ"), ("trăm", "trăm")])
    static let baseUnits = WordKeyMap<String>([
        ("tấn", "tấn"), ("lít", "lít"), ("kwh", "kWh"), ("đồng", "đồng"), ("usd", "USD"), ("bao", "bao"),
        ("cái", "cái"), ("đôi", "đôi"), ("chiếc", "chiếc"), ("viên", "viên"), ("m2", "m2"), ("m²", "m2"),
        ("m3", "m3"), ("m³", "m3"), ("tấm", "tấm"), ("bộ", "bộ"), ("kg", "kg"), ("xe", "xe"), ("mwh", "MWh"),
        ("gwh", "GWh"), ("thùng", "thùng"), ("hộp", "hộp"), ("sản", ""),
    ])

    /// A unit after a number ("nghìn tấn", "tỷ đồng", "triệu kWh", "nghìn tỷ đồng"): its end and canonical form.
    func unit(at i: Int) -> (end: Int, unit: String)? {
        var j = i
        var scale: (String?, String?)
        while let k = key(j), let s = Self.scaleWords[k], scale.1 == nil {
            if scale.0 == nil { scale.0 = s } else { scale.1 = s }
            j += 1
        }
        guard let k = key(j), let base = Self.baseUnits[k], !base.isEmpty else { return nil }
        switch scale {
        case (nil, _): return base == "đồng" ? nil : (j + 1, base)  // bare "đồng" amounts are prices, not output
        case (let first?, nil): return (j + 1, first + " " + base)
        case (let first?, let second?): return (j + 1, first + " " + second + " " + base)
        }
    }

    // MARK: Verbs and hedges

    enum Verb {
        case up, down, level, exceed, multiply
    }

    /// Trigger verbs: "tăng", "tăng trưởng", "giảm", "đạt", "bằng", "vượt", "hoàn thành", "gấp".
    func verb(at i: Int) -> Verb? {
        guard let k = key(i), let verb = Self.verbs[k] else { return nil }
        if k == "hoàn" && key(i + 1) != "thành" { return nil }
        return verb
    }

    static let verbs = WordKeyMap<Verb>(verbTable)
    private static let verbTable: [(WordKey, Verb)] = [
        ("tăng", .up), ("nhích", .up), ("giảm", .down), ("sụt", .down), ("đạt", .level), ("bằng", .level),
        ("vượt", .exceed),
        ("gấp", .multiply), ("hoàn", .level),
    ]

    /// Which recognisers can start at a word: checked once per token so the phrase parsers run only where
    /// they may match.
    struct Triggers: OptionSet {
        let rawValue: UInt8
        static let basis = Triggers(rawValue: 1)
        static let period = Triggers(rawValue: 2)
        static let company = Triggers(rawValue: 4)
    }

    static let triggers: WordKeyMap<Triggers> = {
        var table = WordKeyMap<Triggers>()
        let basisWords: [WordKey] = [
            "so", "tháng", "quý", "cùng", "ck", "năm", "kế", "kh", "dự", "mục", "chỉ", "kịch", "giai", "thời", "nhiệm",
        ]
        let periodWords: [WordKey] = [
            "tháng", "quý", "cả", "năm", "nửa", "từ", "giai", "lũy", "tính", "cộng", "trong", "thời", "nhiệm",
        ]
        for word in basisWords { table[word] = (table[word] ?? []).union(.basis) }
        for word in periodWords + Array(wordNumbers.keys) { table[word] = (table[word] ?? []).union(.period) }
        let companyWords: [WordKey] = [
            "tổng", "công", "tập", "nhà", "xí", "doanh", "khu", "kkt", "kcn", "cụm", "ccn", "liên", "hợp",
        ]
        for word in companyWords { table[word] = (table[word] ?? []).union(.company) }
        return table
    }()

    /// Single words that may stand between a verb and its number without changing its meaning.
    static let modifiers: WordKeySet = [
        "nhẹ", "mạnh", "cao", "thấp", "khá", "tới", "đến", "ở", "mức", "là", "trưởng", "thêm", "được", "có", "chỉ",
        "gần", "khoảng", "hơn", "trên", "chừng", "ước", "vọt", "sâu", "âm", ":", "nhanh", "lên", "còn", "xuống",
        "ra", "tiếp", "với", "nhất", "từ",
    ]
    /// Two-word modifiers, first word then second.
    static let modifierPairs: Set<[WordKey]> = [
        ["lần", "lượt"], ["tương", "ứng"], ["xấp", "xỉ"], ["ước", "tính"], ["đột", "biến"], ["tiếp", "tục"],
        ["trở", "lại"], ["bình", "quân"], ["đáng", "kể"], ["sơ", "bộ"], ["dự", "ước"], ["ước", "khoảng"],
        ["ít", "nhất"], ["tối", "thiểu"], ["tối", "đa"], ["dự", "kiến"], ["ước", "đạt"], ["dự", "báo"],
        ["trung", "bình"], ["có", "thể"],
    ]

    /// Hedges before a number: approximate, and the bound it gives.
    func hedge(at i: Int) -> (approximate: Bool, bound: Bound?)? {
        guard let k = key(i), Self.hedgeWords.contains(k) else { return nil }
        switch k {
        case "khoảng", "chừng", "ước", "xấp": return (true, nil)
        case "hơn", "trên": return (true, .lower)
        case "gần", "dưới": return (true, .upper)
        case "tối" where key(i + 1) == "thiểu": return (true, .lower)
        case "tối" where key(i + 1) == "đa": return (true, .upper)
        case "ít" where key(i + 1) == "nhất": return (true, .lower)
        default: return nil
        }
    }

    static let hedgeWords: WordKeySet = [
        "khoảng", "chừng", "ước", "xấp", "hơn", "trên", "gần", "dưới", "tối", "ít",
    ]

    static let targetWordsByFirst: WordKeyMap<[[WordKey]]> = {
        var map = WordKeyMap<[[WordKey]]>()
        for words in targetWords { map[words[0]] = (map[words[0]] ?? []) + [words] }
        return map
    }()

    /// Words of a plan or goal: a figure they govern is a target.
    static let targetWords: [[WordKey]] = [
        ["mục", "tiêu"], ["phấn", "đấu"], ["kế", "hoạch"], ["chỉ", "tiêu"], ["kịch", "bản"], ["định", "hướng"],
        ["đề", "ra"], ["đặt", "ra"], ["nhắm", "tới"], ["hướng", "tới"], ["được", "đặt"], ["đặt", "ở", "mức"],
    ]

    /// Words of plan and of expectation by first word, in one table: a figure's clause is searched for both.
    static let planOrExpectationByFirst: WordKeyMap<(plan: [[WordKey]], expectation: [[WordKey]])> = {
        var map = WordKeyMap<(plan: [[WordKey]], expectation: [[WordKey]])>()
        for words in targetWords {
            map[words[0]] = ((map[words[0]]?.plan ?? []) + [words], map[words[0]]?.expectation ?? [])
        }
        for words in forecastWords {
            map[words[0]] = (map[words[0]]?.plan ?? [], (map[words[0]]?.expectation ?? []) + [words])
        }
        return map
    }()

    /// Words of an expectation: a figure they govern is a forecast when its period is not over at
    /// publication, else an estimate of a result.
    static let forecastWords: [[WordKey]] = [
        ["dự", "kiến"], ["dự", "báo"], ["có", "thể"], ["khả", "năng"], ["kỳ", "vọng"], ["sẽ"], ["ước", "cả", "năm"],
    ]

    /// What a phrase says is measured of a product besides its output ("xuất khẩu xi măng", "clinker tiêu
    /// thụ", "tồn kho"), by first word.
    static let measureWords: WordKeyMap<[(words: [WordKey], measure: Measure)]> = {
        let table: [([WordKey], Measure)] = [
            (["xuất", "khẩu"], .export), (["nhập", "khẩu"], .import), (["tiêu", "thụ"], .consumption),
            (["bán", "ra"], .consumption), (["tồn", "kho"], .inventory), (["doanh", "thu"], .revenue),
            (["doanh", "số"], .revenue),
        ]
        var map = WordKeyMap<[(words: [WordKey], measure: Measure)]>()
        for (words, measure) in table { map[words[0]] = (map[words[0]] ?? []) + [(words, measure)] }
        return map
    }()

    /// The measure a phrase at `i` names, if any.
    func measure(at i: Int) -> Measure? {
        guard let k = key(i), let candidates = Self.measureWords[k] else { return nil }
        for candidate in candidates where has(candidate.words, at: i) { return candidate.measure }
        return nil
    }
}
