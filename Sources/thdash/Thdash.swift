import ArgumentParser
import ThdashExtraction

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `thdash` command: the dashboard by default, and the `figures` and `check` reports.
@main
struct Thdash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thdash",
        abstract: "A terminal dashboard of Thanh Hóa's industrial figures, read from Vietnamese news articles.",
        version: "0.1.0",
        subcommands: [DashboardCommand.self, FiguresCommand.self, CheckCommand.self],
        defaultSubcommand: DashboardCommand.self)

    /// Runs the command as ArgumentParser's `main` does, except that its help and errors go through
    /// `StandardStreams` too, so that every write is checked; a write that fails ends the run by
    /// `StandardStreams.end(after:)`.
    static func main() {
        _ = FirstFrameProbe.start  // the start-up probe counts from here
        _ = StandardStreams.closedAtStart  // before anything opens a file
        // Over a file-size limit (ulimit -f) a write fails with EFBIG instead of killing thdash: a cache file
        // too big only goes unwritten, and output that cannot be written is reported.
        signal(SIGXFSZ, SIG_IGN)
        let commandLine = FoldedArguments(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(commandLine.arguments)
            if var reader = command as? any CorpusCommand {
                reader.corpus.paths = commandLine.unfold(reader.corpus.paths)
                command = reader
            }
            do {
                try command.run()
            } catch let error as ValidationError {
                finish(after: error, in: type(of: command))
            }
        } catch let failure as StreamFailure {
            StandardStreams.end(after: failure)
        } catch let failure as RunFailure {
            do throws(StreamFailure) {
                try StandardStreams.error("thdash: \(failure)")
            } catch {
                StandardStreams.end(after: error)
            }
            exit(withError: ExitCode.failure)
        } catch {
            finish(after: error)
        }
    }

    /// Ends a run whose subcommand found a usage error while running (a --catalog that cannot be read): the
    /// parser would give the root command's usage for it, as it does for any error thrown from `run`, so
    /// this gives the subcommand's, worded as the parser words its own errors.
    private static func finish(after error: ValidationError, in subcommand: any ParsableCommand.Type) -> Never {
        let name = "\(configuration.commandName ?? "thdash") \(subcommand.configuration.commandName ?? "")"
        let message = """
            Error: \(error.message)
            Usage: \(usageString(for: subcommand))
              See '\(name) --help' for more information.
            """
        do throws(StreamFailure) {
            try StandardStreams.errorLines(message)
        } catch {
            StandardStreams.end(after: error)
        }
        exit(withError: ExitCode.validationFailure)
    }

    /// Prints what ArgumentParser has to say about `error` (help and the version on standard output, a
    /// usage error on standard error) and exits with its status. Every line of the message goes through
    /// `PrintableText`'s rule: the parser's messages quote the user's arguments, and the commands' errors
    /// name files and environment variables, any of which may hold an escape sequence.
    private static func finish(after error: any Error) -> Never {
        let status = exitCode(for: error)
        let message = fullMessage(for: error)
        if !message.isEmpty {
            do throws(StreamFailure) {
                if status == .success {
                    try StandardStreams.write(StandardStreams.printableLines(message) + "\n")
                } else {
                    try StandardStreams.errorLines(message)
                }
            } catch {
                StandardStreams.end(after: error)
            }
        }
        exit(withError: status)
    }
}
