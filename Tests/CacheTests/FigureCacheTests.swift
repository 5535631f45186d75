import Foundation
import XCTest

@testable import ThdashCache
@testable import ThdashExtraction

final class FigureCacheTests: XCTestCase {
    typealias Support = CacheTestSupport

    func testAWarmReadGivesExactlyWhatExtractionGives() throws {
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        let uncached = Support.readUncached([Support.articlesFolder])
        XCTAssertGreaterThan(uncached.figures.count, 100)

        let (cold, coldCache) = try Support.read([Support.articlesFolder], cachePath: cachePath)
        XCTAssertEqual(coldCache.hits, 0)
        XCTAssertEqual(coldCache.misses, uncached.articles.count)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cachePath))

        let (warm, warmCache) = try Support.read([Support.articlesFolder], cachePath: cachePath)
        XCTAssertEqual(warmCache.hits, uncached.articles.count)
        XCTAssertEqual(warmCache.misses, 0)
        XCTAssertNil(warmCache.problem)
        XCTAssertEqual(cold.figures, uncached.figures)
        XCTAssertEqual(warm.figures, uncached.figures)
        XCTAssertEqual(warm.articles, uncached.articles)
    }

    func testEveryFieldOfAFigureSurvivesTheRecord() throws {
        var figures: [Figure] = []
        for (n, kind) in FigureKind.allCases.enumerated() {
            for (m, type) in PeriodType.allCases.enumerated() {
                figures.append(
                    Figure(
                        article: "a.txt", subject: "chỉ tiêu \(n)", product: n == 0 ? nil : "p\(n)",
                        line: m == 1 ? nil : "line", kind: kind, value: Double(n * 10 + m) / 3 - 7, unit: "nghìn tấn",
                        basis: m < Basis.allCases.count ? Basis.allCases[m] : nil,
                        period: Period(
                            label: "kỳ \(m)", type: type, year: m == 2 ? nil : 2020 + m, month: m == 0 ? 8 : nil,
                            quarter: m == 1 ? 3 : nil, months: m == 2 ? 6 : nil),
                        region: m == 3 ? "Nghệ An" : "Thanh Hóa", approximate: m % 2 == 0,
                        bound: m == 0 ? nil : m == 1 ? .lower : .upper, quote: "câu \(n)-\(m)",
                        sentence: "Một câu dài về chỉ tiêu \(n).", offset: n * 100 + m))
            }
        }
        let summary = ArticleSummary(
            path: "a.txt", title: "Tiêu đề", date: ArticleDate(year: 2024, month: 8, day: 29), source: "Báo",
            url: nil, home: HomeRegion(name: "Thanh Hóa", source: .header), byteCount: 1234, figureCount: figures.count,
            stoppedAt: 1000)
        let record = ArticleRecord.encode(summary: summary, figures: figures)
        let (decodedSummary, decodedFigures) = try record.withUnsafeBytes {
            try ArticleRecord.decode($0, 0..<record.count, path: "b/moved.txt")
        }
        var expectedSummary = summary
        expectedSummary.path = "b/moved.txt"
        XCTAssertEqual(decodedSummary, expectedSummary)
        XCTAssertEqual(
            decodedFigures,
            figures.map {
                var f = $0; f.article = "b/moved.txt"; return f
            })
    }

    func testARecordCutShortOrCorruptedIsRefused() {
        let figure = Figure(
            article: "a.txt", subject: "xi măng", product: "cement", line: nil, kind: .growth, value: 3.5, unit: "%",
            basis: .previousMonth, period: Period(label: "tháng 8", type: .month, year: 2024, month: 8),
            region: "Thanh Hóa", approximate: false, bound: nil, quote: "xi măng tăng 3,5%", sentence: "…", offset: 0)
        let summary = ArticleSummary(
            path: "a.txt", title: "t", date: nil, source: nil, url: nil, home: .unknown, byteCount: 10, figureCount: 1)
        let record = ArticleRecord.encode(summary: summary, figures: [figure])
        for cut in [0, 1, 4, record.count / 2, record.count - 1] {
            let short = Array(record.prefix(cut))
            XCTAssertThrowsError(try short.withUnsafeBytes { try ArticleRecord.decode($0, 0..<cut, path: "a") })
        }
        var padded = record
        padded.append(0)
        XCTAssertThrowsError(
            try padded.withUnsafeBytes { try ArticleRecord.decode($0, 0..<padded.count, path: "a") })
    }

    func testAChangedFileIsExtractedAgainAndTheOthersComeFromTheCache() throws {
        let folder = try Support.temporaryFolder(self)
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        try Support.write(Support.report(8, cement: "600"), to: folder + "/b.txt")
        let (first, _) = try Support.read([folder], cachePath: cachePath)
        XCTAssertEqual(first.figures.filter { $0.product == "cement" && $0.kind == .value }.map(\.value), [500, 600])

        try Support.write(Support.report(8, cement: "650"), to: folder + "/b.txt")
        let (second, cache) = try Support.read([folder], cachePath: cachePath)
        XCTAssertEqual(cache.hits, 1)
        XCTAssertEqual(cache.misses, 1)
        let cement = second.figures.filter { $0.product == "cement" && $0.kind == .value }
        XCTAssertEqual(cement.map(\.value), [500, 650])
        XCTAssertEqual(second.figures, Support.readUncached([folder]).figures)
    }

    func testTheSameContentUnderAnotherNameTakesThatName() throws {
        let folder = try Support.temporaryFolder(self)
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        try Support.read([folder], cachePath: cachePath)
        try FileManager.default.moveItem(atPath: folder + "/a.txt", toPath: folder + "/renamed.txt")
        let (result, cache) = try Support.read([folder], cachePath: cachePath)
        XCTAssertEqual(cache.hits, 1)
        XCTAssertEqual(result.articles.map(\.path), [folder + "/renamed.txt"])
        XCTAssertTrue(result.figures.allSatisfy { $0.article == folder + "/renamed.txt" })
        XCTAssertFalse(result.figures.isEmpty)
    }

    func testTheSameBytesAsTextAndAsAPageAreKeptApart() throws {
        let cache = FigureCache(path: try Support.temporaryFolder(self) + "/c", identity: Support.identity)
        let bytes = Array("<p>xi măng tăng 3%</p>".utf8)
        guard case .miss(let text) = cache.lookup(bytes, format: "text", path: "a.txt", identity: Support.anyIdentity),
            case .miss(let page) = cache.lookup(
                bytes, format: "HTMLConverter", path: "a.html", identity: Support.anyIdentity)
        else { return XCTFail("an empty cache answered") }
        XCTAssertNotEqual(text, page)
    }

    func testAnotherCatalogOrExtractorStartsAFreshCache() throws {
        let folder = try Support.temporaryFolder(self)
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        try Support.read([folder], cachePath: cachePath)

        let tsv = try String(
            contentsOfFile: Support.packageRoot.appendingPathComponent("Data/catalog.tsv").path, encoding: .utf8)
        let extended = try ProductCatalog(tsv: tsv + "product\tnew-thing\trefining\tThứ mới\tNew thing\tcái\t\n")
        let catalogChanged = CacheIdentity.of(catalog: extended, extractor: "tests")
        let extractorChanged = CacheIdentity.of(catalog: Support.catalog, extractor: "rebuilt")
        XCTAssertNotEqual(catalogChanged, Support.identity)
        XCTAssertNotEqual(extractorChanged, Support.identity)
        XCTAssertEqual(CacheIdentity.of(catalog: try ProductCatalog(tsv: tsv), extractor: "tests"), Support.identity)

        for identity in [catalogChanged, extractorChanged] {
            let cache = FigureCache(path: cachePath, identity: identity)
            XCTAssertNil(cache.problem, "out of date, not a problem worth a note")
            XCTAssertEqual(cache.recordCount, 0, "its records are not used")
            let bytes = Array(Support.report(7, cement: "500").utf8)
            guard case .miss = cache.lookup(bytes, format: "text", path: "a", identity: Support.anyIdentity)
            else { return XCTFail("a cache made with another catalog or extractor answered") }
        }
        // The file itself is still the old one (nothing was saved): the original identity still reads it.
        let (_, cache) = try Support.read([folder], cachePath: cachePath)
        XCTAssertEqual(cache.hits, 1)
    }

    func testATruncatedCacheFileIsIgnoredAndRebuilt() throws {
        let folder = try Support.temporaryFolder(self)
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        try Support.write(Support.report(8, cement: "600"), to: folder + "/b.txt")
        try Support.read([folder], cachePath: cachePath)
        let whole = try Data(contentsOf: URL(fileURLWithPath: cachePath))
        for keep in [
            0, 10, CacheFile.headerSize, whole.count / 2, whole.count - CacheFile.trailerSize, whole.count - 1,
        ] {
            try whole.prefix(keep).write(to: URL(fileURLWithPath: cachePath))
            let (result, cache) = try Support.read([folder], cachePath: cachePath)
            XCTAssertEqual(cache.hits, 0, "a cache file cut at \(keep) of \(whole.count) bytes was used")
            XCTAssertNotNil(cache.problem)
            XCTAssertEqual(result.figures, Support.readUncached([folder]).figures)
            // The save that followed wrote a whole file again.
            XCTAssertEqual(FigureCache(path: cachePath, identity: Support.identity).problem, nil)
        }
    }

    func testGarbageAndFlippedBytesAreIgnored() throws {
        let folder = try Support.temporaryFolder(self)
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        try Support.read([folder], cachePath: cachePath)
        let whole = try Data(contentsOf: URL(fileURLWithPath: cachePath))

        var random = SystemRandomNumberGenerator()
        let garbage = Data((0..<whole.count).map { _ in UInt8.random(in: 0...255, using: &random) })
        var flipped = whole
        flipped[whole.count / 2] ^= 0x10
        var fakeTrailer = Data(repeating: 0x41, count: 100)
        fakeTrailer.append(contentsOf: Array(whole.suffix(CacheFile.trailerSize)))
        for (name, bytes) in [("garbage", garbage), ("one flipped bit", flipped), ("a copied trailer", fakeTrailer)] {
            try bytes.write(to: URL(fileURLWithPath: cachePath))
            let (_, cache) = try Support.read([folder], cachePath: cachePath)
            XCTAssertEqual(cache.hits, 0, "\(name) was used")
            XCTAssertNotNil(cache.problem, name)
        }
        // A folder where the cache file should be: loading still works, nothing is cached.
        try FileManager.default.removeItem(atPath: cachePath)
        try FileManager.default.createDirectory(atPath: cachePath, withIntermediateDirectories: false)
        let cache = FigureCache(path: cachePath, identity: Support.identity)
        let result = CorpusReader(extractor: FigureExtractor(catalog: Support.catalog), cache: cache).read([folder])
        XCTAssertEqual(result.figures, Support.readUncached([folder]).figures)
        XCTAssertThrowsError(try cache.save())
    }

    func testAWriterKilledBeforeItsRenameLeavesTheOldCacheWhole() throws {
        let folder = try Support.temporaryFolder(self)
        let cacheFolder = try Support.temporaryFolder(self)
        let cachePath = cacheFolder + "/corpus.cache"
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        try Support.read([folder], cachePath: cachePath)
        let before = try Data(contentsOf: URL(fileURLWithPath: cachePath))

        // A second writer gets as far as writing its temporary file (flushed or not) and is killed before
        // the rename; a third is still writing.
        let killed = try CacheFileWriter(for: cachePath, identity: Support.identity)
        killed.append(key: ContentKey(high: 1, low: 2), size: 9, record: [1, 2, 3][...])
        killed.closeLikeAKilledWriter()
        let dead = try deadProcessID()
        let abandoned = cachePath + CacheFile.temporaryMarker + "\(dead)-1"
        try FileManager.default.moveItem(atPath: killed.temporary, toPath: abandoned)
        let running = try CacheFileWriter(for: cachePath, identity: Support.identity)
        running.append(key: ContentKey(high: 3, low: 4), size: 9, record: [5, 6][...])
        running.flush()
        let whole = running.temporary

        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: cachePath)), before)
        let (_, cache) = try Support.read([folder], cachePath: cachePath)
        XCTAssertEqual(cache.hits, 1)
        XCTAssertNil(cache.problem)

        // The next save that changes the file clears the dead writer's leftovers, not a live writer's file.
        try Support.write(Support.report(8, cement: "600"), to: folder + "/b.txt")
        try Support.read([folder], cachePath: cachePath)
        XCTAssertFalse(FileManager.default.fileExists(atPath: abandoned))
        XCTAssertTrue(FileManager.default.fileExists(atPath: whole))
        running.abandon()
        XCTAssertEqual(Support.files(in: cacheFolder, prefix: "corpus.cache.tmp"), [])
    }

    func testWritersSavingAtOnceLeaveOneWholeFile() throws {
        let folder = try Support.temporaryFolder(self)
        let cacheFolder = try Support.temporaryFolder(self)
        let cachePath = cacheFolder + "/corpus.cache"
        for month in 1...6 {
            try Support.write(Support.report(month, cement: "\(month)00"), to: folder + "/\(month).txt")
        }
        let writers = 8
        let caches = (0..<writers).map { _ in FigureCache(path: cachePath, identity: Support.identity) }
        let extractor = FigureExtractor(catalog: Support.catalog)
        for cache in caches { _ = CorpusReader(extractor: extractor, cache: cache).read([folder]) }
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            do { try caches[writer].save() } catch { failures.add() }
        }
        XCTAssertEqual(failures.value, 0)
        let (_, cache) = try Support.read([folder], cachePath: cachePath)
        XCTAssertEqual(cache.hits, 6)
        XCTAssertNil(cache.problem)
        XCTAssertEqual(Support.files(in: cacheFolder, prefix: "corpus.cache.tmp"), [])
    }

    func testUnreadableFilesAreStillReportedOnACachedRun() throws {
        let folder = try Support.temporaryFolder(self)
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        try Data([0x78, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: folder + "/bad.txt"))
        let (cold, _) = try Support.read([folder], cachePath: cachePath)
        let (warm, cache) = try Support.read([folder], cachePath: cachePath)
        XCTAssertEqual(cache.hits, 1)
        XCTAssertEqual(warm.failures.map(\.path), [folder + "/bad.txt"])
        XCTAssertEqual(warm.failures, cold.failures)
        XCTAssertTrue(warm.failures[0].reason.contains("UTF-8"))
    }

    func testAnUnchangedCorpusDoesNotRewriteTheFile() throws {
        let folder = try Support.temporaryFolder(self)
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        // Read after the file's times have settled, so that the next read takes it as it was.
        let settled = Support.clock(secondsLater: 3)
        try Support.read([folder], cachePath: cachePath, clock: settled)
        let cache = FigureCache(path: cachePath, identity: Support.identity, clock: settled)
        _ = CorpusReader(extractor: FigureExtractor(catalog: Support.catalog), cache: cache).read([folder])
        XCTAssertFalse(try cache.save())
        // A file removed from the corpus is dropped from the cache file.
        try Support.write(Support.report(8, cement: "600"), to: folder + "/b.txt")
        try Support.read([folder], cachePath: cachePath)
        try FileManager.default.removeItem(atPath: folder + "/a.txt")
        let smaller = FigureCache(path: cachePath, identity: Support.identity)
        _ = CorpusReader(extractor: FigureExtractor(catalog: Support.catalog), cache: smaller).read([folder])
        XCTAssertTrue(try smaller.save())
        XCTAssertEqual(FigureCache(path: cachePath, identity: Support.identity).recordCount, 1)
    }

    func testTheFolderFollowsTheEnvironment() throws {
        XCTAssertEqual(try CacheLocation.folder(environment: ["THDASH_CACHE_DIR": "/x", "HOME": "/h"]), "/x")
        XCTAssertEqual(try CacheLocation.folder(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]), "/c/thdash")
        XCTAssertEqual(
            try CacheLocation.folder(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/h"]), "/h/.cache/thdash")
        XCTAssertThrowsError(try CacheLocation.folder(environment: [:]))
        XCTAssertEqual(FigureCache.fileName(corpus: ["/a", "/b"]), FigureCache.fileName(corpus: ["/a", "/b"]))
        XCTAssertNotEqual(FigureCache.fileName(corpus: ["/a", "/b"]), FigureCache.fileName(corpus: ["/a"]))
    }

    /// The id of a process that has exited.
    private func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exit 0"]
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}

/// A count shared by threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
