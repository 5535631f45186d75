import Foundation
import XCTest

/// Issue "hostile files", finding 5, through the built binary: `thdash check` reads a 70-level tree to the
/// bottom, names a folder loop, dangling links and a file given twice, and counts that file once.
final class SkippedPathsEndToEndTests: XCTestCase {
    func testCheckReadsEveryDepthNamesWhatItSkipsAndCountsAFileOnce() throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("thdash-skipped-\(getpid())-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/cache", withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
        let tree = root + "/tree"
        var deep = tree
        for level in 1...70 { deep += "/l\(level)" }
        try FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
        func article(_ text: String, at path: String) throws {
            try Data("---\ntitle: bài\ndate: 2024-04\n---\n\(text)\n".utf8).write(to: URL(fileURLWithPath: path))
        }
        try article(
            "Tháng 3/2024, sản lượng xi măng toàn tỉnh Thanh Hóa tăng 7,5% so với cùng kỳ.", at: deep + "/deep.md")
        try article("Tháng 3/2024, giày thể thao Thanh Hóa tăng 12,4% so với cùng kỳ năm trước.", at: tree + "/a.md")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: tree + "/l1/l2/up", withDestinationPath: "../..")
        try fm.createSymbolicLink(atPath: tree + "/gone.md", withDestinationPath: "nowhere.md")
        try fm.createSymbolicLink(atPath: tree + "/gone-folder", withDestinationPath: "nowhere")

        let (status, report) = try Spawn.run(
            try ThdashBinary.path(), ["check", "--cache-dir", root + "/cache", tree, tree + "/a.md"],
            environment: ProcessInfo.processInfo.environment, timeout: 60)
        XCTAssertEqual(status, 1, "the article-named link to nothing is a file that could not be read\n\(report)")
        XCTAssertTrue(
            report.hasPrefix(
                "thdash check: 2 articles, 2 figures (2 Thanh Hóa, 0 other regions), 1 unreadable file, 3 skipped\n"),
            report)
        let lines = report.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix("deep.md ") }, "the deepest article is not read:\n\(report)")
        let named = [
            (tree + "/gone.md", "symbolic link to nowhere.md, which does not exist"),
            (tree + "/gone-folder", "symbolic link to nowhere, which does not exist"),
            (tree + "/l1/l2/up", "symbolic link loop back to \(tree); its files are read there"),
            (tree + "/a.md", "already read; counted once"),
        ]
        for (path, reason) in named {
            XCTAssertTrue(
                lines.contains { $0.hasPrefix(path + " ") && $0.hasSuffix(reason) },
                "no line names \(path) with “\(reason)”:\n\(report)")
        }
        XCTAssertFalse(report.contains("Every file was read."), report)

        // Again, with the cache written by the first run: the same report.
        let (again, cached) = try Spawn.run(
            try ThdashBinary.path(), ["check", "--cache-dir", root + "/cache", tree, tree + "/a.md"],
            environment: ProcessInfo.processInfo.environment, timeout: 60)
        XCTAssertEqual(again, 1)
        XCTAssertEqual(cached, report)
    }
}
