import Foundation
import ThdashExtraction
import ThdashHTML

/// `thdash-bench read-folder [--keep] [--catalog PATH] DIR...`: reads every article under the folders as
/// thdash does (`CorpusReader` on both cores, text and saved HTML pages, no cache) and prints
/// `files=N figures=N peak-rss-kb=N`, its own peak resident memory (VmHWM) taken once reading is over.
/// The memory benchmark runs it in a fresh process for each corpus, so each peak is that corpus's alone.
/// - `--keep`: one `read` of the folders, its result (every article's summary and figures) held to the end.
/// - without: the same files in batches of 64, each batch's result dropped once its figures are counted;
///   the list of file paths, which discovery returns whole, is the only thing kept per file.
struct ReadFolderCommand {
    var keep = false
    var catalog = Benchmark.catalogPath
    var folders: [String] = []

    /// Files read per `read(files:)` call when the figures are dropped.
    static let batch = 64

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--keep": keep = true
            case "--catalog":
                guard let value = rest.popFirst() else { throw BenchmarkError("--catalog needs a path") }
                catalog = value
            default:
                guard !argument.hasPrefix("-") else { throw BenchmarkError("unknown option \(argument)") }
                folders.append(argument)
            }
        }
    }

    func run() throws {
        guard !folders.isEmpty else { throw BenchmarkError("a folder is required") }
        let extractor = FigureExtractor(catalog: try ProductCatalog.load(path: catalog))
        let reader = CorpusReader(extractor: extractor, converters: [HTMLConverter()])
        var files = 0
        var figures = 0
        let peak: Int?
        if keep {
            let result = reader.read(folders)
            files = result.articles.count
            figures = result.figures.count
            peak = withExtendedLifetime(result) { Self.peakResidentKilobytes }
        } else {
            let paths = ArticleLoader.discover(folders, extensions: reader.fileExtensions).files
            for start in stride(from: 0, to: paths.count, by: Self.batch) {
                let result = reader.read(files: Array(paths[start..<min(start + Self.batch, paths.count)]))
                files += result.articles.count
                figures += result.figures.count
            }
            peak = Self.peakResidentKilobytes
        }
        guard let peak else { throw BenchmarkError("no VmHWM in /proc/self/status") }
        print("files=\(files) figures=\(figures) peak-rss-kb=\(peak)")
    }

    /// This process's peak resident memory (VmHWM, kB). Unlike `getrusage`'s maximum, it starts afresh at
    /// exec, so it leaves out the peak of the process that spawned this one.
    static var peakResidentKilobytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
    }
}
