/// A figure as the sentence parser resolves it, before it gets its article and strings.
struct FigureDraft {
    var subject: String
    var product: String?
    var line: String?
    var subjectClass: SubjectClass?
    var measure: Measure?
    var kind: FigureKind
    /// What the figure states before it is read as a plan or an expectation: growth, plan completion or a
    /// value. A forecast whose period turns out to be over at publication is this result, estimated.
    var resultKind: FigureKind
    var value: Double
    var decimals: Int
    var unit: String
    var basis: Basis?
    /// By reference, as in `Figure`: few drafts have one.
    var base: PeriodBox?
    var period: Period
    var region: String
    var entity: Entity
    var approximate: Bool
    var bound: Bound?
    /// Byte range of the clause in the article text.
    var quote: Range<Int>
    /// No region was named for it: it took the article's.
    var regionIsDefault = false
}
