import ThdashExtraction

/// A product, an index, an economy aggregate, or a subject the catalog does not know, with the figures
/// counted for it.
public struct Product: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A physical product: listed and ranked on the products screen.
        case product
        /// The industrial production index, its sections, and other indices.
        case index
        /// GRDP and its components, production value, budget, trade.
        case economy
        /// A subject the catalog does not know; kept under the "other" line, keyed by its folded text.
        case unknown

        init(_ subjectClass: SubjectClass) {
            switch subjectClass {
            case .product: self = .product
            case .index: self = .index
            case .economy: self = .economy
            }
        }
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
    /// What is measured, when it is not the output of `baseID`: exports, sales, stocks… of a product are a
    /// series of their own, never compared with its output.
    public var measure: Measure?
    /// The product whose exports, sales… these are; its own id for everything else.
    public var baseID: String
    /// Figures of every region and period, before merging.
    public var figureCount: Int
    /// True when some figure of the home region counts for this product (it appears in the period tables).
    public var hasHomeData: Bool

    public init(
        id: String, kind: Kind, line: String, name: String, nameEN: String = "", unit: String = "",
        spellings: [String] = [], measure: Measure? = nil, baseID: String? = nil, figureCount: Int = 0,
        hasHomeData: Bool = false
    ) {
        self.id = id
        self.measure = measure
        self.baseID = baseID ?? id
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

    /// The id of a product's series of another measure ("cement@export").
    public static func measureID(_ base: String, _ measure: Measure) -> String { base + "@" + measure.rawValue }

    /// A physical product's output: what the products screen lists and ranks.
    public var isListedProduct: Bool { (kind == .product || kind == .unknown) && measure == nil }
}
