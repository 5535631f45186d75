import Foundation
import XCTest

@testable import ThdashExtraction

/// Files a real folder of saved articles contains sooner or later: each must be named with its reason, and
/// every other file must still load.
final class HostileInputTests: XCTestCase {
    func testAFolderOfHostileFilesLoadsEveryGoodFileAndNamesEveryBadOne() throws {
        let folder = try TestSupport.temporaryFolder(self)
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

        try write("00-good.txt", "Tháng 1/2024, xi măng tăng 3% so với tháng trước.")
        try write("01-invalid-utf8.txt", [0x78, 0x69, 0x20, 0x6D, 0xE3, 0x6E, 0x67, 0xFF, 0xFE])
        try write("02-nul.txt", Array("Tháng 1, bia tăng 3%".utf8) + [0] + Array("xi măng".utf8))
        try write("03-empty.md", [])
        try write("04-binary.txt", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        // 20 MB without a line break: prose, one sentence that never ends, and figures at the very end.
        let clause = "các doanh nghiệp tiếp tục mở rộng sản xuất và thị trường tiêu thụ, "
        let repeats: Int = (20 * 1_048_576) / clause.utf8.count
        let prose = String(repeating: clause, count: repeats)
        try write("05-no-newline.txt", "Tháng 3/2024, " + prose + "thép tăng 2% so với cùng kỳ; bia tăng 3%")
        try write(
            "06-absurd.txt",
            "Tháng 1/2024, xi măng tăng 1e400%. Bia tăng 99999999999999999999999%. Thép tăng 1.000.000.000.000.000%.")
        let syllables: [String] = [
            "bo", "ca", "da", "ga", "ha", "la", "ma", "na", "pha", "qua", "ra", "sa", "ta", "va", "xa",
        ]
        var items: [String] = []
        for n in 0..<10_000 {
            let digits: [Int] = [n % 15, (n / 15) % 15, (n / 225) % 15, n / 3375]
            let name: String = "loại " + digits.map { syllables[$0] }.joined(separator: " ")
            items.append(name + " tăng \(n % 97),\(n % 10)%")
        }
        let list: String = items.joined(separator: ", ")
        try write("07-huge-list.txt", "Tháng 5/2023, so với cùng kỳ có nhiều sản phẩm tăng, như: " + list + ".")
        try write(
            "08-escapes.txt", "Tháng 2/2024, \u{1B}[2J\u{1B}]0;owned\u{07}bia \u{1B}[31mtăng\u{1B}[0m 4%.\u{9B}6n")
        try write("09-nfd.txt", "Tháng 1/2024, xi măng tăng 5%.".decomposedStringWithCanonicalMapping)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("10-folder.md"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("11-loop").path, withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("12-self.txt").path,
            withDestinationPath: folder.appendingPathComponent("12-self.txt").path)

        let reader = CorpusReader(extractor: TestSupport.extractor)
        let discovery = ArticleLoader.discover([folder.path])
        // A file that vanishes between the folder walk and its reading.
        let vanishing = folder.appendingPathComponent("13-vanishes.txt").path
        var result = reader.read(files: discovery.files + [vanishing])
        result.failures = discovery.failures + result.failures

        let reasons = Dictionary(
            result.failures.map { (($0.path as NSString).lastPathComponent, $0.reason) },
            uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(reasons["01-invalid-utf8.txt"], "not valid UTF-8 (bad byte at offset 4)")
        XCTAssertEqual(reasons["02-nul.txt"]?.hasPrefix("binary file (NUL byte"), true)
        XCTAssertEqual(reasons["03-empty.md"], "empty file")
        XCTAssertEqual(reasons["04-binary.txt"]?.hasPrefix("binary file"), true)
        XCTAssertEqual(reasons["10-folder.md"], "is a folder, not an article file")
        XCTAssertEqual(reasons["12-self.txt"], "symbolic link loop")
        XCTAssertEqual(reasons["13-vanishes.txt"], "No such file or directory")

        let byFile = Dictionary(grouping: result.figures) { ($0.article as NSString).lastPathComponent }
        XCTAssertEqual(byFile["00-good.txt"]?.map(\.product), ["cement"])
        XCTAssertEqual(byFile["09-nfd.txt"]?.map(\.value), [5])
        XCTAssertEqual(byFile["08-escapes.txt"]?.map(\.value), [4])
        XCTAssertFalse(byFile["08-escapes.txt"]?.first?.quote.contains("\u{1B}") ?? true)
        // Denser with figures than one article is read for (one every 30 bytes): read up to its budget, the
        // summary saying where it stopped; every item before that point is a figure.
        let hugeList = try XCTUnwrap(result.articles.first { $0.path.hasSuffix("07-huge-list.txt") })
        let stop = try XCTUnwrap(hugeList.stoppedAt)
        var itemsRead = 0
        var offset = "Tháng 5/2023, so với cùng kỳ có nhiều sản phẩm tăng, như: ".utf8.count
        for item in items {
            offset += item.utf8.count
            if offset <= stop { itemsRead += 1 }
            offset += 2
        }
        XCTAssertGreaterThanOrEqual(itemsRead, FigureExtractor.candidateBudget(bodyBytes: hugeList.byteCount))
        XCTAssertEqual(byFile["07-huge-list.txt"]?.count, itemsRead)
        XCTAssertTrue(byFile["07-huge-list.txt"]?.allSatisfy { $0.basis == .samePeriodLastYear } ?? false)
        XCTAssertEqual(byFile["05-no-newline.txt"]?.map(\.value), [2, 3])
        XCTAssertTrue(result.figures.allSatisfy { $0.value.isFinite && abs($0.value) <= 1e15 })
        XCTAssertNil(byFile["06-absurd.txt"]?.first { abs($0.value) > 1e6 && $0.unit == "%" })
        // The loop through "11-loop" visits the folder once; its files are not read twice, and it is named.
        XCTAssertEqual(result.articles.filter { $0.path.hasSuffix("00-good.txt") }.count, 1)
        XCTAssertEqual(
            discovery.skipped,
            [SkippedPath(path: folder.appendingPathComponent("11-loop").path, why: .loop(backTo: folder.path))])
    }
}
