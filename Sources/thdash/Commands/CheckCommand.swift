import ArgumentParser
import ThdashExtraction
import ThdashModel

/// `thdash check`: what the articles give the dashboard, and what in them needs a person's eye.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report on the articles: figures, periods, unknown subjects, conflicts and consistency checks.",
        discussion: """
            Loads the articles as the dashboard does and prints: articles read, whom each is about and their \
            figures, the articles not about the home province, periods covered, subjects the catalog does not \
            know, conflicting values, failed consistency checks, units that do not convert to the catalog's, \
            unreadable files and paths skipped (read through another path, a symbolic link loop, a link to \
            nothing), then any problem with the cache of extracted figures (a cache file not used or \
            not written). --format json gives the same as one JSON object. The exit status is 1 when any file \
            could not be read; the cache does not change it. When no article was read, nothing is printed and \
            the reasons go to standard error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .long, help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    func run() throws {
        let reader = try corpus.makeReader()
        let result = reader.read(corpus.resolvedPaths)
        let cacheNotes = CorpusOptions.saveCacheNotingProblems(of: reader)
        if result.articles.isEmpty { try corpus.endWithoutArticles(result, cacheNotes: cacheNotes, reader: reader) }
        let dataset = Dataset(result, catalog: reader.extractor.catalog)
        let report = CheckReport(
            dataset: dataset, failures: result.failures, skipped: result.skipped, cacheNotes: cacheNotes)
        try StandardStreams.write(format == .json ? report.renderJSON() : report.render())
        if !result.failures.isEmpty { throw ExitCode(1) }
    }
}
