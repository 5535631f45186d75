import Foundation
import XCTest

@testable import ThdashCache
@testable import ThdashExtraction

/// Issue 14, finding 5: the cache folder kept one file per set of paths ever opened and never removed any.
/// After a save, files not used for the age limit go, then the least recently used beyond the size cap, never
/// the file just written or used, and nothing the cache did not name.
final class CacheSweepTests: XCTestCase {
    typealias Support = CacheTestSupport
    private static let day: TimeInterval = 86_400

    func testOldCacheFilesAndDeadWritersTemporariesGoAndNothingElse() throws {
        let folder = try Support.temporaryFolder(self)
        let stale = try file("corpus-\(hex(1)).cache", in: folder, bytes: 10, daysAgo: 40)
        let recent = try file("corpus-\(hex(2)).cache", in: folder, bytes: 10, daysAgo: 10)
        let notes = try file("notes.txt", in: folder, bytes: 10, daysAgo: 400)
        let lookalike = try file("corpus-mine.cache", in: folder, bytes: 10, daysAgo: 400)
        let upper = try file("corpus-\(hex(0xabc).uppercased()).cache", in: folder, bytes: 10, daysAgo: 400)
        let dead = try file("corpus-\(hex(4)).cache.tmp-\(try deadPID())-7", in: folder, bytes: 10, daysAgo: 0)
        let running = try file("corpus-\(hex(4)).cache.tmp-\(getpid())-7", in: folder, bytes: 10, daysAgo: 400)

        let written = try saveCorpus(in: folder, limits: .standard)

        XCTAssertEqual(
            Set(try FileManager.default.contentsOfDirectory(atPath: folder)),
            Set([recent, notes, lookalike, upper, running, written].map { ($0 as NSString).lastPathComponent }))
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dead))
    }

    func testBeyondTheSizeCapTheLeastRecentlyUsedGoFirst() throws {
        let folder = try Support.temporaryFolder(self)
        let written = try saveCorpus(in: folder, limits: .standard)
        let size = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: written)[.size] as? Int64)
        // The file just used is the oldest of all, and still stays.
        try setModified(written, daysAgo: 20)
        let oldest = try file("corpus-\(hex(1)).cache", in: folder, bytes: 100, daysAgo: 4)
        let older = try file("corpus-\(hex(2)).cache", in: folder, bytes: 100, daysAgo: 3)
        let newer = try file("corpus-\(hex(3)).cache", in: folder, bytes: 100, daysAgo: 2)
        let newest = try file("corpus-\(hex(4)).cache", in: folder, bytes: 100, daysAgo: 1)

        // Read again, unchanged: the file is used as it was, not rewritten.
        XCTAssertEqual(
            try saveCorpus(in: folder, limits: CacheLimits(maximumAge: .max, maximumTotalBytes: size + 250)), written)

        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        XCTAssertEqual(left, Set([newer, newest, written].map { ($0 as NSString).lastPathComponent }))
        XCTAssertFalse([oldest, older].contains { FileManager.default.fileExists(atPath: $0) })
    }

    func testTheFileUsedStaysEvenAloneOverTheCap() throws {
        let folder = try Support.temporaryFolder(self)
        let other = try file("corpus-\(hex(1)).cache", in: folder, bytes: 100, daysAgo: 0)
        let written = try saveCorpus(in: folder, limits: CacheLimits(maximumAge: .max, maximumTotalBytes: 1))
        XCTAssertTrue(FileManager.default.fileExists(atPath: written))
        XCTAssertFalse(FileManager.default.fileExists(atPath: other))
    }

    /// A cache file used as it was is not rewritten; its modification time, which says when it was last used,
    /// is set to now, so that a corpus opened every week keeps its file past the age limit.
    func testUsingACacheFileMarksItUsed() throws {
        let folder = try Support.temporaryFolder(self)
        let written = try saveCorpus(in: folder, limits: .standard)
        try setModified(written, daysAgo: 29)
        XCTAssertEqual(try saveCorpus(in: folder, limits: .standard), written)
        let modified = try XCTUnwrap(
            try FileManager.default.attributesOfItem(atPath: written)[.modificationDate] as? Date)
        XCTAssertLessThan(abs(modified.timeIntervalSinceNow), 60)
    }

    func testOnlyTheCachesOwnNamesAreRecognised() {
        XCTAssertTrue(CacheSweep.isCacheFile("corpus-\(hex(9)).cache"))
        for name in [
            "corpus-\(hex(9)).cache.bak", "corpus-\(hex(9)).cachex", "corpus-\(hex(9).dropLast()).cache",
            "xcorpus-\(hex(9)).cache", "corpus-\(hex(9))0.cache", "corpus-\(String(repeating: "g", count: 32)).cache",
        ] {
            XCTAssertFalse(CacheSweep.isCacheFile(name), name)
        }
        XCTAssertEqual(CacheSweep.writerOfTemporary("corpus-\(hex(9)).cache.tmp-123-456"), 123)
        for name in [
            "corpus-\(hex(9)).cache.tmp-123", "corpus-\(hex(9)).cache.tmp-x-456", "notes.tmp-123-456",
            "corpus-\(hex(9)).cache.tmp-123-456-7", "corpus-\(hex(9)).cache.tmp--456",
        ] {
            XCTAssertNil(CacheSweep.writerOfTemporary(name), name)
        }
    }

    // MARK: - Helpers

    /// Reads a one-article corpus through a cache in `folder` under the name the cache gives it, and saves;
    /// the cache file's path.
    private func saveCorpus(in folder: String, limits: CacheLimits) throws -> String {
        let articles = folder + "-articles"
        if !FileManager.default.fileExists(atPath: articles) {
            try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
            addTeardownBlock { try? FileManager.default.removeItem(atPath: articles) }
            try Support.write(Support.report(3, cement: "950"), to: articles + "/a.md")
        }
        let path = folder + "/" + FigureCache.fileName(corpus: [articles])
        let cache = FigureCache(path: path, identity: Support.identity, limits: limits)
        let result = CorpusReader(extractor: FigureExtractor(catalog: Support.catalog), cache: cache).read([articles])
        XCTAssertEqual(result.articles.count, 1)
        try cache.save()
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        return path
    }

    private func hex(_ n: Int) -> String {
        let digits = String(n, radix: 16)
        return String(repeating: "0", count: 32 - digits.count) + digits
    }

    private func file(_ name: String, in folder: String, bytes: Int, daysAgo: Double) throws -> String {
        let path = folder + "/" + name
        try Data(repeating: 0x61, count: bytes).write(to: URL(fileURLWithPath: path))
        try setModified(path, daysAgo: daysAgo)
        return path
    }

    private func setModified(_ path: String, daysAgo: Double) throws {
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -daysAgo * Self.day)], ofItemAtPath: path)
    }

    /// A pid no process has.
    private func deadPID() throws -> pid_t {
        for pid in stride(from: pid_t(4_000_000), to: 3_000_000, by: -7919) where kill(pid, 0) != 0 && errno == ESRCH {
            return pid
        }
        throw XCTSkip("no free pid found")
    }
}
