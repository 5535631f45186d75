import Dispatch

/// Reads many articles and extracts their figures, spreading files over the machine's cores. Each worker
/// holds one article's text at a time, so memory grows with the figures kept, not with the files read.
public struct CorpusReader: Sendable {
    public let extractor: FigureExtractor
    /// Readers for formats other than plain text (saved web pages).
    public let converters: [any DocumentConverter]

    /// Where figures extracted before are looked up by file content, and new ones kept.
    public let cache: (any ExtractionCache)?

    public init(
        extractor: FigureExtractor, converters: [any DocumentConverter] = [], cache: (any ExtractionCache)? = nil
    ) {
        self.extractor = extractor
        self.converters = converters
        self.cache = cache
    }

    /// File endings read when walking folders.
    public var fileExtensions: Set<String> {
        converters.reduce(ArticleLoader.articleExtensions) { $0.union($1.fileExtensions) }
    }

    /// The outcome of reading a set of paths, in the order the files were found.
    public struct Result: Sendable {
        public var articles: [ArticleSummary] = []
        public var figures = FigureList()
        public var failures: [LoadFailure] = []
        /// Paths passed over: a file or folder already read through another path, a link loop, a link to
        /// nothing. Their figures, if any, are counted once through the first path.
        public var skipped: [SkippedPath] = []
        public init() {}
    }

    /// Reads every article under `paths`; `progress` is called (from any thread) after each file.
    public func read(_ paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Result {
        read(discover(paths), progress: progress)
    }

    /// The files under `paths` this reader would read, found without reading any: the commands look first,
    /// so that a path with no article in it ends the run before anything is shown.
    public func discover(_ paths: [String]) -> Discovery {
        ArticleLoader.discover(paths, extensions: fileExtensions)
    }

    /// Reads the files `discovery` found; its failures and skipped paths come first in the result.
    public func read(_ discovery: Discovery, progress: (@Sendable (Int, Int) -> Void)? = nil) -> Result {
        var result = read(files: discovery.files, progress: progress)
        result.failures = discovery.failures + result.failures
        result.skipped = discovery.skipped + result.skipped
        return result
    }

    /// Reads the given files (no folder walking). A file reached by more than one path (by device and
    /// inode, found when it is opened or looked up) is counted once, through the first; the others are
    /// skipped.
    public func read(files: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Result {
        let slots = SlotArray(count: files.count)
        let claims = FileClaims()
        let counter = ProgressCounter()
        let next = ProgressCounter()
        let workers = max(1, min(files.count, ProcessInfoCores.active))
        // Workers take the next few files as they go, rather than a fixed share each: on a machine where
        // other programs hold a core now and then, the worker that runs does the work.
        let chunk = 8
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let memo = WordKeyMemo()
            while true {
                let start = (next.increment() - 1) * chunk
                guard start < files.count else { return }
                for index in start..<min(start + chunk, files.count) {
                    slots.set(index, readOne(files[index], index: index, claims: claims, memo: memo))
                    if let progress { progress(counter.increment(), files.count) }
                }
            }
        }
        cache?.finishedReading()
        var outcomes = slots.take()
        var result = Result()
        result.articles.reserveCapacity(outcomes.count)
        result.figures.reserveCapacity(parts: outcomes.count)
        var firstPaths: [DeviceInode: String] = [:]
        for index in outcomes.indices {
            guard let (outcome, node) = outcomes[index] else { continue }
            outcomes[index] = nil  // leaves the figures with one owner, the list
            if let node {
                if let first = firstPaths[node] {
                    result.skipped.append(SkippedPath(path: files[index], why: .sameFile(as: first)))
                    continue
                }
                firstPaths[node] = files[index]
            }
            switch outcome {
            case .article(let summary, let figures):
                result.articles.append(summary)
                result.figures.append(part: figures)
            case .failure(let failure):
                result.failures.append(failure)
            case .duplicate:
                break  // an earlier file is the same: skipped above
            }
        }
        return result
    }

    enum Outcome: Sendable {
        case article(ArticleSummary, [Figure])
        case failure(LoadFailure)
        /// An earlier file in the list is the same file: not read or extracted again.
        case duplicate
    }

    /// One file's article and figures: from the cache without reading the file when its identity says it is
    /// unchanged, else read, and looked up by content or extracted; with the file's device and inode once
    /// known, and nothing more when an earlier file in the list is the same file.
    func readOne(_ path: String, index: Int, claims: FileClaims, memo: WordKeyMemo) -> (Outcome, DeviceInode?) {
        if let cache, let identity = FileIdentity.of(path) {
            let node = DeviceInode(identity)
            if claims.isHeldEarlier(node, than: index) { return (.duplicate, node) }
            if let (summary, figures) = cache.lookup(path: path, identity: identity) {
                return (.article(summary, figures), node)
            }
        }
        let converter = ArticleLoader.converter(for: path, among: converters)
        let file: (bytes: [UInt8], identity: FileIdentity)
        switch ArticleLoader.readFile(path) {
        case .success(let read): file = read
        case .failure(let failure): return (.failure(failure), nil)
        }
        let node = DeviceInode(file.identity)
        if claims.isHeldEarlier(node, than: index) { return (.duplicate, node) }
        var key: ContentKey?
        if let cache {
            let format = converter.map { String(describing: type(of: $0)) } ?? "text"
            switch cache.lookup(file.bytes, format: format, path: path, identity: file.identity) {
            case .hit(let summary, let figures): return (.article(summary, figures), node)
            case .miss(let missing): key = missing
            }
        }
        switch ArticleLoader.load(file.bytes, path: path, converter: converter) {
        case .success(let article):
            let reading = extractor.read(article, memo: memo)
            let figures = reading.figures
            let summary = ArticleSummary(
                article, figureCount: figures.count, home: reading.home, stoppedAt: reading.stoppedAt)
            if let cache, let key {
                cache.store(key, path: path, identity: file.identity, summary: summary, figures: figures)
            }
            return (.article(summary, figures), node)
        case .failure(let failure):
            return (.failure(failure), node)
        }
    }
}

/// Which file in the list holds each device and inode so far, so that a worker does not read or extract a
/// file an earlier one in the list is (the list's order decides which path counts, whatever the workers'
/// timing).
final class FileClaims: @unchecked Sendable {
    private var holders: [DeviceInode: Int] = [:]
    private let lock = NSLockCompat()

    /// True when a file earlier in the list holds `node`; else the file at `index` holds it.
    func isHeldEarlier(_ node: DeviceInode, than index: Int) -> Bool {
        lock.withLock {
            if let holder = holders[node], holder < index { return true }
            holders[node] = index
            return false
        }
    }
}

/// Per-file results written by workers into their own slots.
private final class SlotArray: @unchecked Sendable {
    private var storage: [(CorpusReader.Outcome, DeviceInode?)?]
    private let lock = NSLockCompat()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: (CorpusReader.Outcome, DeviceInode?)) {
        lock.withLock { storage[index] = value }
    }

    /// The slots' contents, leaving them empty.
    func take() -> [(CorpusReader.Outcome, DeviceInode?)?] {
        lock.withLock {
            defer { storage = [] }
            return storage
        }
    }
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
