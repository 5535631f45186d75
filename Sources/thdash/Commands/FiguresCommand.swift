import ArgumentParser
import Foundation
import ThdashExtraction

/// `thdash figures`: every figure of the given articles, as a table, JSON or CSV.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Print every figure extracted from the articles.",
        discussion: """
            Unreadable files are reported on standard error, one line each; the figures of every other file \
            are still printed. Paths skipped (a file or folder already read through another path, a symbolic \
            link loop, a link to nothing) are noted there too. The exit status is 1 when any file failed. When \
            no article was read, nothing is printed on standard output.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .long, help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Flag(
        name: .long,
        help: """
            With --format csv: write a UTF-8 byte-order mark first, so that spreadsheets (Excel, LibreOffice) \
            read Vietnamese letters intact.
            """)
    var bom = false

    func validate() throws {
        if bom && format != .csv { throw ValidationError("--bom goes only with --format csv") }
    }

    func run() throws {
        let reader = try corpus.makeReader()
        let result = reader.read(corpus.resolvedPaths)
        let cacheNotes = CorpusOptions.saveCacheNotingProblems(of: reader)
        if result.articles.isEmpty { try corpus.endWithoutArticles(result, cacheNotes: cacheNotes, reader: reader) }
        switch format {
        case .table: try StandardStreams.write(FigureTable.render(result.figures))
        case .json: try StandardStreams.write(bytes: FigureJSON.encodeBytes(result.figures))
        case .csv: try StandardStreams.write(bytes: FigureCSV.encodeBytes(result.figures, withByteOrderMark: bom))
        }
        try StandardStreams.report(result, cacheNotes: cacheNotes)
        if !result.failures.isEmpty { throw ExitCode(1) }
    }
}
