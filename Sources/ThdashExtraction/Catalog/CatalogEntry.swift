/// A product, an index, an economy aggregate or a product line known to the catalog.
///
/// A value type over shared immutable storage: the extractor copies entries into every span and subject it
/// resolves, and one reference is cheaper to copy than six strings.
public struct CatalogEntry: Sendable, Hashable, Codable {
    /// The catalog file's `type` column: a line, or the class of a subject.
    public enum Kind: String, Sendable, Hashable, Codable {
        case line
        case product
        case index
        case economy

        /// The class of the subjects of this kind; nil for a line.
        public var subjectClass: SubjectClass? {
            switch self {
            case .line: return nil
            case .product: return .product
            case .index: return .index
            case .economy: return .economy
            }
        }
    }

    private final class Storage: Sendable {
        let kind: Kind
        let id: String
        let line: String
        let nameVI: String
        let nameEN: String
        let unit: String
        let aliases: [String]

        init(kind: Kind, id: String, line: String, nameVI: String, nameEN: String, unit: String, aliases: [String]) {
            self.kind = kind
            self.id = id
            self.line = line
            self.nameVI = nameVI
            self.nameEN = nameEN
            self.unit = unit
            self.aliases = aliases
        }
    }

    private let storage: Storage

    public var kind: Kind { storage.kind }
    public var subjectClass: SubjectClass? { storage.kind.subjectClass }
    /// Canonical id ("cement", "iip-mining", "construction-materials").
    public var id: String { storage.id }
    /// Product line id; for a line, its own id.
    public var line: String { storage.line }
    public var nameVI: String { storage.nameVI }
    public var nameEN: String { storage.nameEN }
    /// Usual unit of output figures ("triệu tấn"), empty when none.
    public var unit: String { storage.unit }
    /// Ways articles write the name; the Vietnamese name is always one of them.
    public var aliases: [String] { storage.aliases }

    public init(
        kind: Kind, id: String, line: String, nameVI: String, nameEN: String, unit: String, aliases: [String]
    ) {
        storage = Storage(
            kind: kind, id: id, line: line, nameVI: nameVI, nameEN: nameEN, unit: unit, aliases: aliases)
    }

    public static func == (lhs: CatalogEntry, rhs: CatalogEntry) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.kind == rhs.kind && lhs.id == rhs.id && lhs.line == rhs.line && lhs.nameVI == rhs.nameVI
                && lhs.nameEN == rhs.nameEN && lhs.unit == rhs.unit && lhs.aliases == rhs.aliases)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    private enum CodingKeys: String, CodingKey { case kind, id, line, nameVI, nameEN, unit, aliases }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try c.decode(Kind.self, forKey: .kind), id: try c.decode(String.self, forKey: .id),
            line: try c.decode(String.self, forKey: .line), nameVI: try c.decode(String.self, forKey: .nameVI),
            nameEN: try c.decode(String.self, forKey: .nameEN), unit: try c.decode(String.self, forKey: .unit),
            aliases: try c.decode([String].self, forKey: .aliases))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(id, forKey: .id)
        try c.encode(line, forKey: .line)
        try c.encode(nameVI, forKey: .nameVI)
        try c.encode(nameEN, forKey: .nameEN)
        try c.encode(unit, forKey: .unit)
        try c.encode(aliases, forKey: .aliases)
    }
}
