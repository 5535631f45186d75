import ArgumentParser
import ThdashExtraction

/// How a command ends when the paths it was given yield no article (a path that does not exist, a folder
/// with no article file in it, files that cannot be read): every reason on standard error, nothing on
/// standard output (no empty table, no empty dashboard), and status 1.
enum NoArticleRead {
    /// Writes the reasons and throws `ExitCode(1)`: a line for each path that could not be read or was
    /// skipped, and, when no path failed (folders without an article file), one line naming the paths and
    /// the file endings that are read.
    static func end(
        paths: [String], failures: [LoadFailure], skipped: [SkippedPath], cacheNotes: [CacheNote],
        extensions: Set<String>
    ) throws -> Never {
        var result = CorpusReader.Result()
        result.failures = failures
        result.skipped = skipped
        try StandardStreams.report(result, cacheNotes: cacheNotes)
        if failures.isEmpty { try StandardStreams.error("thdash: " + message(paths: paths, extensions: extensions)) }
        throw ExitCode(1)
    }

    /// "no article file (.htm, .html, .markdown, .md, .txt, .xhtml) in /tmp/empty"
    static func message(paths: [String], extensions: Set<String>) -> String {
        if paths.isEmpty { return "no path to read: the list given with --files-from is empty" }
        let endings = extensions.sorted().map { "." + $0 }.joined(separator: ", ")
        let named: String
        switch paths.count {
        case 1...3: named = paths.joined(separator: ", ")
        default: named = "\(paths[0]), \(paths[1]) and \(paths.count - 2) more paths"
        }
        return "no article file (\(endings)) in \(named)"
    }
}
