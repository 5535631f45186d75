import ThdashExtraction
import ThdashModel

/// Building the dataset from 100,000 figures (budget: 100 ms in a release build), and the period table
/// query the dashboard makes on every key.
enum ModelBenchmark {
    static let figureCount = 100_000
    static let runs = 15

    static let build = Benchmark(
        name: "model", summary: "Dataset construction from \(figureCount) synthetic figures"
    ) {
        let corpus = SyntheticFigures(count: figureCount)
        let (milliseconds, cpu, built) = Benchmark.medianMilliseconds(runs: runs) {
            Dataset(figures: corpus.figures, articles: corpus.articles, catalog: corpus.catalog)
        }
        print(
            "model build, \(figureCount) figures: \(format(milliseconds)) ms (median of \(runs))"
                + " [CPU \(format(cpu)) ms; \(built.products.count) products, \(built.periods.count) periods,"
                + " \(built.observations.count) observations, \(built.conflicts.count) conflicts,"
                + " \(built.checks.count) checks]")
    }

    static let query = Benchmark(
        name: "model-query", summary: "one period table (every product, sorted by value) over the same dataset"
    ) {
        let corpus = SyntheticFigures(count: figureCount)
        let dataset = Dataset(figures: corpus.figures, articles: corpus.articles, catalog: corpus.catalog)
        let period = dataset.latestPeriod!
        let (milliseconds, cpu, rows) = Benchmark.medianMilliseconds(runs: 101) {
            dataset.rows(period: period, mode: .yearOnYear, order: .valueDescending).count
        }
        print("model rows query, \(rows) products: \(format(milliseconds)) ms (median of 101) [CPU \(format(cpu)) ms]")
    }

    private static func format(_ milliseconds: Double) -> String {
        NumberFormatting.plain((milliseconds * 100).rounded() / 100)
    }
}
