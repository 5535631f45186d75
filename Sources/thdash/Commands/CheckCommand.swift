import ArgumentParser
import ThdashExtraction
import ThdashModel

/// `thdash check`: what the articles give the dashboard, and what in them needs a person's eye.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report on the articles: figures, periods, unknown subjects, conflicts and consistency checks.",
        discussion: """
            Loads the articles as the dashboard does and prints: articles read and their figures, periods \
            covered, subjects the catalog does not know, conflicting values, failed consistency checks and \
            unreadable files, then any problem with the cache of extracted figures (a cache file not used or \
            not written). The exit status is 1 when any file could not be read; the cache does not change it.
            """)

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let reader = try corpus.makeReader()
        let result = reader.read(corpus.resolvedPaths)
        let cacheNotes = CorpusOptions.saveCacheNotingProblems(of: reader)
        let dataset = Dataset(result, catalog: reader.extractor.catalog)
        StandardStreams.write(CheckReport(dataset: dataset, failures: result.failures, cacheNotes: cacheNotes).render())
        if !result.failures.isEmpty { throw ExitCode(1) }
    }
}
