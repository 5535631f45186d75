import Foundation
import XCTest

@testable import ThdashCache
@testable import ThdashExtraction

/// A warm read answers an unchanged file from its identity without reading it; a file whose identity
/// changed, or that may have changed unseen, is read and looked up by its content again.
final class FileIdentityCacheTests: XCTestCase {
    typealias Support = CacheTestSupport

    func testUnchangedFilesAreAnsweredWithoutBeingRead() throws {
        let folder = try Support.temporaryFolder(self)
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        try Support.write(Support.report(8, cement: "600"), to: folder + "/b.txt")
        // Read as if three seconds after the files were written, when their times have settled.
        let (cold, _) = try Support.read([folder], cachePath: cachePath, clock: Support.clock(secondsLater: 3))
        let written = try Data(contentsOf: URL(fileURLWithPath: cachePath))

        let (warm, cache) = try Support.read([folder], cachePath: cachePath, clock: Support.clock(secondsLater: 3))
        XCTAssertEqual(cache.unreadHits, 2)
        XCTAssertEqual(cache.hits, 2)
        XCTAssertEqual(cache.misses, 0)
        XCTAssertEqual(warm.figures, cold.figures)
        XCTAssertEqual(warm.articles, cold.articles)
        XCTAssertEqual(
            try Data(contentsOf: URL(fileURLWithPath: cachePath)), written, "nothing changed, nothing rewritten")
    }

    func testAFileEditedInPlaceToTheSameSizeIsReadAgain() throws {
        let folder = try Support.temporaryFolder(self)
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        try Support.read([folder], cachePath: cachePath, clock: Support.clock(secondsLater: 3))
        try Support.write(Support.report(7, cement: "900"), to: folder + "/a.txt")
        let (result, cache) = try Support.read([folder], cachePath: cachePath, clock: Support.clock(secondsLater: 3))
        XCTAssertEqual(cache.unreadHits, 0)
        XCTAssertEqual(cache.misses, 1)
        XCTAssertEqual(result.figures.filter { $0.product == "cement" && $0.kind == .value }.map(\.value), [900])
    }

    func testAFileReadJustAfterItWasWrittenIsHashedAgainNextTime() throws {
        let folder = try Support.temporaryFolder(self)
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        try Support.read([folder], cachePath: cachePath)
        // Read within two seconds of its last change: its identity alone is not trusted.
        let (_, second) = try Support.read([folder], cachePath: cachePath, clock: Support.clock(secondsLater: 3))
        XCTAssertEqual(second.unreadHits, 0)
        XCTAssertEqual(second.hits, 1, "found by its content")
        // That read was (as the clock says) well after the change: the next one need not read the file.
        let (_, third) = try Support.read([folder], cachePath: cachePath, clock: Support.clock(secondsLater: 3))
        XCTAssertEqual(third.unreadHits, 1)
    }

    /// What a file system with coarse times allows: the file changed in the tick it was read, and its
    /// identity stayed as it was. Only a read settled after the change is trusted.
    func testAnIdentityThatCouldHaveChangedUnseenIsNotTrusted() throws {
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        let readAt: Int64 = 1_700_000_000_000_000_000
        let first = Array(Support.report(7, cement: "500").utf8)
        let second = Array(Support.report(7, cement: "900").utf8)
        for (modifiedBeforeRead, trusted) in [(Int64(500_000_000), false), (Int64(10_000_000_000), true)] {
            let identity = FileIdentity(
                device: 3, inode: 77, size: Int64(first.count), modified: readAt - modifiedBeforeRead,
                changed: readAt - modifiedBeforeRead)
            try? FileManager.default.removeItem(atPath: cachePath)
            let writing = FigureCache(path: cachePath, identity: Support.identity, clock: { readAt })
            guard case .miss(let key) = writing.lookup(first, format: "text", path: "a.txt", identity: identity)
            else { return XCTFail("an empty cache answered") }
            let article = try ArticleLoader.load(first, path: "a.txt", converter: nil).get()
            let figures = FigureExtractor(catalog: Support.catalog).extract(article)
            let summary = ArticleSummary(article, figureCount: figures.count, home: .unknown)
            writing.store(key, path: "a.txt", identity: identity, summary: summary, figures: figures)
            XCTAssertTrue(try writing.save())

            let reading = FigureCache(path: cachePath, identity: Support.identity)
            XCTAssertEqual(reading.lookup(path: "a.txt", identity: identity) != nil, trusted)
            var other = identity
            other.inode += 1
            XCTAssertNil(reading.lookup(path: "a.txt", identity: other), "another file at the same path")
            XCTAssertNil(reading.lookup(path: "b.txt", identity: identity), "another path")
            if !trusted {
                // The content lookup that follows sees the change.
                guard case .miss = reading.lookup(second, format: "text", path: "a.txt", identity: identity) else {
                    return XCTFail("changed bytes were answered from the cache")
                }
            }
        }
    }

    /// Pages made so that the content key of earlier versions (which ignored the eight bytes after a word
    /// equal to one of its constants) was the same for both: the figure differs, so must the key.
    func testPagesThatSharedTheOldKeyGetTheirOwn() {
        let constant = withUnsafeBytes(of: UInt64(0xA076_1D64_78BD_642F).littleEndian) { Array($0) }
        func page(_ number: String) -> [UInt8] {
            let head = Array("<p>Tháng 8/2024 xi măng tăng<!--".utf8)
            let padding = [UInt8](repeating: 0x20, count: (32 - head.count % 32) % 32)
            return padding + head + constant + Array("-->\(number)% so với cùng kỳ.</p>".utf8)
        }
        let (low, high) = (page("15,54"), page("99,54"))
        XCTAssertEqual(low.count, high.count)
        XCTAssertNotEqual(
            FigureCache.contentKey(low, format: "HTMLConverter"), FigureCache.contentKey(high, format: "HTMLConverter"))
        XCTAssertNotEqual(ContentHasher.hash(low), ContentHasher.hash(high))
    }

    func testARecordOfAFileOfAnotherSizeIsNotUsed() throws {
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        let bytes = Array(Support.report(7, cement: "500").utf8)
        let article = try ArticleLoader.load(bytes, path: "a.txt", converter: nil).get()
        let figures = FigureExtractor(catalog: Support.catalog).extract(article)
        let record = ArticleRecord.encode(
            summary: ArticleSummary(article, figureCount: figures.count, home: .unknown), figures: figures)
        let key = FigureCache.contentKey(bytes, format: "text")
        for (size, used) in [(bytes.count + 1, false), (bytes.count, true)] {
            let writer = try CacheFileWriter(for: cachePath, identity: Support.identity)
            writer.append(key: key, size: Int64(size), record: record[...])
            try writer.commit(to: cachePath)
            let cache = FigureCache(path: cachePath, identity: Support.identity)
            let answer = cache.lookup(bytes, format: "text", path: "a.txt", identity: Support.anyIdentity)
            if case .hit = answer { XCTAssertTrue(used, "size \(size)") } else { XCTAssertFalse(used, "size \(size)") }
        }
    }
}
