import Foundation
import XCTest

/// `thdash check` with a cache that cannot do its part: the report names the cache file and the reason, the
/// articles are all read, and the exit status is the one the articles give (a cache problem never raises it).
final class CacheProblemsEndToEndTests: XCTestCase {
    /// A temporary folder with two good articles, and a folder for caches; removed after the test.
    private func corpus() throws -> (articles: String, scratch: String) {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("thdash-cache-e2e-\(getpid())-\(UUID().uuidString)")
        let articles = root.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        for (name, text) in [
            ("cement.md", "Trong tháng 3/2024, sản lượng xi măng toàn tỉnh tăng 7,5% so với cùng kỳ."),
            ("shoes.md", "Tháng 3/2024, giày thể thao tăng 12,4% so với cùng kỳ năm trước."),
        ] {
            try Data("---\ntitle: \(name)\ndate: 2024-04\n---\n\(text)\n".utf8)
                .write(to: articles.appendingPathComponent(name))
        }
        return (articles.path, root.path)
    }

    private func check(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Spawn.run(
            try ThdashBinary.path(), ["check"] + arguments, environment: ProcessInfo.processInfo.environment,
            timeout: 60)
    }

    func testACacheFolderThatIsAFileIsNamedWithItsReasonAndTheStatusStaysZero() throws {
        let (articles, scratch) = try corpus()
        let blocker = scratch + "/not-a-folder"
        try Data("in the way".utf8).write(to: URL(fileURLWithPath: blocker))
        let (status, report) = try check(["--cache-dir", blocker, articles])
        XCTAssertEqual(status, 0, "a cache that cannot be written is no unreadable article:\n\(report)")
        XCTAssertTrue(report.hasPrefix("thdash check: 2 articles, 2 figures"), report)
        let lines = report.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("Cache (1 problem; articles not affected)"), report)
        XCTAssertTrue(
            lines.contains {
                $0.hasPrefix("cache file \(blocker)/corpus-")
                    && $0.hasSuffix(
                        ".cache could not be written (Not a directory: cannot make the cache folder \(blocker))")
            }, report)

        // With an unreadable article as well, the status is the articles' 1, the cache still noted.
        try Data().write(to: URL(fileURLWithPath: articles + "/empty.md"))
        let (badStatus, badReport) = try check(["--cache-dir", blocker, articles])
        XCTAssertEqual(badStatus, 1, badReport)
        XCTAssertTrue(badReport.contains("Cache (1 problem; articles not affected)"), badReport)
    }

    func testADamagedCacheFileIsNamedThenRebuilt() throws {
        let (articles, scratch) = try corpus()
        let cacheDir = scratch + "/cache"
        let (firstStatus, first) = try check(["--cache-dir", cacheDir, articles])
        XCTAssertEqual(firstStatus, 0, first)
        XCTAssertFalse(first.contains("Cache ("), "a first run has no cache file yet, which is no problem:\n\(first)")
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: cacheDir).first)
        let cachePath = cacheDir + "/" + name
        var bytes = try Data(contentsOf: URL(fileURLWithPath: cachePath))
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: cachePath))

        let (status, report) = try check(["--cache-dir", cacheDir, articles])
        XCTAssertEqual(status, 0, report)
        XCTAssertEqual(report.prefix { $0 != "\n" }, first.prefix { $0 != "\n" }, "the articles read the same")
        XCTAssertTrue(
            report.contains(
                "cache file \(cachePath) is damaged (checksum does not match); figures extracted again\n"), report)

        let (_, rebuilt) = try check(["--cache-dir", cacheDir, articles])
        XCTAssertFalse(rebuilt.contains("Cache ("), "the damaged file was rewritten:\n\(rebuilt)")
    }

    /// The dashboard writes the cache after showing the data; a save that fails reaches the Sources screen
    /// through the mailbox, and quitting still works.
    func testTheSourcesScreenShowsACacheThatCouldNotBeWritten() throws {
        let (articles, scratch) = try corpus()
        let blocker = scratch + "/not-a-folder"
        try Data("in the way".utf8).write(to: URL(fileURLWithPath: blocker))
        let tmux = try TmuxSession(arguments: ["--cache-dir", blocker, articles], width: 160, height: 30)
        tmux.waitFor("bài · ")
        try tmux.send("5")
        let screen = tmux.waitFor("không ghi được")
        XCTAssertTrue(
            screen.split(separator: "\n").contains {
                $0.hasPrefix("bộ đệm")
                    && $0.contains("không ghi được (Not a directory: cannot make")
                    && $0.trimmingCharacters(in: .whitespaces).hasSuffix(".cache")
            }, screen)
        try tmux.send("q")
        XCTAssertEqual(tmux.waitForExit().status, 0)
    }

    /// Two saved pages that earlier versions keyed alike (a word equal to a constant of their hash made it
    /// skip the next eight bytes, where the figure is): editing one into the other in place must show the
    /// new figure, never the cached one.
    func testAPageEditedInPlaceShowsItsNewFigureNotTheOldOne() throws {
        let (_, scratch) = try corpus()
        let constant = withUnsafeBytes(of: UInt64(0xA076_1D64_78BD_642F).littleEndian) { Array($0) }
        func page(_ number: String) -> Data {
            var head = Array(
                (#"<html><head><meta charset="windows-1258"><title>Thanh H&#243;a</title></head><body><p>"#
                    + "Th&#225;ng 8/2024, s&#7843;n l&#432;&#7907;ng xi m&#259;ng c&#7911;a t&#7881;nh Thanh H&#243;a"
                    + " t&#259;ng").utf8)
            head += [UInt8](repeating: 0x20, count: (32 - (head.count + 4) % 32) % 32) + Array("<!--".utf8)
            return Data(
                head + constant + Array("-->\(number)% so v&#7899;i c&#249;ng k&#7923;.</p></body></html>\n".utf8))
        }
        let path = scratch + "/page.html"
        func figures() throws -> String {
            let (status, output) = try Spawn.run(
                try ThdashBinary.path(), ["figures", "--format", "csv", "--cache-dir", scratch + "/cache", path],
                environment: ProcessInfo.processInfo.environment, timeout: 60)
            XCTAssertEqual(status, 0, output)
            return output
        }
        try page("15,54").write(to: URL(fileURLWithPath: path))
        XCTAssertTrue(try figures().contains(",15.54,"), "the first page reads as 15,54")
        try page("99,54").write(to: URL(fileURLWithPath: path))
        let second = try figures()
        XCTAssertTrue(second.contains(",99.54,"), second)
        XCTAssertFalse(second.contains(",15.54,"), second)
    }
}
