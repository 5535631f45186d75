import Foundation
import XCTest

@testable import ThdashCache
@testable import ThdashExtraction

/// The reasons a cache file was not used or not written, as `thdash check` and the Sources screen show them.
final class CacheNoteTests: XCTestCase {
    typealias Support = CacheTestSupport

    /// A corpus of one article and its cache file, saved once.
    private func savedCache() throws -> (folder: String, cachePath: String) {
        let folder = try Support.temporaryFolder(self)
        let cachePath = try Support.temporaryFolder(self) + "/corpus.cache"
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        try Support.read([folder], cachePath: cachePath)
        return (folder, cachePath)
    }

    func testNoCacheFileYetIsNoProblemAndASaveThatWorksIsNone() throws {
        let folder = try Support.temporaryFolder(self)
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        let cache = FigureCache(
            path: try Support.temporaryFolder(self) + "/new/corpus.cache", identity: Support.identity)
        _ = CorpusReader(extractor: FigureExtractor(catalog: Support.catalog), cache: cache).read([folder])
        XCTAssertNil(cache.problem)
        XCTAssertNil(cache.saveNotingFailure())
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.path))
    }

    func testAFlippedByteIsADamagedFileNamedWithItsReason() throws {
        let (_, cachePath) = try savedCache()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: cachePath))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: cachePath))
        let problem = FigureCache(path: cachePath, identity: Support.identity).problem
        XCTAssertEqual(problem, CacheNote(path: cachePath, problem: .damaged("checksum does not match")))
        XCTAssertEqual(
            problem?.description,
            "cache file \(cachePath) is damaged (checksum does not match); figures extracted again")
    }

    func testACutFileAndAFolderGetTheirReasonAnotherIdentityNone() throws {
        let (_, cachePath) = try savedCache()
        let whole = try Data(contentsOf: URL(fileURLWithPath: cachePath))
        try whole.prefix(10).write(to: URL(fileURLWithPath: cachePath))
        XCTAssertEqual(FigureCache(path: cachePath, identity: Support.identity).problem?.problem, .damaged("too short"))

        try whole.write(to: URL(fileURLWithPath: cachePath))
        let other = CacheIdentity.of(catalog: Support.catalog, extractor: "another")
        let outdated = FigureCache(path: cachePath, identity: other)
        XCTAssertNil(outdated.problem, "a file of another build or catalog is out of date, not a problem")
        XCTAssertEqual(outdated.recordCount, 0, "and it is not used")

        try FileManager.default.removeItem(atPath: cachePath)
        try FileManager.default.createDirectory(atPath: cachePath, withIntermediateDirectories: false)
        XCTAssertEqual(
            FigureCache(path: cachePath, identity: Support.identity).problem?.problem, .unreadable("not a file"))
    }

    func testACacheFolderThatIsAFileIsNotedAsNotWrittenAndTheArticlesStillLoad() throws {
        let folder = try Support.temporaryFolder(self)
        try Support.write(Support.report(7, cement: "500"), to: folder + "/a.txt")
        let blocker = try Support.temporaryFolder(self) + "/not-a-folder"
        try Support.write("a file where the cache folder should be", to: blocker)
        let cache = FigureCache(path: blocker + "/corpus.cache", identity: Support.identity)
        let result = CorpusReader(extractor: FigureExtractor(catalog: Support.catalog), cache: cache).read([folder])
        XCTAssertEqual(result.figures, Support.readUncached([folder]).figures)
        XCTAssertNil(cache.problem, "no cache file yet is not a problem")

        let note = try XCTUnwrap(cache.saveNotingFailure())
        XCTAssertEqual(note.path, blocker + "/corpus.cache")
        guard case .notWritten(let reason) = note.problem else { return XCTFail("\(note)") }
        XCTAssertEqual(reason, "Not a directory: cannot make the cache folder \(blocker)")
        XCTAssertTrue(note.description.hasSuffix("could not be written (\(reason))"), note.description)
        XCTAssertNil(cache.saveNotingFailure(), "a second save does nothing, so it has nothing to note")
    }

    func testControlCharactersInTheCachePathAreEscaped() throws {
        let note = CacheNote(path: "/tmp/\u{1B}[2J\u{202E}cache", problem: .damaged("too short\u{07}"))
        XCTAssertEqual(
            note.description,
            "cache file /tmp/\\x1B[2J\\u{202E}cache is damaged (too short\\x07); figures extracted again")
    }
}
