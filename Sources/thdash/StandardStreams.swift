import Foundation
import ThdashExtraction

/// Unbuffered writes to standard output and standard error. What goes to standard error carries file
/// names, option values and environment variables, any of which may hold an escape sequence: it goes
/// through `PrintableText`'s rule.
enum StandardStreams {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// One line on standard error, every control character in it escaped (a line break too: one record,
    /// one line).
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((PrintableText.escapingControls(line) + "\n").utf8))
    }

    /// A message of several lines (the argument parser's, with its usage) on standard error.
    static func errorLines(_ message: String) {
        FileHandle.standardError.write(Data((printableLines(message) + "\n").utf8))
    }

    /// Each line of `text` with its control characters escaped; the line breaks kept.
    static func printableLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(PrintableText.escapingControls)
            .joined(separator: "\n")
    }

    /// What reading the articles could not do, one line each: unreadable files, paths skipped, cache
    /// problems.
    static func report(_ result: CorpusReader.Result, cacheNotes: [CacheNote]) {
        for failure in result.failures { error("thdash: \(failure)") }
        for path in result.skipped { error("thdash: skipped \(path)") }
        for note in cacheNotes { error("thdash: \(note)") }
    }
}
