import Foundation
import ThdashExtraction

/// Extraction speed on one core: a generated corpus of at least 50 MB, loaded from memory and extracted
/// article by article; reports MB/s (the median of several passes; MB = 10⁶ bytes, the goal's unit) and the
/// figures found. As thdash does, each pass keeps the figures it extracts; they are freed after the pass's
/// timing, like the model benchmark's results.
enum ExtractionBenchmark {
    /// `mebibytes` of text (64 MiB: 67 MB).
    static func run(catalogPath: String, mebibytes: Int = 64, passes: Int = 5) throws {
        let extractor = FigureExtractor(catalog: try ProductCatalog.load(path: catalogPath))
        var generator = CorpusGenerator(seed: 20_201_008)
        var articles: [[UInt8]] = []
        var total = 0
        while total < mebibytes << 20 {
            let text = Array(generator.article(index: articles.count, pageChrome: articles.count % 3 != 0).utf8)
            total += text.count
            articles.append(text)
        }
        let paths = articles.indices.map { "gen-\($0).txt" }
        var rates: [Double] = []
        var wallRates: [Double] = []
        var figures = 0
        for _ in 0..<passes {
            var kept: [[Figure]] = []
            let memo = WordKeyMemo()  // one per pass, as each of thdash's workers keeps one
            kept.reserveCapacity(articles.count)
            let wall = DispatchTime.now().uptimeNanoseconds
            let cpu = ThreadClock.now()
            for (index, bytes) in articles.enumerated() {
                if case .success(let article) = ArticleLoader.article(from: bytes, path: paths[index]) {
                    kept.append(extractor.extract(article, memo: memo))
                }
            }
            let megabytes = Double(total) / 1_000_000
            rates.append(megabytes / (ThreadClock.now() - cpu))
            wallRates.append(megabytes / (Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9))
            figures = kept.reduce(0) { $0 + $1.count }
        }
        rates.sort()
        wallRates.sort()
        print(
            String(
                format: "extraction, one core: %.1f MB/s of CPU time (wall clock %.1f MB/s), median of %d passes over "
                    + "%.1f MB: %d articles, %d figures, %.0f bytes per figure",
                rates[rates.count / 2], wallRates[wallRates.count / 2], passes, Double(total) / 1_000_000,
                articles.count, figures, Double(total) / Double(max(figures, 1))))
    }
}
