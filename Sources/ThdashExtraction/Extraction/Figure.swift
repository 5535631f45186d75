/// One figure read from an article: what it measures, its value, period, comparison basis and region,
/// and the words it came from.
public struct Figure: Sendable, Hashable, Codable {
    /// Path of the article as the user gave it.
    public var article: String
    /// The subject as written in the article ("xi măng", "chỉ số sản xuất công nghiệp").
    public var subject: String
    /// Canonical product or indicator id from the catalog, when the catalog knows the subject.
    public var product: String?
    /// Product line id of `product`.
    public var line: String?
    /// What sort of subject `product` is (a physical product, an index, an economy aggregate); nil when the
    /// catalog does not know the subject.
    public var subjectClass: SubjectClass?
    /// What is measured of a product: its output, or its exports, sales, stocks…; nil for indices and
    /// economy aggregates, whose measure is the indicator itself.
    public var measure: Measure?
    public var kind: FigureKind
    /// Growth: signed percent change. Plan completion: percent of plan. Value/target/forecast: number in
    /// `unit` (a growth target or forecast has unit "%" and a basis).
    public var value: Double
    /// Digits written after the decimal comma ("616,913" → 3): the precision the source stated.
    public var decimals: Int
    /// "%" or the unit as written in canonical spelling, scale word included ("tỷ đồng", "nghìn tấn").
    public var unit: String
    public var basis: Basis?
    /// For basis `basePeriod`: the period compared with ("năm 2015", "giai đoạn 2016-2020").
    public var base: Period? {
        get { baseBox?.period }
        set { baseBox = newValue.map(PeriodBox.init) }
    }
    /// `base` behind a reference: few figures have one, and inline it would add a period's bytes to every figure.
    private var baseBox: PeriodBox?
    public var period: Period
    /// Whose figure: a province, "cả nước", a company's or plant's name; empty when the article's region is
    /// unknown and the text names none.
    public var region: String
    /// What `region` is: Thanh Hóa (the dashboard's province), another province, the country, a company.
    public var entity: Entity
    /// Hedged by the text ("ước", "khoảng", "hơn", "gần", "trên").
    public var approximate: Bool
    /// Set when the text gives only a bound ("trên", "hơn", "trở lên": lower; "gần", "dưới": upper).
    public var bound: Bound?
    /// The clause the figure came from, exactly as in the normalised text.
    public var quote: String {
        get {
            switch quoteText {
            case .inSentence(let bytes): return sentence.copy(utf8Range: bytes)
            case .own(let text): return text
            }
        }
        set { quoteText = QuoteText(newValue, in: sentence) }
    }
    /// The whole sentence around `quote`.
    public var sentence: String {
        didSet {
            if case .inSentence(let bytes) = quoteText {
                quoteText = QuoteText(oldValue.copy(utf8Range: bytes), in: sentence)
            }
        }
    }
    /// Where the quote is: nearly always a stretch of the sentence, kept as its place there, so that a figure
    /// holds no second copy of its words (one allocation and ~100 bytes less per figure).
    private var quoteText: QuoteText
    /// Offset of `quote` in the normalised article text, in Unicode scalars.
    public var offset: Int

    public init(
        article: String, subject: String, product: String?, line: String?, subjectClass: SubjectClass? = nil,
        measure: Measure? = nil, kind: FigureKind, value: Double, decimals: Int = 0, unit: String, basis: Basis?,
        base: Period? = nil, period: Period, region: String, entity: Entity? = nil, approximate: Bool,
        bound: Bound?,
        quote: String, sentence: String, offset: Int
    ) {
        self.init(
            article: article, subject: subject, product: product, line: line, subjectClass: subjectClass,
            measure: measure, kind: kind, value: value, decimals: decimals, unit: unit, basis: basis, base: base,
            period: period, region: region, entity: entity, approximate: approximate, bound: bound,
            quoteText: QuoteText(quote, in: sentence), sentence: sentence, offset: offset)
    }

    /// A figure whose quote is the sentence's bytes `quoteBytes`; nil when they are not a stretch of whole
    /// characters' bytes of the sentence.
    public init?(
        article: String, subject: String, product: String?, line: String?, subjectClass: SubjectClass? = nil,
        measure: Measure? = nil, kind: FigureKind, value: Double, decimals: Int = 0, unit: String, basis: Basis?,
        base: Period? = nil, period: Period, region: String, entity: Entity? = nil, approximate: Bool,
        bound: Bound?,
        sentence: String, quoteBytes: Range<Int>, offset: Int
    ) {
        guard let quoteText = QuoteText(bytes: quoteBytes, in: sentence) else { return nil }
        self.init(
            article: article, subject: subject, product: product, line: line, subjectClass: subjectClass,
            measure: measure, kind: kind, value: value, decimals: decimals, unit: unit, basis: basis, base: base,
            period: period, region: region, entity: entity, approximate: approximate, bound: bound,
            quoteText: quoteText, sentence: sentence, offset: offset)
    }

    init(
        article: String, subject: String, product: String?, line: String?, subjectClass: SubjectClass? = nil,
        measure: Measure? = nil, kind: FigureKind, value: Double, decimals: Int = 0, unit: String, basis: Basis?,
        base: Period? = nil, period: Period, region: String, entity: Entity? = nil, approximate: Bool,
        bound: Bound?,
        quoteText: QuoteText, sentence: String, offset: Int
    ) {
        self.article = article
        self.subject = subject
        self.product = product
        self.line = line
        self.subjectClass = subjectClass
        self.measure = measure
        self.kind = kind
        self.value = value
        self.decimals = decimals
        self.unit = unit
        self.basis = basis
        self.baseBox = base.map(PeriodBox.init)
        self.period = period
        self.region = region
        self.entity = entity ?? RegionGazetteer.entity(of: region)
        self.approximate = approximate
        self.bound = bound
        self.quoteText = quoteText
        self.sentence = sentence
        self.offset = offset
    }

    /// The UTF-8 byte range of `quote` in `sentence`, when the sentence holds it.
    public var quoteBytesInSentence: Range<Int>? {
        if case .inSentence(let bytes) = quoteText { return bytes }
        return nil
    }
}

/// A period held by reference (`Figure.base`); equal, hashed and coded by its value.
final class PeriodBox: Sendable, Hashable, Codable {
    let period: Period

    init(_ period: Period) { self.period = period }

    static func == (lhs: PeriodBox, rhs: PeriodBox) -> Bool { lhs === rhs || lhs.period == rhs.period }
    func hash(into hasher: inout Hasher) { hasher.combine(period) }
    init(from decoder: Decoder) throws { period = try Period(from: decoder) }
    func encode(to encoder: Encoder) throws { try period.encode(to: encoder) }
}

/// A figure's quote: where it lies in its sentence, or its own text when the sentence does not hold it.
///
/// The place is always the quote's first occurrence in the sentence, so that two figures with the same
/// sentence and quote are stored alike and the synthesised equality compares what they say.
enum QuoteText: Sendable, Hashable, Codable {
    case inSentence(Range<Int>)
    case own(String)

    init(_ quote: String, in sentence: String) {
        var quote = quote
        var sentence = sentence
        let found = sentence.withUTF8 { hay in
            quote.withUTF8 { needle in ByteSearch.firstOccurrence(of: needle, in: hay) }
        }
        self = found.map { .inSentence($0..<($0 + quote.utf8.count)) } ?? .own(quote)
    }

    /// Nil when `bytes` are out of the sentence or split a character.
    init?(bytes: Range<Int>, in sentence: String) {
        var sentence = sentence
        let found = sentence.withUTF8 { hay -> Int? in
            guard bytes.lowerBound >= 0, bytes.upperBound <= hay.count else { return nil }
            func isBoundary(_ i: Int) -> Bool { i == hay.count || hay[i] & 0xC0 != 0x80 }
            guard isBoundary(bytes.lowerBound), isBoundary(bytes.upperBound) else { return nil }
            return ByteSearch.firstOccurrence(of: UnsafeBufferPointer(rebasing: hay[bytes]), in: hay)
        }
        guard let found else { return nil }
        self = .inSentence(found..<(found + bytes.count))
    }
}

/// What a figure states: a result (a change, a share of the plan, a level), a plan, or an expectation.
///
/// A result may be an estimate ("ước", "sơ bộ": `approximate`). A forecast is an expected result for a period
/// not over when the article was published ("dự kiến cả năm"); a target is a plan or goal ("kế hoạch", "mục
/// tiêu", "phấn đấu"). Targets and forecasts of growth have unit "%" and a basis; of a level, its unit.
public enum FigureKind: String, Sendable, Hashable, Codable, CaseIterable {
    case growth
    case planCompletion = "plan_completion"
    case value
    case target
    case forecast

    /// A result, not a plan or an expectation.
    public var isActual: Bool { self != .target && self != .forecast }
}

/// What a growth or completion figure is compared with.
public enum Basis: String, Sendable, Hashable, Codable, CaseIterable {
    case previousMonth = "previous_month"
    case samePeriodLastYear = "same_period_last_year"
    case annualPlan = "annual_plan"
    case previousYear = "previous_year"
    case previousQuarter = "previous_quarter"
    /// A named earlier period that is not the usual one ("gấp 2,2 lần năm 2015", "so với giai đoạn
    /// 2016-2020"): the figure's `base`.
    case basePeriod = "base_period"
    /// The average yearly change over a span of years ("tăng bình quân 19,4%/năm").
    case averageAnnual = "average_annual"
}

/// Whose figure it is, seen from the dashboard's province.
public enum Entity: String, Sendable, Hashable, Codable, CaseIterable {
    /// The dashboard's own province (Thanh Hóa).
    case province
    /// Another province or city.
    case otherProvince = "other_province"
    /// The whole country.
    case country
    /// A company, plant, industrial park or economic zone: not the province's total.
    case company
    /// The article's region is unknown and the text names none.
    case unknown
}

/// What is measured of a product. Exports, sales and stocks are never its output.
public enum Measure: String, Sendable, Hashable, Codable, CaseIterable {
    case output
    case export
    case `import`
    /// Consumption or sales ("tiêu thụ", "bán ra").
    case consumption
    case inventory
    case revenue
}

/// The sort of subject a catalog entry names.
public enum SubjectClass: String, Sendable, Hashable, Codable, CaseIterable {
    /// A physical product with an output unit.
    case product
    /// The industrial production index and its sections, consumption, inventory and labour indices.
    case index
    /// GRDP and its components, production value, budget, exports, agriculture, services.
    case economy
}

/// Which side of a figure the true value lies when the text gives only a bound.
public enum Bound: String, Sendable, Hashable, Codable {
    case lower
    case upper
}
