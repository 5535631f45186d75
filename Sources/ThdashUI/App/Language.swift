/// The language of the interface and of product names; L switches between them.
public enum Language: String, CaseIterable, Hashable, Sendable {
    case vietnamese = "vi"
    case english = "en"

    /// The other language.
    public var toggled: Language { self == .vietnamese ? .english : .vietnamese }

    /// The interface strings in this language.
    public var strings: Strings { self == .vietnamese ? .vietnamese : .english }
}
