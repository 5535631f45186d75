/// A product line from the catalog (or the "other" line of unknown subjects) and its products in order.
public struct ProductLine: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var nameEN: String
    /// Ids of the line's products that have figures, in display order.
    public var products: [String]

    public init(id: String, name: String, nameEN: String, products: [String] = []) {
        self.id = id
        self.name = name
        self.nameEN = nameEN
        self.products = products
    }

    /// The id of the line that holds subjects the catalog does not know.
    public static let otherID = "other"
    public var isOther: Bool { id == Self.otherID }
}
