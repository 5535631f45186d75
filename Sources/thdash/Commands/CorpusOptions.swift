import ArgumentParser
import Foundation
import ThdashCache
import ThdashExtraction
import ThdashHTML

/// Options shared by the commands that read articles.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files or folders (default: the embedded corpus in Data/articles).")
    var paths: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also read the paths listed in a file, one a line (- for standard input).",
            discussion:
                "A list that holds a NUL byte is read as paths separated by NUL bytes, as find -print0 writes them.",
            valueName: "file"))
    var filesFrom: String?

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

    /// The paths to read: those given, else the embedded corpus (a list given with --files-from, even
    /// empty, is the user's choice of paths).
    var resolvedPaths: [String] { paths.isEmpty && filesFrom == nil ? [DataLocator.articlesFolder] : paths }

    /// What is read, for the loading screen: the paths, or the first two and how many there are (the
    /// screen is drawn many times while thousands of paths load).
    var shortDescription: String {
        let paths = resolvedPaths
        if paths == [DataLocator.articlesFolder] { return "Data/articles" }
        if paths.count <= 3 { return paths.joined(separator: ", ") }
        return "\(paths[0]), \(paths[1]) … (\(paths.count))"
    }

    /// Adds the paths of --files-from after those given on the command line.
    mutating func validate() throws {
        guard let filesFrom else { return }
        let bytes: [UInt8]
        do {
            bytes = try PathList.read(filesFrom)
        } catch {
            throw ValidationError("cannot read the list of paths \(filesFrom): \(error)")
        }
        paths += PathList.paths(in: bytes)
    }

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
            corpus: resolvedPaths, folder: folder,
            identity: CacheIdentity.of(catalog: extractor.catalog, outlets: extractor.outlets))
    }

    /// Ends `figures` and `check` when no article was read, with nothing on standard output: status 1 and
    /// the reasons on standard error (`NoArticleRead`), or status 0 and only the cache's notes when an empty
    /// --files-from list named no path (an empty corpus chosen on purpose).
    func endWithoutArticles(
        _ result: CorpusReader.Result, cacheNotes: [CacheNote], reader: CorpusReader
    ) throws -> Never {
        let paths = resolvedPaths
        if paths.isEmpty {
            try StandardStreams.report(result, cacheNotes: cacheNotes)
            throw ExitCode.success
        }
        try NoArticleRead.end(
            paths: paths, failures: result.failures, skipped: result.skipped, cacheNotes: cacheNotes,
            extensions: reader.fileExtensions)
    }

    /// Why the cache file the reader opened was not used, if it was not.
    static func cacheProblem(of reader: CorpusReader) -> CacheNote? {
        (reader.cache as? FigureCache)?.problem
    }

    /// Writes what the reader extracted to its cache; why it could not, if it could not. A cache that cannot
    /// be written costs the next start its speed, nothing else: the commands note it and go on.
    @discardableResult
    static func saveCache(of reader: CorpusReader) -> CacheNote? {
        (reader.cache as? FigureCache)?.saveNotingFailure()
    }

    /// Saves the cache; every problem it had, the file not used and then not written.
    static func saveCacheNotingProblems(of reader: CorpusReader) -> [CacheNote] {
        [cacheProblem(of: reader), saveCache(of: reader)].compactMap { $0 }
    }

    /// The catalog (--catalog, else the data folder's) and the outlets beside it; a line too long to read is
    /// skipped and named on standard error. A --catalog that cannot be read is a usage error; a data folder
    /// that cannot be read, a `RunFailure`.
    func makeExtractor() throws -> FigureExtractor {
        try DataLocator.checkEnvironment()
        let path = catalog ?? DataLocator.catalogPath
        let failure = { (message: String) -> any Error in
            catalog == nil ? RunFailure(message) : ValidationError(message)
        }
        var skipped: [BoundedLineReader.LongLine] = []
        let productCatalog: ProductCatalog
        do {
            productCatalog = try ProductCatalog.load(path: path) { skipped.append($0) }
        } catch let error as ProductCatalog.ParseError {
            throw failure("\(path): \(error)")
        } catch {
            throw failure("cannot read the product catalog \(path): \(error)")
        }
        for line in skipped { try StandardStreams.error("thdash: \(path): catalog \(line)") }
        return FigureExtractor(catalog: productCatalog, outlets: try Self.loadOutlets())
    }

    /// The outlets directory beside the catalog; none when the data folder has no such file.
    static func loadOutlets() throws -> OutletDirectory {
        let path = DataLocator.outletsPath
        guard FileManager.default.fileExists(atPath: path) else { return OutletDirectory() }
        var skipped: [BoundedLineReader.LongLine] = []
        let outlets: OutletDirectory
        do {
            outlets = try OutletDirectory.load(path: path) { skipped.append($0) }
        } catch let error as OutletDirectory.ParseError {
            throw RunFailure("\(path): \(error)")
        } catch {
            throw RunFailure("cannot read the outlets file \(path): \(error)")
        }
        for line in skipped { try StandardStreams.error("thdash: \(path): outlets \(line)") }
        return outlets
    }
}
