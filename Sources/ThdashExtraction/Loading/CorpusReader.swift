import Dispatch

/// Reads many articles and extracts their figures, spreading files over the machine's cores. Each worker
/// holds one article's text at a time, so memory grows with the figures kept, not with the files read.
public struct CorpusReader: Sendable {
    public let extractor: FigureExtractor
    /// Readers for formats other than plain text (saved web pages).
    public let converters: [any DocumentConverter]

    public init(extractor: FigureExtractor, converters: [any DocumentConverter] = []) {
        self.extractor = extractor
        self.converters = converters
    }

    /// File endings read when walking folders.
    public var fileExtensions: Set<String> {
        converters.reduce(ArticleLoader.articleExtensions) { $0.union($1.fileExtensions) }
    }

    /// The outcome of reading a set of paths, in the order the files were found.
    public struct Result: Sendable {
        public var articles: [ArticleSummary] = []
        public var figures: [Figure] = []
        public var failures: [LoadFailure] = []
        public init() {}
    }

    /// Reads every article under `paths`; `progress` is called (from any thread) after each file.
    public func read(_ paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Result {
        let (files, discoveryFailures) = ArticleLoader.discover(paths, extensions: fileExtensions)
        var result = read(files: files, progress: progress)
        result.failures = discoveryFailures + result.failures
        return result
    }

    /// Reads the given files (no folder walking).
    public func read(files: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Result {
        let slots = SlotArray(count: files.count)
        let counter = ProgressCounter()
        let workers = max(1, min(files.count, ProcessInfoCores.active))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < files.count {
                slots.set(index, readOne(files[index]))
                if let progress { progress(counter.increment(), files.count) }
                index += workers
            }
        }
        var result = Result()
        for outcome in slots.values {
            switch outcome {
            case .article(let summary, let figures):
                result.articles.append(summary)
                result.figures.append(contentsOf: figures)
            case .failure(let failure):
                result.failures.append(failure)
            case nil:
                break
            }
        }
        return result
    }

    enum Outcome: Sendable {
        case article(ArticleSummary, [Figure])
        case failure(LoadFailure)
    }

    func readOne(_ path: String) -> Outcome {
        switch ArticleLoader.load(path, converters: converters) {
        case .success(let article):
            let figures = extractor.extract(article)
            return .article(ArticleSummary(article, figureCount: figures.count), figures)
        case .failure(let failure):
            return .failure(failure)
        }
    }
}

/// Per-file results written by workers into their own slots.
private final class SlotArray: @unchecked Sendable {
    private var storage: [CorpusReader.Outcome?]
    private let lock = NSLockCompat()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: CorpusReader.Outcome) {
        lock.withLock { storage[index] = value }
    }

    var values: [CorpusReader.Outcome?] { lock.withLock { storage } }
}

private final class ProgressCounter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLockCompat()
    func increment() -> Int {
        lock.withLock {
            count += 1; return count
        }
    }
}
