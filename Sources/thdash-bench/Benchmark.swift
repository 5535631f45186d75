import Foundation

/// A named benchmark; `run` does the work and prints its result line.
struct Benchmark: Sendable {
    var name: String
    var summary: String
    var run: @Sendable () throws -> Void

    /// Every benchmark `thdash-bench` knows, in the order they run.
    static let all: [Benchmark] = [
        Benchmark(name: "extraction", summary: "figure extraction speed on one core, MB/s") {
            // THDASH_BENCH_MEBIBYTES and THDASH_BENCH_PASSES make a short run, for counting instructions.
            let environment = ProcessInfo.processInfo.environment
            try ExtractionBenchmark.run(
                catalogPath: catalogPath, mebibytes: environment["THDASH_BENCH_MEBIBYTES"].flatMap { Int($0) } ?? 64,
                passes: environment["THDASH_BENCH_PASSES"].flatMap { Int($0) } ?? 5)
        },
        AdversarialBenchmark.benchmark,
        ModelBenchmark.build,
        ModelBenchmark.query,
        UIBenchmark.benchmark,
        FirstFrameBenchmark.benchmark,
        MemoryBenchmark.benchmark,
    ]

    /// Milliseconds of the median of `runs` timings of `body` (wall clock, and this thread's CPU time, which
    /// other processes on a busy machine disturb less), after `warmups` untimed runs, and the last result.
    /// Each result is freed outside the timed span.
    static func medianMilliseconds<Result>(
        runs: Int, warmups: Int = 2, _ body: () -> Result
    ) -> (milliseconds: Double, cpuMilliseconds: Double, result: Result) {
        for _ in 0..<warmups { _ = body() }
        var wall: [Double] = []
        var cpu: [Double] = []
        var last: Result?
        for _ in 0..<runs {
            last = nil
            let start = (now(CLOCK_MONOTONIC), now(CLOCK_THREAD_CPUTIME_ID))
            let result = body()
            wall.append(now(CLOCK_MONOTONIC) - start.0)
            cpu.append(now(CLOCK_THREAD_CPUTIME_ID) - start.1)
            last = result
        }
        return (wall.sorted()[runs / 2], cpu.sorted()[runs / 2], last!)
    }

    /// Milliseconds on `clock`.
    private static func now(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
    }

    /// Data/catalog.tsv: under `THDASH_DATA`, else ./Data, else the checkout this binary was built from.
    static var catalogPath: String {
        if let data = ProcessInfo.processInfo.environment["THDASH_DATA"], !data.isEmpty {
            return data + "/catalog.tsv"
        }
        if FileManager.default.fileExists(atPath: "Data/catalog.tsv") { return "Data/catalog.tsv" }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/catalog.tsv").path
    }
}
