import ArgumentParser
import ThdashExtraction
import ThdashHTML

/// Options shared by the commands that read articles.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files or folders (default: the embedded corpus in Data/articles).")
    var paths: [String] = []

    @Option(name: .long, help: "Product catalog file (default: Data/catalog.tsv).")
    var catalog: String?

    var resolvedPaths: [String] { paths.isEmpty ? [DataLocator.articlesFolder] : paths }

    /// A reader of the given paths: text and Markdown articles, and saved web pages.
    func makeReader() throws -> CorpusReader {
        CorpusReader(extractor: try makeExtractor(), converters: [HTMLConverter()])
    }

    func makeExtractor() throws -> FigureExtractor {
        let path = catalog ?? DataLocator.catalogPath
        do {
            return FigureExtractor(catalog: try ProductCatalog.load(path: path))
        } catch let error as ProductCatalog.ParseError {
            throw ValidationError("\(path): \(error)")
        } catch {
            throw ValidationError("cannot read the product catalog \(path): \(error.localizedDescription)")
        }
    }
}
