/// What a reader carries from one sentence to the next: the period in force, the year the text has
/// named, and the basis of the last growth figure (for "Trong đó, …" sentences that continue it).
struct ReadingContext {
    var period: Period?
    /// The last year the text named in a period ("9 tháng năm 2022").
    var textYear: Int?
    /// A year implied by a comparison ("so với cùng kỳ năm 2019" implies 2020), used only when the text names none.
    var impliedYear: Int?
    var lastBasis: Basis?
    /// A region named earlier that still governs unmarked figures: for the rest of its paragraph, or, after
    /// the national statistics office is cited, until the text names a province again.
    var carriedRegion: String?
    var regionLastsUntilHome = false
    /// The text has shown itself a national round-up (it ranks provinces against the country, or lists
    /// three provinces' figures in one sentence): figures before that point with no region named are the
    /// country's too.
    var nationalRoundUp = false
    /// The region of the last figure read, for "Trong đó, …" sentences.
    var lastRegion: String?
    /// The subject of the last figure read, for "Con số này tăng …" in the next sentence.
    var lastSubject: NamedSubject?
    /// The latest figures' subjects, oldest first, for "cả bốn ngành đều tăng, lần lượt …".
    var recentSubjects: [NamedSubject] = []
    struct NamedSubject {
        var text: String
        var entry: CatalogEntry?
        var region: String?
        var company: String?
        var measure: Measure?
    }
    /// The company that owned the last figure read, for "Trong đó, …" sentences.
    var lastCompany: String?
    /// Bases of the latest growth figures, oldest first, for "tăng tương ứng 17,5% và 6%".
    var recentBases: [Basis] = []
    /// A basis that frames the figures after it: "So với cùng kỳ, …" for its paragraph, or a sentence with
    /// no figure of its own ("… cao hơn tháng cùng kỳ năm 2020.") until the period changes.
    var frameBasis: Basis?
    var frameEndsWithParagraph = false
    /// The period in force when the frame was set: the frame holds only for it.
    var framePeriod: PeriodSlot?
    /// The list a sentence left open when it was too long to parse whole: its direction and header basis.
    var openList: (direction: Double?, basis: Basis?)?
    /// The last single month named, for "trong tháng".
    var lastMonth: Period?
    /// The year the text gives each period it names with one ("Tháng 8/2024"), first mention wins.
    var namedYears: [PeriodSlot: Int] = [:]
    /// Region and article defaults: the article's home region ("" when unknown) and what it is.
    let articleRegion: String
    let articleEntity: Entity
    /// The article's header names its region: a choice the text cannot overrule by looking like a national
    /// round-up.
    let headerNamesRegion: Bool
    let headerDate: ArticleDate?
}

/// A period without its year and label: the key for finding the year a text gives it elsewhere.
struct PeriodSlot: Hashable {
    var type: PeriodType
    var number: Int?

    init(_ period: Period) {
        type = period.type
        number = period.month ?? period.quarter ?? period.months
    }
}
