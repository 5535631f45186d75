import ArgumentParser
import Foundation
import ThdashCache
import ThdashExtraction
import ThdashHTML

/// Options shared by the commands that read articles.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files or folders (default: the embedded corpus in Data/articles).")
    var paths: [String] = []

    @Option(name: .long, help: "Product catalog file (default: Data/catalog.tsv).")
    var catalog: String?

    @Flag(name: .long, help: "Extract every article again; neither read nor write the cache of extracted figures.")
    var noCache = false

    @Option(
        name: .long,
        help:
            "Folder of the cache of extracted figures (default: $THDASH_CACHE_DIR, else $XDG_CACHE_HOME/thdash, else ~/.cache/thdash)."
    )
    var cacheDir: String?

    var resolvedPaths: [String] { paths.isEmpty ? [DataLocator.articlesFolder] : paths }

    /// A reader of the given paths: text and Markdown articles, and saved web pages, with the cache of
    /// extracted figures unless it is turned off (or there is nowhere to keep it).
    func makeReader() throws -> CorpusReader {
        let extractor = try makeExtractor()
        return CorpusReader(extractor: extractor, converters: [HTMLConverter()], cache: makeCache(for: extractor))
    }

    private func makeCache(for extractor: FigureExtractor) -> FigureCache? {
        if noCache { return nil }
        let folder: String
        if let cacheDir {
            folder = cacheDir
        } else {
            guard let found = try? CacheLocation.folder(environment: ProcessInfo.processInfo.environment) else {
                return nil
            }
            folder = found
        }
        return FigureCache(
            corpus: resolvedPaths, folder: folder, identity: CacheIdentity.of(catalog: extractor.catalog))
    }

    /// Writes what the reader extracted to its cache. A cache that cannot be written costs the next start its
    /// speed, nothing else, so failures are not reported.
    static func saveCache(of reader: CorpusReader) {
        guard let cache = reader.cache as? FigureCache else { return }
        _ = try? cache.save()
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
