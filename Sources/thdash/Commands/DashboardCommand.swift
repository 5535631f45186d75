import ArgumentParser
import Dispatch
import Foundation
import ThdashExtraction
import ThdashModel
import ThdashTerminal
import ThdashUI

/// `thdash [PATH...]`: the dashboard. Without a terminal on standard output, or on one that cannot move the
/// cursor (TERM=dumb), it prints the overview and the products table as plain text instead.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default command).",
        discussion: """
            Keys: ? or F1 lists them all. When standard output is not a terminal, or TERM names one that cannot \
            move the cursor (dumb), prints the overview and the products table as plain text. NO_COLOR turns \
            colours off. THDASH_EXIT_AFTER_FIRST_FRAME=1 (for `thdash-bench ui`) quits after the first frame \
            with data and prints how long it took.
            """)

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Colour theme: \(ThemeChoice.allCases.map(\.rawValue).joined(separator: ", ")).")
    var theme: ThemeChoice = .dark

    @Option(help: "Interface language: vi or en (L switches it in the dashboard).")
    var language: LanguageChoice = .vi

    /// How long loading may hold back the first frame before it shows the progress instead.
    static let quickLoad = DispatchTimeInterval.milliseconds(30)

    func run() throws {
        let reader = try corpus.makeReader()
        let paths = corpus.resolvedPaths
        let discovery = reader.discover(paths)
        if discovery.files.isEmpty {
            try NoArticleRead.end(
                paths: paths, failures: discovery.failures, skipped: discovery.skipped, cacheNotes: [],
                extensions: reader.fileExtensions)
        }
        let loader = DashboardLoader(discovery: discovery, reader: reader)
        let addressesCursor = TerminalSession.addressesCursor()
        guard TerminalSession.isInteractive && addressesCursor else {
            let (dataset, result, cacheNotes) = loader.load()
            let state = AppState(
                dataset: dataset, failures: result.failures, skipped: result.skipped, language: language.language)
            try StandardStreams.write(PlainReport.render(state))
            try StandardStreams.report(result, cacheNotes: cacheNotes)
            if !addressesCursor {
                let term = TerminalSession.environment("TERM") ?? ""
                try StandardStreams.error(
                    "thdash: the terminal type '\(term)' cannot move the cursor, so the dashboard was printed as"
                        + " plain text; set TERM to your terminal's type (for example xterm-256color) to open it")
            }
            if !result.failures.isEmpty { throw ExitCode(1) }
            return
        }
        let mailbox = Mailbox<Action>()
        let (finished, settled) = loader.start(posting: mailbox)
        let environment = ProcessInfo.processInfo.environment
        let resolved = Theme.resolve(preferred: theme.theme, environment: environment, colorCount: 8)
        var state = AppState(
            language: language.language, themeName: resolved.name,
            sourceDescription: corpus.shortDescription)
        if finished.wait(timeout: .now() + Self.quickLoad) == .success {
            for action in mailbox.drain() { _ = state.update(action) }
        }
        var runner = TerminalRunner<Action>(theme: theme.theme, mailbox: mailbox)
        let probe = FirstFrameProbe.isRequested ? FirstFrameProbe() : nil
        var hasData = state.dataset != nil
        if let probe { runner.frameDrawn = { probe.frameDrawn(hasData: hasData) } }
        do {
            _ = try runner.run(
                initial: state,
                update: { state, event in
                    var effect: Effect?
                    switch event {
                    case .key(let key): effect = state.handle(key)
                    case .resize(let width, let height): effect = state.update(.resize(width: width, height: height))
                    case .message(let action): effect = state.update(action)
                    case .tick: effect = nil
                    }
                    // One article, read through the loader that extracted it (saved pages through the HTML
                    // reader), so that the figures' offsets fall on the same text.
                    if case .readArticle(let path) = effect {
                        effect = state.update(
                            .articleRead(path: path, ArticleLoader.load(path, converters: reader.converters)))
                    }
                    // `.redraw` needs nothing more: the runner repaints the whole screen on Ctrl-L itself.
                    return effect != .quit
                },
                view: { state, buffer in
                    hasData = state.dataset != nil
                    DashboardView.render(state, into: &buffer)
                })
        } catch let error as TerminalError {
            var message = "thdash: \(error)"
            if case .unknownTerminalType = error {
                message += "; set TERM to a type terminfo knows (for example xterm-256color)"
            }
            try StandardStreams.error(message)
            throw ExitCode(1)
        }
        // Once the data is shown, let the cache be written (a few tens of ms), so that a quick look still
        // leaves the next start fast; a quit during loading does not wait.
        if hasData { _ = settled.wait(timeout: .now() + .seconds(10)) }
        // After the cache is written, so that its peak memory counts.
        if let probe { try StandardStreams.write(probe.report + "\n") }
    }
}
