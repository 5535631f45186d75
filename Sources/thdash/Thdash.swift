import ArgumentParser
import Foundation
import ThdashExtraction

/// The `thdash` command: the dashboard by default, and the `figures` and `check` reports.
@main
struct Thdash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thdash",
        abstract: "A terminal dashboard of Thanh Hóa's industrial figures, read from Vietnamese news articles.",
        version: "0.1.0",
        subcommands: [DashboardCommand.self, FiguresCommand.self, CheckCommand.self],
        defaultSubcommand: DashboardCommand.self)

    static func main() {
        _ = FirstFrameProbe.start  // the start-up probe counts from here
        let commandLine = FoldedArguments(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(commandLine.arguments)
            if var reader = command as? any CorpusCommand {
                reader.corpus.paths = commandLine.unfold(reader.corpus.paths)
                command = reader
            }
            try command.run()
        } catch {
            exit(printing: error)
        }
    }

    /// Ends the process as `exit(withError:)` does (help on standard output, errors on standard error, the
    /// parser's exit code), but with every line of the message through `PrintableText`'s rule: the
    /// parser's messages quote the user's arguments, and the commands' errors name files and environment
    /// variables, any of which may hold an escape sequence.
    static func exit(printing error: Error) -> Never {
        let message = fullMessage(for: error)
        let code = exitCode(for: error)
        if !message.isEmpty {
            if code == .success {
                StandardStreams.write(StandardStreams.printableLines(message) + "\n")
            } else {
                StandardStreams.errorLines(message)
            }
        }
        Foundation.exit(code.rawValue)
    }
}
