import Foundation

/// `thdash-bench memory`: whether peak memory grows with the files read or only with the figures kept.
/// Generated folders of 1,250 · 2,500 · 5,000 · 10,000 articles (the first-frame benchmark's generator and
/// seed, so each folder starts with the files of the smaller ones) are read three ways, each in a fresh
/// process whose own peak resident memory (VmHWM) is taken:
/// - thdash: the release binary, `--no-cache`, up to its first frame with every article loaded and shown
///   (every file read, figures kept, model built, screen drawn), as the first-frame benchmark starts it;
/// - reader, kept: `thdash-bench read-folder --keep`, `CorpusReader` as thdash calls it, its result held;
/// - reader, dropped: the same reader and files, in batches whose figures are counted and dropped.
/// Peaks are fitted to `fixed + slope × figures` by least squares. The dropped series is the control for
/// the files themselves: its peak should not move as they grow, but for the list of file paths that
/// discovery returns whole (about 120 bytes a file here).
/// The generated articles carry about 22 figures each, so in that series what is kept per article (its
/// summary) counts in the per-figure cost. A last corpus separates the two: the 5,000 articles and 5,000
/// notes without a figure (3.4 KB each; reports average 5 KB), whose extra peak over the 5,000 alone is
/// the per-file cost.
/// Each peak is the median of three runs: a single run's can be 1 or 2 MiB off, as the two workers and the
/// allocator happen to interleave.
enum MemoryBenchmark {
    static let counts = [1_250, 2_500, 5_000, 10_000]
    /// The articles the notes are added to (one of `counts`), and the number of notes.
    static let withNotes = 5_000

    static let benchmark = Benchmark(
        name: "memory", summary: "peak memory over 1,250 to 10,000 articles: kept figures vs files read"
    ) {
        try run()
    }

    /// One corpus's peaks, in MiB.
    private struct Peaks {
        var files: Int
        var figures: Int
        var thdash: Double
        var kept: Double
        var dropped: Double
    }

    static func run(runs: Int = 3) throws {
        let binary = try DashboardRun.thdashPath()
        let bench = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let catalog = Benchmark.catalogPath
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("thdash-memory-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var generator = CorpusGenerator(seed: CorpusGenerator.folderSeed)
        let written = try generator.writeNestedFolders(under: scratch, counts: counts)
        let notes = try generator.writeNotes(scratch + "/notes", count: withNotes)

        func measure(_ folders: [String], files: Int) throws -> Peaks {
            var measured: [Peaks] = []
            for _ in 0..<runs {
                let dashboard = try DashboardRun.start(
                    binary, arguments: ["--no-cache", "--catalog", catalog] + folders)
                let kept = try readFolder(bench, ["--keep", "--catalog", catalog] + folders)
                let dropped = try readFolder(bench, ["--catalog", catalog] + folders)
                guard kept.files == files, dropped.files == files, kept.figures == dropped.figures else {
                    throw BenchmarkError(
                        "\(files) files written, read \(kept.files) (\(kept.figures) figures) kept and"
                            + " \(dropped.files) (\(dropped.figures) figures) dropped")
                }
                measured.append(
                    Peaks(
                        files: files, figures: kept.figures, thdash: dashboard.peakMegabytes, kept: kept.megabytes,
                        dropped: dropped.megabytes))
            }
            func median(_ peak: KeyPath<Peaks, Double>) -> Double {
                measured.map { $0[keyPath: peak] }.sorted()[runs / 2]
            }
            return Peaks(
                files: files, figures: measured[0].figures, thdash: median(\.thdash), kept: median(\.kept),
                dropped: median(\.dropped))
        }
        let sizes = try written.map { try measure([scratch + "/articles-\($0.files)"], files: $0.files) }

        let figures = sizes.map { Double($0.figures) }
        let thdashFit = fit(figures, sizes.map(\.thdash))
        let keptFit = fit(figures, sizes.map(\.kept))
        for (size, summary) in zip(sizes, written) {
            let x = Double(size.figures)
            print(
                String(
                    format: "memory, %d files (%.1f MB of text), %d figures: thdash %.1f MiB peak (%.0f bytes per"
                        + " figure, %+.1f MiB off the fit); reader keeping them %.1f MiB (%+.1f); reader dropping"
                        + " them %.1f MiB",
                    size.files, Double(summary.bytes) / 1e6, size.figures, size.thdash,
                    size.thdash * 1_048_576 / x, size.thdash - (thdashFit.fixed + thdashFit.slope * x),
                    size.kept, size.kept - (keptFit.fixed + keptFit.slope * x), size.dropped))
        }
        let dropped = sizes.map(\.dropped)
        let perFile = fit(sizes.map { Double($0.files) }, dropped).slope * 1_048_576
        print(
            String(
                format: "memory fit, peak = fixed + per figure × figures kept: thdash (--no-cache, to its first"
                    + " frame) %.1f MiB + %.0f bytes per figure; reader keeping them %.1f MiB + %.0f bytes;"
                    + " reader dropping them %.1f–%.1f MiB from %d to %d files (%.0f bytes per file)",
                thdashFit.fixed, thdashFit.slope * 1_048_576, keptFit.fixed, keptFit.slope * 1_048_576,
                dropped.min()!, dropped.max()!, sizes.first!.files, sizes.last!.files, perFile))

        // The same figures from twice the files: what the notes add is the cost of a file with no figure.
        let baseIndex = counts.firstIndex(of: withNotes)!
        let base = sizes[baseIndex]
        let mixed = try measure(
            [scratch + "/articles-\(withNotes)", scratch + "/notes"], files: base.files + notes.files)
        guard mixed.figures == base.figures else {
            throw BenchmarkError("the notes gave \(mixed.figures - base.figures) figures; they should give none")
        }
        func added(_ with: Double, _ without: Double) -> String {
            String(
                format: "%.1f MiB (%+.1f MiB, %.0f bytes per note)", with, with - without,
                (with - without) * 1_048_576 / Double(notes.files))
        }
        let megabytes = Double(written[baseIndex].bytes + notes.bytes) / 1e6
        print(
            "memory, \(base.files) articles + \(notes.files) notes without figures"
                + String(format: " (%.1f MB of text), ", megabytes)
                + "\(mixed.figures) figures: thdash \(added(mixed.thdash, base.thdash)); reader keeping them"
                + " \(added(mixed.kept, base.kept)); reader dropping them \(added(mixed.dropped, base.dropped))")
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
    private static func fit(_ x: [Double], _ y: [Double]) -> (fixed: Double, slope: Double) {
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
