import Foundation
import ThdashExtraction
import ThdashModel
import ThdashUI

/// The dashboard's speed (`thdash-bench ui`, release build):
/// - redraw after each kind of key with 1,300 products listed: the key through `update`, the whole screen
///   rendered into the cell buffer, and the diff the terminal would be sent (what `TerminalRunner` does per
///   key, short of ncurses); median and 95th percentile of many presses of each key, in wall-clock time and
///   in the thread's CPU time (which excludes the time other processes on a busy machine take the core);
/// - time to first frame: the built `thdash` started on Data/ in a pseudo-terminal with
///   `THDASH_EXIT_AFTER_FIRST_FRAME=1`, timed from spawning it to its report (it exits after the first
///   frame with data); median of several starts.
enum UIBenchmark {
    static let benchmark = Benchmark(
        name: "ui", summary: "redraw after each key with 1,300 products; time to first frame on Data/"
    ) {
        redraw()
        try firstFrame()
    }

    /// A screen to start from and the keys pressed over and over on it, in order; timings are kept per key.
    struct Scenario {
        var screen: String
        var setup: [Key]
        var cycle: [Key]
    }

    /// Every kind of key the dashboard answers, each on the screen where it costs the most.
    static let scenarios: [Scenario] = [
        // Keys come in runs so the selection and the period stay in the thick of the data.
        Scenario(screen: "products", setup: [.char("2")], cycle: runs(.down, .up, length: 20)),
        Scenario(screen: "products", setup: [.char("2")], cycle: runs(.left, .right, length: 10)),
        Scenario(screen: "products", setup: [.char("2")], cycle: [.char("b")]),
        Scenario(screen: "products", setup: [.char("2")], cycle: [.char("p")]),
        Scenario(screen: "products", setup: [.char("2")], cycle: [.char("a")]),
        Scenario(screen: "products", setup: [.char("2")], cycle: [.char("s"), .char("S")]),
        Scenario(
            screen: "products, searching", setup: [.char("2"), .char("/")],
            cycle: "san pham 1".map { Key.char($0) } + Array(repeating: .backspace, count: 10)),
        Scenario(screen: "products", setup: [.char("2"), .down, .down], cycle: [.enter, .escape]),
        Scenario(screen: "lines", setup: [.char("4"), .down], cycle: [.enter, .escape]),
        Scenario(screen: "line", setup: [.char("4"), .enter], cycle: runs(.left, .right, length: 10)),
        Scenario(screen: "chart", setup: [.char("3")], cycle: runs(.down, .up, length: 20)),
        Scenario(screen: "chart", setup: [.char("3")], cycle: runs(.left, .right, length: 10)),
        Scenario(screen: "overview", setup: [], cycle: runs(.left, .right, length: 10)),
        Scenario(screen: "overview", setup: [], cycle: [.char("p")]),
        Scenario(screen: "any", setup: [.down], cycle: [.tab]),
        Scenario(screen: "any", setup: [.down], cycle: Tab.allCases.reversed().map { .char($0.digit) }),
    ]

    private static func runs(_ first: Key, _ second: Key, length: Int) -> [Key] {
        Array(repeating: first, count: length) + Array(repeating: second, count: length)
    }

    static func redraw(width: Int = 200, height: Int = 60, presses: Int = 600) {
        let corpus = SyntheticFigures(count: 100_000)
        let dataset = Dataset(figures: corpus.figures, articles: corpus.articles, catalog: corpus.catalog)
        let clock = ContinuousClock()
        // THDASH_BENCH_SCREEN=NAME keeps the scenarios on that screen (for profiling one of them).
        let only = ProcessInfo.processInfo.environment["THDASH_BENCH_SCREEN"]
        for scenario in scenarios where only == nil || scenario.screen == only {
            var state = AppState(dataset: dataset, width: width, height: height)
            for key in scenario.setup { _ = state.handle(key) }
            var buffer = Buffer(width: width, height: height)
            DashboardView.render(state, into: &buffer)
            var previous = buffer
            var order: [String] = []
            var wall: [String: [Double]] = [:]
            var cpu: [String: [Double]] = [:]
            var phases: [String: [(update: Double, render: Double, diff: Double)]] = [:]
            // The first presses are not timed: caches, allocations and the processor's clock settle.
            let warmup = max(100, scenario.cycle.count)
            for press in 0..<(warmup + presses) {
                let key = scenario.cycle[press % scenario.cycle.count]
                let label = label(of: key, searching: state.search.isEditing)
                let start = clock.now
                let startCPU = ThreadClock.now()
                _ = state.handle(key)
                let updated = clock.now
                buffer.clear()
                DashboardView.render(state, into: &buffer)
                let rendered = clock.now
                let runs = buffer.runs(since: previous)
                let elapsedCPU = (ThreadClock.now() - startCPU) * 1e3
                let elapsed = milliseconds(clock.now - start)
                previous = buffer
                if press < warmup { continue }
                if wall[label] == nil { order.append(label) }
                wall[label, default: []].append(elapsed)
                cpu[label, default: []].append(elapsedCPU)
                phases[label, default: []].append(
                    (
                        milliseconds(updated - start), milliseconds(rendered - updated),
                        milliseconds(clock.now - rendered)
                    ))
                // Keep the diff alive so it is not optimised away.
                precondition(runs.count >= 0)
            }
            for label in order {
                let (median, p95) = percentiles(wall[label]!)
                let (cpuMedian, cpuP95) = percentiles(cpu[label]!)
                let parts = phases[label]!
                let update = percentiles(parts.map(\.update)).0
                let render = percentiles(parts.map(\.render)).0
                let diff = percentiles(parts.map(\.diff)).0
                print(
                    "ui redraw, \(scenario.screen), \(label): median \(format(median)) ms, p95 \(format(p95)) ms"
                        + " (thread CPU time: median \(format(cpuMedian)) ms, p95 \(format(cpuP95)) ms;"
                        + " medians of update \(format(update)), render \(format(render)), diff \(format(diff)) ms;"
                        + " \(wall[label]!.count) presses, \(state.productRows.count) products, \(width)×\(height))")
            }
        }
    }

    /// The median and the 95th percentile.
    private static func percentiles(_ timings: [Double]) -> (Double, Double) {
        let sorted = timings.sorted()
        return (sorted[sorted.count / 2], sorted[sorted.count * 95 / 100])
    }

    /// The key's name in the report; typed search characters share one line, and so do the tab digits.
    private static func label(of key: Key, searching: Bool) -> String {
        switch key {
        case .char where searching: "typing in search"
        case .char(let c) where Tab.allCases.contains(where: { $0.digit == c }): "1–5"
        default: key.displayName
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
