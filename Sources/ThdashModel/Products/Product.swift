/// A product, an aggregate indicator, or a subject the catalog does not know, with the figures counted for it.
public struct Product: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case product
        case indicator
        /// A subject the catalog does not know; kept under the "other" line, keyed by its folded text.
        case unknown
    }

    /// Catalog id ("cement"), or for an unknown subject `Product.unknownPrefix` + its folded text.
    public var id: String
    public var kind: Kind
    /// Product line id.
    public var line: String
    /// Vietnamese name from the catalog; for an unknown subject, its first spelling seen.
    public var name: String
    /// English name from the catalog; empty for an unknown subject.
    public var nameEN: String
    /// Usual unit of output figures from the catalog; empty when none or unknown.
    public var unit: String
    /// For an unknown subject: every spelling seen, in order of appearance. Empty for catalog entries.
    public var spellings: [String]
    /// Figures of every region and period, before merging.
    public var figureCount: Int
    /// True when some figure of the home region counts for this product (it appears in the period tables).
    public var hasHomeData: Bool

    public init(
        id: String, kind: Kind, line: String, name: String, nameEN: String = "", unit: String = "",
        spellings: [String] = [], figureCount: Int = 0, hasHomeData: Bool = false
    ) {
        self.id = id
        self.kind = kind
        self.line = line
        self.name = name
        self.nameEN = nameEN
        self.unit = unit
        self.spellings = spellings
        self.figureCount = figureCount
        self.hasHomeData = hasHomeData
    }

    /// Prefix of the ids given to unknown subjects ("other:nuoc thai").
    public static let unknownPrefix = "other:"

    /// The id of the unknown subject whose folded text is `folded`.
    public static func unknownID(folded: String) -> String { unknownPrefix + folded }
}
