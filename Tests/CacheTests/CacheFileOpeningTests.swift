import Foundation
import XCTest

@testable import ThdashCache
@testable import ThdashExtraction

/// What may sit at the cache file's path besides a cache file: nothing there stops articles loading, hangs,
/// or makes the cache read a large file it will reject.
final class CacheFileOpeningTests: XCTestCase {
    typealias Support = CacheTestSupport

    func testAFIFOAtTheCachePathIsRefusedWithoutWaiting() throws {
        let folder = try Support.temporaryFolder(self)
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        XCTAssertEqual(mkfifo(cachePath, 0o600), 0)
        let done = expectation(description: "the read ends")
        let outcome = Outcome()
        DispatchQueue.global().async {
            let cache = FigureCache(path: cachePath, identity: Support.identity)
            let result = CorpusReader(extractor: FigureExtractor(catalog: Support.catalog), cache: cache).read([folder])
            outcome.set(result.figures.count, cache.problem)
            done.fulfill()
        }
        // Opening a FIFO for reading would wait for a writer for ever; the read ends at once instead.
        wait(for: [done], timeout: 60)
        let (figures, problem) = outcome.value
        XCTAssertEqual(figures, Support.readUncached([folder]).figures.count)
        XCTAssertEqual(problem?.problem, .unreadable("not a file"))
    }

    func testALargeFileWithoutATrailerIsRejectedFromItsEnd() throws {
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        // Sparse: nearly 2 GiB on paper, nothing on disk. Rejected from its last bytes (an end marker of
        // zeros), not after reading it whole.
        let fd = open(cachePath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertEqual(ftruncate(fd, off_t(CacheFile.maximumSize - 4096)), 0)
        close(fd)
        XCTAssertThrowsError(try CacheFile.load(path: cachePath, identity: Support.identity)) {
            XCTAssertEqual($0 as? CacheFile.Rejection, .damaged("no end marker"))
        }
        // One whose end marker is right but whose stated length is not.
        let writer = try CacheFileWriter(for: cachePath, identity: Support.identity)
        try writer.commit(to: cachePath)
        var whole = try Data(contentsOf: URL(fileURLWithPath: cachePath))
        whole.insert(0x20, at: CacheFile.headerSize)
        try whole.write(to: URL(fileURLWithPath: cachePath))
        XCTAssertThrowsError(try CacheFile.load(path: cachePath, identity: Support.identity)) {
            XCTAssertEqual($0 as? CacheFile.Rejection, .damaged("length does not match"))
        }
        // Over the limit: refused before anything is read.
        XCTAssertEqual(truncate(cachePath, off_t(CacheFile.maximumSize + 1)), 0)
        XCTAssertThrowsError(try CacheFile.load(path: cachePath, identity: Support.identity)) {
            XCTAssertEqual($0 as? CacheFile.Rejection, .unreadable("too large"))
        }
    }
}

/// A result handed from the reading thread to the test.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (Int, CacheNote?) = (0, nil)
    func set(_ figures: Int, _ problem: CacheNote?) { lock.withLock { stored = (figures, problem) } }
    var value: (Int, CacheNote?) { lock.withLock { stored } }
}
