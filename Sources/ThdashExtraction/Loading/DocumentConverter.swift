/// Turns a file of another format (a saved web page) into article text and header fields. The extraction
/// layer defines the contract; the HTML reader in its own target implements it, so that this layer needs
/// no C library.
public protocol DocumentConverter: Sendable {
    /// Lowercase file endings this converter reads ("html", "htm").
    var fileExtensions: Set<String> { get }
    /// The document's text, block structure as line breaks, and what its metadata says.
    func convert(_ bytes: [UInt8], path: String) -> Result<ConvertedDocument, LoadFailure>
}

/// What a converter gives back.
public struct ConvertedDocument: Sendable {
    public var header: ArticleHeader
    public var text: String

    public init(header: ArticleHeader, text: String) {
        self.header = header
        self.text = text
    }
}
