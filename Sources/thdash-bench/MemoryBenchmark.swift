import Foundation

/// `thdash-bench memory`: whether peak memory grows with the files read or only with the figures kept.
/// Generated folders of 1,250 · 2,500 · 5,000 · 10,000 articles (the first-frame benchmark's generator and
/// seed, so each folder starts with the files of the smaller ones) are read three ways, each in a fresh
/// process whose own peak resident memory (VmHWM) is taken:
/// - thdash: the release binary, `--no-cache`, up to its first frame with every article loaded and shown
///   (every file read, figures kept, model built, screen drawn), as the first-frame benchmark starts it;
/// - reader, kept: `thdash-bench read-folder --keep`, `CorpusReader` as thdash calls it, its result held;
/// - reader, dropped: the same reader and files, in batches whose figures are counted and dropped.
/// Peaks are fitted to `fixed + perFigure × figures` by least squares. The generated articles carry about
/// 22 figures each, so what is kept per article (its summary) is counted in the per-figure cost; the
/// dropped series is the control for the files themselves: its peak should not move as they grow, but for
/// the list of file paths that discovery returns whole (about 120 bytes a file here).
/// A single run per folder and way: peaks vary by well under 1 MiB from run to run.
enum MemoryBenchmark {
    static let counts = [1_250, 2_500, 5_000, 10_000]

    static let benchmark = Benchmark(
        name: "memory", summary: "peak memory over 1,250 to 10,000 articles: kept figures vs files read"
    ) {
        try run()
    }

    /// One folder's peaks, in MiB.
    private struct Size {
        var files: Int
        var bytes: Int
        var figures: Int
        var thdash: Double
        var kept: Double
        var dropped: Double
    }

    static func run() throws {
        let binary = try DashboardRun.thdashPath()
        let bench = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let catalog = Benchmark.catalogPath
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("thdash-memory-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var generator = CorpusGenerator(seed: CorpusGenerator.folderSeed)
        let written = try generator.writeNestedFolders(under: scratch, counts: counts)

        var sizes: [Size] = []
        for (count, summary) in zip(counts, written) {
            let folder = scratch + "/articles-\(count)"
            let dashboard = try DashboardRun.start(binary, arguments: ["--no-cache", "--catalog", catalog, folder])
            let kept = try readFolder(bench, ["--keep", "--catalog", catalog, folder])
            let dropped = try readFolder(bench, ["--catalog", catalog, folder])
            guard kept.files == summary.files, dropped.files == summary.files, kept.figures == dropped.figures else {
                throw BenchmarkError(
                    "\(count) files written, read \(kept.files) (\(kept.figures) figures) kept and \(dropped.files)"
                        + " (\(dropped.figures) figures) dropped")
            }
            sizes.append(
                Size(
                    files: summary.files, bytes: summary.bytes, figures: kept.figures, thdash: dashboard.peakMegabytes,
                    kept: kept.megabytes, dropped: dropped.megabytes))
        }

        let figures = sizes.map { Double($0.figures) }
        let thdashFit = fit(figures, sizes.map(\.thdash))
        let keptFit = fit(figures, sizes.map(\.kept))
        for size in sizes {
            let x = Double(size.figures)
            print(
                String(
                    format: "memory, %d files (%.1f MB of text), %d figures: thdash %.1f MiB peak (%.0f bytes per"
                        + " figure, %+.1f MiB off the fit); reader keeping them %.1f MiB (%+.1f); reader dropping"
                        + " them %.1f MiB",
                    size.files, Double(size.bytes) / 1e6, size.figures, size.thdash,
                    size.thdash * 1_048_576 / x, size.thdash - (thdashFit.fixed + thdashFit.perFigure * x),
                    size.kept, size.kept - (keptFit.fixed + keptFit.perFigure * x), size.dropped))
        }
        let dropped = sizes.map(\.dropped)
        let perFile = fit(sizes.map { Double($0.files) }, dropped).perFigure * 1_048_576
        print(
            String(
                format: "memory fit, peak = fixed + per figure × figures kept: thdash (--no-cache, to its first"
                    + " frame) %.1f MiB + %.0f bytes per figure; reader keeping them %.1f MiB + %.0f bytes;"
                    + " reader dropping them %.1f–%.1f MiB from %d to %d files (%.0f bytes per file)",
                thdashFit.fixed, thdashFit.perFigure * 1_048_576, keptFit.fixed, keptFit.perFigure * 1_048_576,
                dropped.min()!, dropped.max()!, sizes.first!.files, sizes.last!.files, perFile))
    }

    /// What `thdash-bench read-folder` printed, run in a fresh process.
    private static func readFolder(_ bench: String, _ arguments: [String]) throws -> (
        files: Int, figures: Int, megabytes: Double
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bench)
        process.arguments = ["read-folder"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var fields: [String: Int] = [:]
        for field in text.split(whereSeparator: \.isWhitespace) {
            let parts = field.split(separator: "=")
            if parts.count == 2, let value = Int(parts[1]) { fields[String(parts[0])] = value }
        }
        guard process.terminationStatus == 0, let files = fields["files"], let figures = fields["figures"],
            let peak = fields["peak-rss-kb"]
        else { throw BenchmarkError("read-folder \(arguments.joined(separator: " ")) printed: \(text)") }
        return (files, figures, Double(peak) / 1024)
    }

    /// Least-squares line through the points (x, y).
    private static func fit(_ x: [Double], _ y: [Double]) -> (fixed: Double, perFigure: Double) {
        let meanX = x.reduce(0, +) / Double(x.count)
        let meanY = y.reduce(0, +) / Double(y.count)
        var covariance = 0.0
        var variance = 0.0
        for (a, b) in zip(x, y) {
            covariance += (a - meanX) * (b - meanY)
            variance += (a - meanX) * (a - meanX)
        }
        let slope = covariance / variance
        return (meanY - slope * meanX, slope)
    }
}
