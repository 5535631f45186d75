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
        let binary = try DashboardRun.thdashPath()
        // Data/ is small: the cache changes little here, and it is left out so that the figure stays the
        // cold start it always was.
        let median = DashboardRun.median(
            try (0..<runs).map { _ in try DashboardRun.start(binary, arguments: ["--no-cache"]) })
        print(
            "ui first frame on Data/, 120×40: \(format(median.frameMilliseconds)) ms from spawn to the data frame"
                + " (\(format(median.milliseconds)) ms to its report; median of \(runs)); thdash's own report:"
                + " \(median.report)")
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1e3 + Double(attoseconds) / 1e15
    }

    private static func format(_ milliseconds: Double) -> String { String(format: "%.3f", milliseconds) }
}
