import Foundation
import XCTest

@testable import ThdashCache
@testable import ThdashExtraction

/// Paths, a corpus on disk and helpers shared by the cache tests.
enum CacheTestSupport {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let catalog: ProductCatalog = {
        try! ProductCatalog.load(path: packageRoot.appendingPathComponent("Data/catalog.tsv").path)
    }()

    static var articlesFolder: String { packageRoot.appendingPathComponent("Data/articles").path }

    static let identity = CacheIdentity.of(catalog: catalog, extractor: "tests")

    /// A file identity for lookups that do not depend on it.
    static let anyIdentity = FileIdentity(device: 1, inode: 1, size: 0, modified: 0, changed: 0)

    /// Now, moved on by `seconds`: a read at that time finds every file written before it settled.
    static func clock(secondsLater seconds: Int64) -> @Sendable () -> Int64 {
        { FileIdentity.now() + seconds * 1_000_000_000 }
    }

    /// A temporary folder removed when the test ends.
    static func temporaryFolder(_ test: XCTestCase) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("thdash-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Reads `paths` through a fresh cache at `cachePath` and saves it; the result and the cache.
    @discardableResult
    static func read(
        _ paths: [String], cachePath: String, identity: ContentKey = identity,
        clock: @escaping @Sendable () -> Int64 = FileIdentity.now
    ) throws -> (CorpusReader.Result, FigureCache) {
        let cache = FigureCache(path: cachePath, identity: identity, clock: clock)
        let reader = CorpusReader(extractor: FigureExtractor(catalog: catalog), cache: cache)
        let result = reader.read(paths)
        try cache.save()
        return (result, cache)
    }

    /// Reads `paths` with no cache.
    static func readUncached(_ paths: [String]) -> CorpusReader.Result {
        CorpusReader(extractor: FigureExtractor(catalog: catalog)).read(paths)
    }

    /// Files in `folder` whose name starts with `prefix`.
    static func files(in folder: String, prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(prefix) }
    }

    static func report(_ month: Int, cement: String) -> String {
        """
        ---
        title: Sản xuất công nghiệp tháng \(month)/2024
        date: 2024-\(month < 10 ? "0" : "")\(month)-28
        ---
        Tháng \(month)/2024, xi măng ước đạt \(cement) nghìn tấn, tăng 3,5% so với cùng kỳ; bia tăng 2% so với tháng trước.
        """
    }
}
