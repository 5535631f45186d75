import Foundation
import ThdashExtraction
import ThdashModel
import ThdashUI

/// The dashboard's speed (`thdash-bench ui`, release build):
/// - redraw after a key with 1,000 products listed: the key through `update`, the whole screen rendered into
///   the cell buffer, and the diff the terminal would be sent; median of many presses;
/// - time to first frame: the built `thdash` started on Data/ in a pseudo-terminal with
///   `THDASH_EXIT_AFTER_FIRST_FRAME=1`, timed from spawning it to its report (it exits after the first
///   frame with data); median of several starts.
enum UIBenchmark {
    static let benchmark = Benchmark(
        name: "ui", summary: "redraw after a key with 1,000 products; time to first frame on Data/"
    ) {
        redraw()
        try firstFrame()
    }

    static func redraw(width: Int = 200, height: Int = 60, presses: Int = 400) {
        let corpus = SyntheticFigures(count: 100_000)
        let dataset = Dataset(figures: corpus.figures, articles: corpus.articles, catalog: corpus.catalog)
        for (label, setup, key) in [
            ("products, ↓", [Key.char("2")], Key.down), ("products, s (re-sort)", [.char("2")], .char("s")),
            ("chart, ↓", [.char("3")], .down), ("products, ← (period)", [.char("2")], .left),
        ] {
            var state = AppState(dataset: dataset, width: width, height: height)
            for key in setup { _ = state.handle(key) }
            var buffer = Buffer(width: width, height: height)
            var previous = buffer
            var timings: [Double] = []
            let clock = ContinuousClock()
            for press in 0..<presses {
                // Alternate direction so the selection and period stay in the thick of the data.
                let pressed = press % 40 < 20 ? key : opposite(key)
                let start = clock.now
                _ = state.handle(pressed)
                buffer.clear()
                DashboardView.render(state, into: &buffer)
                let runs = buffer.runs(since: previous)
                timings.append(milliseconds(clock.now - start))
                precondition(!runs.isEmpty || pressed == .char("s") || pressed == .char("S"))
                previous = buffer
            }
            timings.sort()
            print(
                "ui redraw, \(label), \(state.productRows.count) products, \(width)×\(height): "
                    + "median \(format(timings[timings.count / 2])) ms, p95 \(format(timings[timings.count * 95 / 100])) ms"
            )
        }
    }

    private static func opposite(_ key: Key) -> Key {
        switch key {
        case .down: .up
        case .left: .right
        case .char("s"): .char("S")
        default: key
        }
    }

    static func firstFrame(runs: Int = 9) throws {
        let binary = try thdashPath()
        var outside: [Double] = []
        var reports: [String] = []
        for _ in 0..<runs {
            let (elapsed, report) = try startOnce(binary)
            outside.append(elapsed)
            reports.append(report)
        }
        let order = outside.indices.sorted { outside[$0] < outside[$1] }
        let median = order[runs / 2]
        print(
            "ui first frame on Data/, 120×40: \(format(outside[median])) ms from spawn to the data frame's report"
                + " (median of \(runs)); thdash's own report: \(reports[median])")
    }

    /// Starts thdash once in a fresh pseudo-terminal; the time until its report, and the report.
    private static func startOnce(_ binary: String) throws -> (Double, String) {
        // posix_openpt and friends are not imported from Glibc; their Linux ioctls are (TIOCSPTLCK, TIOCGPTN).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw BenchmarkError("cannot open a pseudo-terminal")
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw BenchmarkError("cannot open /dev/pts/\(number)") }
        defer { close(master) }
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        var environment = ProcessInfo.processInfo.environment
        environment["THDASH_EXIT_AFTER_FIRST_FRAME"] = "1"
        environment["TERM"] = "xterm-256color"
        environment["COLUMNS"] = "120"
        environment["LINES"] = "40"
        environment["LC_ALL"] = "C.UTF-8"
        process.environment = environment
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        var transcript: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let marker = Array("data-frame-ms=".utf8)
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        try? terminal.close()
        var elapsed: Duration?
        // Read until the report's line is complete; read fails (EIO) once thdash has closed the terminal.
        while elapsed == nil {
            let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            transcript += chunk[0..<count]
            if let found = transcript.firstRange(of: marker),
                transcript[found.upperBound...].contains(UInt8(ascii: "\n"))
            {
                elapsed = clock.now - start
            }
        }
        process.waitUntilExit()
        let text = String(decoding: transcript, as: UTF8.self)
        guard let elapsed,
            let line = text.split(whereSeparator: \.isNewline).last(where: { $0.contains("first-frame-ms=") })
        else { throw BenchmarkError("thdash printed no first-frame report: \(text.suffix(300))") }
        // The line may start with what endwin sent the terminal; keep the report itself.
        let report = line[line.range(of: "first-frame-ms=")!.lowerBound...]
        return (milliseconds(elapsed), report.trimmingCharacters(in: .whitespaces))
    }

    /// The thdash next to this benchmark (the same build), else `THDASH_BINARY`.
    private static func thdashPath() throws -> String {
        if let path = ProcessInfo.processInfo.environment["THDASH_BINARY"], !path.isEmpty { return path }
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let path = here.appendingPathComponent("thdash").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchmarkError(
                "no thdash next to thdash-bench; build it (swift build -c release) or set THDASH_BINARY")
        }
        return path
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1e3 + Double(attoseconds) / 1e15
    }

    private static func format(_ milliseconds: Double) -> String { String(format: "%.3f", milliseconds) }
}
