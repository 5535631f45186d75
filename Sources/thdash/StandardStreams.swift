import Foundation
import ThdashExtraction

/// Unbuffered writes to standard output and standard error.
enum StandardStreams {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// What reading the articles could not do, one line each: unreadable files, paths skipped, cache
    /// problems.
    static func report(_ result: CorpusReader.Result, cacheNotes: [CacheNote]) {
        for failure in result.failures { error("thdash: \(failure)") }
        for path in result.skipped { error("thdash: skipped \(path)") }
        for note in cacheNotes { error("thdash: \(note)") }
    }
}
