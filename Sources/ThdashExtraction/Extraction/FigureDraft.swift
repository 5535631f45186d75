/// A figure as the sentence parser resolves it, before it gets its article and strings.
struct FigureDraft {
    var subject: String
    var product: String?
    var line: String?
    var kind: FigureKind
    var value: Double
    var unit: String
    var basis: Basis?
    var period: Period
    var region: String
    var approximate: Bool
    var bound: Bound?
    /// Byte range of the clause in the article text.
    var quote: Range<Int>
    /// No region was named for it: it took the article's.
    var regionIsDefault = false
}
