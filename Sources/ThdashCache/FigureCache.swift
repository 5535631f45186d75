import Foundation
import ThdashExtraction

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Figures extracted before, kept on disk: one cache file per corpus (the paths opened), read whole when
/// opened, consulted for every file, and rewritten by `save` when something changed.
///
/// Records are keyed by the SHA-256 of a file's bytes and of how they were read, with the file's size kept
/// and checked beside the key: a key two files could share would show one file's figures for the other.
/// Each path's file identity is kept too, so that an unchanged file (same device, inode, size and times,
/// settled before it was last read) is answered without being read or hashed at all.
///
/// A file that cannot be used (damaged, cut short, made by another extractor or catalog) is ignored and
/// replaced on `save`; `problem` says why. Nothing here ever stops articles from loading: a failure only
/// means extracting again. After saving, the folder is kept within `limits` (`CacheSweep`).
public final class FigureCache: ExtractionCache, @unchecked Sendable {
    /// The cache file.
    public let path: String
    /// Why an existing cache file was not used, if it was not.
    public var problem: CacheNote? {
        loading.wait()
        return lock.withLock { loadProblem }
    }
    /// How many files were answered from the cache, and how many were extracted.
    public var hits: Int { lock.withLock { hitCount } }
    public var misses: Int { lock.withLock { missCount } }
    /// How many of the hits were answered from the file's identity alone, without reading it.
    public var unreadHits: Int { lock.withLock { unreadHitCount } }
    /// How many articles the cache file held when opened (until reading ends or `save`).
    public var recordCount: Int {
        loading.wait()
        return lock.withLock { file?.index.count ?? 0 }
    }

    private let identity: ContentKey
    private let limits: CacheLimits
    /// Now, in nanoseconds since the epoch, for the time each file was read (tests move it on).
    private let clock: @Sendable () -> Int64
    private let lock = NSLock()
    /// Left once the file has been read and checked.
    private let loading = DispatchGroup()
    private var loadProblem: CacheNote?
    private var file: CacheFile?
    /// Records of the file answered in this read, to carry into the next file.
    private var used: Set<ContentKey> = []
    /// Sizes of the files whose keys were missed, for their records when they are stored.
    private var missedSizes: [ContentKey: Int64] = [:]
    /// The next cache file, written as records are added; nil until the first is.
    private var writer: CacheFileWriter?
    private var writerFailure: CacheError?
    private var added: Set<ContentKey> = []
    /// What each path looked up in this read was, for the next file.
    private var pathsSeen: [String: CacheFile.PathEntry] = [:]
    private var hitCount = 0
    private var missCount = 0
    private var unreadHitCount = 0
    /// Set when a read used every record and path entry as they were and added none.
    private var unchanged = false
    /// Set by the first `save`; later ones do nothing.
    private var saved = false

    /// Opens the cache file at `path` for an extractor and catalog with `identity`. The file is read and
    /// checked on another thread, while the caller goes on (finding the articles); the first lookup waits
    /// for it.
    public init(
        path: String, identity: ContentKey, limits: CacheLimits = .standard,
        clock: @escaping @Sendable () -> Int64 = FileIdentity.now
    ) {
        self.path = path
        self.identity = identity
        self.limits = limits
        self.clock = clock
        loading.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let outcome: (CacheFile?, CacheNote?)
            do throws(CacheFile.Rejection) {
                outcome = (try CacheFile.load(path: path, identity: identity), nil)
            } catch {
                if case .unreadable = error, access(path, F_OK) != 0 {
                    outcome = (nil, nil)  // no cache yet
                } else {
                    outcome = (nil, error.problem.map { CacheNote(path: path, problem: $0) })
                }
            }
            lock.withLock { (file, loadProblem) = outcome }
            loading.leave()
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
        return "corpus-\(ContentKey.sha256(Array(absolute.joined(separator: "\n").utf8))).cache"
    }

    /// The key of a file's bytes read as `format`: the first 128 bits of the SHA-256 of the format's name,
    /// a NUL and the bytes.
    public static func contentKey(_ bytes: [UInt8], format: String) -> ContentKey {
        .sha256(Array(format.utf8) + [0], bytes)
    }

    public func lookup(path: String, identity: FileIdentity) -> (ArticleSummary, [Figure])? {
        loading.wait()
        guard let (file, entry) = lock.withLock({ self.file.flatMap { file in file.paths[path].map { (file, $0) } } }),
            entry.identity == identity, identity.isTrusted(readAt: entry.readAt),
            let found = answer(file, entry.key, size: identity.size, path: path)
        else { return nil }
        lock.withLock {
            used.insert(entry.key)
            pathsSeen[path] = entry
            hitCount += 1
            unreadHitCount += 1
        }
        return found
    }

    public func lookup(_ bytes: [UInt8], format: String, path: String, identity: FileIdentity) -> ExtractionCacheLookup
    {
        let key = Self.contentKey(bytes, format: format)
        loading.wait()
        let size = Int64(bytes.count)
        // The identity is kept only when it is that of these bytes (the file did not grow while read).
        let entry = size == identity.size ? CacheFile.PathEntry(identity: identity, readAt: clock(), key: key) : nil
        let file = lock.withLock { self.file }
        if let file, let found = answer(file, key, size: size, path: path) {
            lock.withLock {
                used.insert(key)
                if let entry { pathsSeen[path] = entry }
                hitCount += 1
            }
            return .hit(found.0, found.1)
        }
        lock.withLock {
            missedSizes[key] = size
            if let entry { pathsSeen[path] = entry }
            missCount += 1
        }
        return .miss(key)
    }

    /// The record under `key`, when the file it came from had `size` bytes, with `path` put in it.
    private func answer(_ file: CacheFile, _ key: ContentKey, size: Int64, path: String) -> (ArticleSummary, [Figure])?
    {
        guard let record = file.index[key], record.size == size else { return nil }
        return file.bytes.withUnsafeBytes { try? ArticleRecord.decode($0, record.range, path: path) }
    }

    /// Encodes the record and appends it to the next cache file (records are not kept in memory).
    public func store(
        _ key: ContentKey, path: String, identity: FileIdentity, summary: ArticleSummary, figures: [Figure]
    ) {
        let record = ArticleRecord.encode(summary: summary, figures: figures)
        lock.withLock {
            guard writerFailure == nil, !saved, let size = missedSizes[key], added.insert(key).inserted else { return }
            if writer == nil {
                do throws(CacheError) {
                    writer = try makeWriter()
                } catch {
                    writerFailure = error
                    return
                }
            }
            writer!.append(key: key, size: size, record: record[...])
        }
    }

    /// When every record and path entry of the file was used as it was and none added, the file needs no
    /// rewriting: its bytes are freed now rather than after the dataset is built.
    public func finishedReading() {
        loading.wait()
        lock.withLock {
            guard let file, added.isEmpty, used.count == file.index.count, loadProblem == nil,
                pathsSeen == file.paths
            else { return }
            self.file = nil
            unchanged = true
        }
    }

    /// A writer of the next cache file, its folder made first (readable by its owner only).
    private func makeWriter() throws(CacheError) -> CacheFileWriter {
        try Self.makeFolder((path as NSString).deletingLastPathComponent)
        return try CacheFileWriter(for: path, identity: identity)
    }

    /// `mkdir -p` with mode 0700, one folder at a time so that a failure keeps the system's reason ("Not a
    /// directory" when a file is in the way, "Permission denied"), which Foundation's error does not carry.
    /// The reason comes first in the message: on the Sources screen a long path would push it out of view.
    private static func makeFolder(_ folder: String) throws(CacheError) {
        func failure(_ code: Int32, at path: String) -> CacheError {
            .other("\(String(cString: strerror(code))): cannot make the cache folder \(path)")
        }
        let folder = folder.isEmpty ? "." : folder
        var current = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST { throw failure(errno, at: current) }
        }
        var info = stat()
        guard stat(folder, &info) == 0 else { throw failure(errno, at: folder) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw failure(ENOTDIR, at: folder) }
    }

    /// Rewrites the cache file with the records used or added since it was opened, when that changes it;
    /// records of files no longer in the corpus are dropped. True when the file was written. The records
    /// are released either way; calls after the first do nothing.
    @discardableResult
    public func save() throws(CacheError) -> Bool {
        loading.wait()
        let (file, used, added, pathsSeen, unchanged, saved, writer, writerFailure, problem) = lock.withLock {
            defer {
                self.file = nil
                self.writer = nil
                self.saved = true
            }
            return (
                self.file, self.used, self.added, self.pathsSeen, self.unchanged, self.saved, self.writer,
                self.writerFailure, self.loadProblem
            )
        }
        let sameAsRead =
            added.isEmpty && used.count == (file?.index.count ?? 0) && pathsSeen == (file?.paths ?? [:])
            && problem == nil
        if saved { return false }
        if unchanged || sameAsRead {
            writer?.abandon()
            if file != nil || unchanged { markUsed() }
            sweepFolder()
            return false
        }
        if let writerFailure { throw writerFailure }
        let output: CacheFileWriter
        if let writer { output = writer } else { output = try makeWriter() }
        if let file {
            for key in used.subtracting(added) {
                let record = file.index[key]!
                output.append(key: key, size: record.size, record: file.bytes[record.range])
            }
        }
        let kept = used.union(added)
        for (path, entry) in pathsSeen.sorted(by: { $0.key < $1.key }) where kept.contains(entry.key) {
            output.appendPath(path, entry)
        }
        CacheFile.removeAbandonedTemporaries(of: path)
        try output.commit(to: path)
        sweepFolder()
        return true
    }

    /// Sets the cache file's modification time to now: it is how `CacheSweep` tells when a file was last
    /// used, and a file used as it was is not rewritten.
    private func markUsed() {
        _ = utimensat(AT_FDCWD, path, nil, 0)  // no times given: both now, as touch(1) sets them
    }

    /// Removes what `limits` leaves no room for from the cache file's folder, never this file.
    private func sweepFolder() {
        let folder = (path as NSString).deletingLastPathComponent
        CacheSweep.sweep(
            folder: folder.isEmpty ? "." : folder, keeping: (path as NSString).lastPathComponent, limits: limits,
            now: clock())
    }

    /// Saves as `save` does, and says why the cache file could not be written, if it could not.
    public func saveNotingFailure() -> CacheNote? {
        do {
            try save()
            return nil
        } catch {
            return CacheNote(path: path, problem: .notWritten(error.description))
        }
    }
}
