import Foundation
import ThdashExtraction

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Figures extracted before, kept on disk by file content: one cache file per corpus (the paths opened),
/// read whole when opened, consulted for every file read, and rewritten by `save` when something changed.
///
/// A file that cannot be used (damaged, cut short, made by another extractor or catalog) is ignored and
/// replaced on `save`; `problem` says why. Nothing here ever stops articles from loading: a failure only
/// means extracting again.
public final class FigureCache: ExtractionCache, @unchecked Sendable {
    /// The cache file.
    public let path: String
    /// Why an existing cache file was not used, if it was not.
    public let problem: String?
    /// How many files were answered from the cache, and how many were extracted.
    public var hits: Int { lock.withLock { hitCount } }
    public var misses: Int { lock.withLock { missCount } }
    /// How many articles the cache file held when opened (until reading ends or `save`).
    public var recordCount: Int { lock.withLock { file?.index.count ?? 0 } }

    private let identity: ContentKey
    private let lock = NSLock()
    private var file: CacheFile?
    private var used: Set<ContentKey> = []
    private var added: [ContentKey: [UInt8]] = [:]
    private var formatSeeds: [String: UInt64] = [:]
    private var hitCount = 0
    private var missCount = 0
    /// Set when a read used every record and added none.
    private var unchanged = false

    /// Opens the cache file at `path` for an extractor and catalog with `identity`.
    public init(path: String, identity: ContentKey) {
        self.path = path
        self.identity = identity
        do {
            file = try CacheFile.load(path: path, identity: identity)
            problem = nil
        } catch .unreadable(_) where access(path, F_OK) != 0 {
            file = nil
            problem = nil  // no cache yet
        } catch {
            file = nil
            problem = "cache file \(path) \(error); it will be rebuilt"
        }
    }

    /// The cache of the corpus made of `paths`, in `folder`.
    public convenience init(corpus paths: [String], folder: String, identity: ContentKey) {
        self.init(path: folder + "/" + Self.fileName(corpus: paths), identity: identity)
    }

    /// `corpus-<hash of the absolute paths>.cache`: the same folders opened from anywhere share a file.
    public static func fileName(corpus paths: [String]) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = paths.map { path -> String in
            if let real = realpath(path, nil) {
                defer { free(real) }
                return String(cString: real)
            }
            return path.hasPrefix("/") ? path : cwd + "/" + path
        }
        return "corpus-\(ContentHasher.hash(Array(absolute.joined(separator: "\n").utf8))).cache"
    }

    public func lookup(_ bytes: [UInt8], format: String, path: String) -> ExtractionCacheLookup {
        let (file, seed) = lock.withLock { () -> (CacheFile?, UInt64) in
            if let seed = formatSeeds[format] { return (self.file, seed) }
            let seed = ContentHasher.hash(Array(format.utf8)).low
            formatSeeds[format] = seed
            return (self.file, seed)
        }
        let key = ContentHasher.hash(bytes, seed: seed)
        guard let file, let range = file.index[key],
            let (summary, figures) = file.bytes.withUnsafeBytes({ try? ArticleRecord.decode($0, range, path: path) })
        else {
            lock.withLock { missCount += 1 }
            return .miss(key)
        }
        lock.withLock {
            used.insert(key)
            hitCount += 1
        }
        return .hit(summary, figures)
    }

    public func store(_ key: ContentKey, summary: ArticleSummary, figures: [Figure]) {
        let record = ArticleRecord.encode(summary: summary, figures: figures)
        lock.withLock { added[key] = record }
    }

    /// When every record of the file was used and none added, the file needs no rewriting: its bytes are
    /// freed now rather than after the dataset is built.
    public func finishedReading() {
        lock.withLock {
            guard let file, added.isEmpty, used.count == file.index.count, problem == nil else { return }
            self.file = nil
            unchanged = true
        }
    }

    /// Rewrites the cache file with the records used or added since it was opened, when that changes it;
    /// records of files no longer in the corpus are dropped. True when the file was written. The records
    /// are released either way: call this once, after reading.
    @discardableResult
    public func save() throws -> Bool {
        let (file, used, added, unchanged) = lock.withLock {
            defer {
                self.file = nil
                self.added = [:]
            }
            return (self.file, self.used, self.added, self.unchanged)
        }
        if unchanged || (added.isEmpty && used.count == (file?.index.count ?? 0) && problem == nil) { return false }
        var records: [(ContentKey, ArraySlice<UInt8>)] = []
        records.reserveCapacity(used.count + added.count)
        if let file {
            for key in used { records.append((key, file.bytes[file.index[key]!])) }
        }
        for (key, record) in added { records.append((key, record[...])) }
        records.sort { ($0.0.high, $0.0.low) < ($1.0.high, $1.0.low) }
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        CacheFile.removeAbandonedTemporaries(of: path)
        try CacheFile.writeAtomically(CacheFile.encode(identity: identity, records: records), to: path)
        return true
    }
}
