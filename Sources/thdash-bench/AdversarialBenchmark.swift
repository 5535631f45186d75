import Foundation
import ThdashExtraction

/// Extraction speed on the slowest inputs known (`AdversarialTexts`), on one core: each pattern as one
/// article of `mebibytes`, the median of `passes`; reports each pattern's MB/s and the worst. The goal: no
/// input below 20 MB/s.
enum AdversarialBenchmark {
    static let benchmark = Benchmark(name: "adversarial", summary: "extraction speed on adversarial texts, MB/s") {
        let environment = ProcessInfo.processInfo.environment
        try run(
            catalogPath: Benchmark.catalogPath,
            mebibytes: environment["THDASH_BENCH_MEBIBYTES"].flatMap { Int($0) } ?? 4,
            passes: environment["THDASH_BENCH_PASSES"].flatMap { Int($0) } ?? 3,
            only: environment["THDASH_BENCH_PATTERN"])
    }

    static func run(catalogPath: String, mebibytes: Int, passes: Int, only: String?) throws {
        let extractor = FigureExtractor(catalog: try ProductCatalog.load(path: catalogPath))
        var worst: (name: String, rate: Double)?
        for pattern in AdversarialTexts.patterns where only == nil || only == pattern.name {
            let bytes = AdversarialTexts.text(pattern, bytes: mebibytes << 20)
            var rates: [Double] = []
            var figures = 0
            for _ in 0..<passes {
                let cpu = ThreadClock.now()
                if case .success(let article) = ArticleLoader.article(from: bytes, path: "\(pattern.name).txt") {
                    figures = extractor.extract(article).count
                }
                rates.append(Double(bytes.count) / 1_000_000 / (ThreadClock.now() - cpu))
            }
            let rate = rates.sorted()[passes / 2]
            print(String(format: "adversarial %@: %.1f MB/s (%d figures)", pattern.name, rate, figures))
            if worst == nil || rate < worst!.rate { worst = (pattern.name, rate) }
        }
        if let worst {
            print(
                String(
                    format: "adversarial, one core, worst: %.1f MB/s (%@), %d MiB each, median of %d passes",
                    worst.rate, worst.name, mebibytes, passes))
        }
    }
}
