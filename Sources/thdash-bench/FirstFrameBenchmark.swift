import Foundation

/// `thdash-bench first-frame`: the dashboard opened on a generated folder of 5,000 articles (about 25 MB of
/// text reports and saved pages), timed from spawning the release `thdash` to its first frame with every
/// article loaded and shown (goal: 300 ms), with its peak resident memory (goal: under 150 MB):
/// - cold: with an empty cache (its own temporary folder), every article extracted and the cache written;
/// - warm: with the cache the cold starts filled.
/// Medians of several starts; the folder and the cache are deleted afterwards.
enum FirstFrameBenchmark {
    static let articles = 5_000

    static let benchmark = Benchmark(
        name: "first-frame", summary: "first complete frame and peak memory at 5,000 articles, cold and warm cache"
    ) {
        try run()
    }

    static func run(coldRuns: Int = 5, warmRuns: Int = 9) throws {
        let binary = try DashboardRun.thdashPath()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "thdash-first-frame-\(getpid())"
        ).path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let corpus = scratch + "/articles"
        var generator = CorpusGenerator(seed: CorpusGenerator.folderSeed)
        let written = try generator.writeFolder(corpus, count: articles)
        let size = String(format: "%.1f MiB", Double(written.bytes) / 1_048_576)
        let cache = ["THDASH_CACHE_DIR": scratch + "/cache"]

        // Cold: an empty cache each time, so every article is extracted and the cache written.
        let cold = try (0..<coldRuns).map { _ in
            try? FileManager.default.removeItem(atPath: scratch + "/cache")
            return try DashboardRun.start(binary, arguments: [corpus], environment: cache)
        }
        let warm = try (0..<warmRuns).map { _ in
            try DashboardRun.start(binary, arguments: [corpus], environment: cache)
        }
        for (label, runs) in [("cold, cache empty", cold), ("warm cache", warm)] {
            let median = DashboardRun.median(runs)
            print(
                "first frame, \(articles) articles (\(size)), \(label): \(format(median.frameMilliseconds)) ms from"
                    + " spawn to the complete frame (median of \(runs.count); \(format(median.milliseconds)) ms to its"
                    + " report after quitting); thdash's own: \(median.report)")
        }
        for (label, runs) in [("cold, cache empty", cold), ("warm cache", warm)] {
            let peaks = runs.map(\.peakMegabytes).sorted()
            print(
                "peak memory, \(articles) articles, \(label): \(format(peaks[peaks.count / 2])) MiB"
                    + " (median of \(runs.count); highest \(format(peaks.last!)) MiB; thdash's VmHWM, writing the cache included)"
            )
        }
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
