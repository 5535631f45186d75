import CLibXML2
import ThdashExtraction

/// Reads saved web pages with libxml2's HTML parser: the article's title and publication date from the
/// page's metadata, and the text of its main content with the block structure kept (paragraphs, list
/// items and table rows become lines). Scripts, styles, navigation, comments, related-news boxes and the
/// rest of a site's furniture are left out.
public struct HTMLConverter: DocumentConverter {
    public init() {}

    public var fileExtensions: Set<String> { ["html", "htm", "xhtml"] }

    /// libxml2 must be initialised once before documents are parsed on several threads.
    private static let initialised: Bool = {
        xmlInitParser()
        thd_silence_errors()
        return true
    }()

    public func convert(_ bytes: [UInt8], path: String) -> Result<ConvertedDocument, LoadFailure> {
        _ = Self.initialised
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(LoadFailure(path: path, cause: .binary(offset: nul)))
        }
        guard bytes.count < Int(Int32.max) else {
            return .failure(LoadFailure(path: path, cause: .tooLargeForHTMLParser))
        }
        // A page that is valid UTF-8 is read as UTF-8 (libxml2 would otherwise guess Latin-1 when the page
        // declares no charset); any other page is left to its own declaration.
        let encoding: String? = String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : nil
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, encoding, thd_html_options())
            }
        }
        guard let document else {
            return .failure(LoadFailure(path: path, cause: .notHTML))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            return .failure(LoadFailure(path: path, cause: .emptyHTML))
        }
        let reader = HTMLPageReader(root: root)
        let metadata = reader.metadata()
        let text = reader.mainText()
        return .success(
            ConvertedDocument(
                header: ArticleHeader(
                    title: metadata.title, date: metadata.date, source: metadata.siteName, url: metadata.url),
                text: text))
    }
}
