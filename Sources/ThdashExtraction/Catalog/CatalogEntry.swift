/// A product, an aggregate indicator or a product line known to the catalog.
public struct CatalogEntry: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case line
        case product
        case indicator
    }

    public var kind: Kind
    /// Canonical id ("cement", "iip-mining", "construction-materials").
    public var id: String
    /// Product line id; for a line, its own id.
    public var line: String
    public var nameVI: String
    public var nameEN: String
    /// Usual unit of output figures ("triệu tấn"), empty when none.
    public var unit: String
    /// Ways articles write the name; the Vietnamese name is always one of them.
    public var aliases: [String]

    public init(
        kind: Kind, id: String, line: String, nameVI: String, nameEN: String, unit: String, aliases: [String]
    ) {
        self.kind = kind
        self.id = id
        self.line = line
        self.nameVI = nameVI
        self.nameEN = nameEN
        self.unit = unit
        self.aliases = aliases
    }
}
