import Foundation
import XCTest

/// Issue "hostile files", finding 8: many paths on the command line (as a shell glob gives them)
/// or in a --files-from list are all read, each once, in the order given, whatever options come between
/// them. (How fast they parse is measured by hand, not asserted here: speed belongs to benchmarks.)
final class ManyPathsEndToEndTests: XCTestCase {
    private var root = ""
    private var names: [String] = []

    override func setUpWithError() throws {
        root =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("thdash-many-\(getpid())-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/articles", withIntermediateDirectories: true)
        let root = root
        addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
        let text = Data(
            "---\ntitle: bài\ndate: 2024-04\n---\nTháng 3/2024, sản lượng xi măng toàn tỉnh Thanh Hóa tăng 7,5% so với cùng kỳ.\n"
                .utf8)
        // Names out of name order, so that the order of the output is the order given, not a sort.
        names = (0..<600).map { "articles/\(($0 * 7_919) % 600).md" }
        names.append("articles/-starts-with-a-dash.md")
        for name in names { try text.write(to: URL(fileURLWithPath: root + "/" + name)) }
    }

    /// Runs thdash in the articles' parent folder (paths stay short; env -C changes to it), with a cache
    /// folder of its own.
    private func figures(
        _ arguments: [String], input: String? = nil
    ) throws -> (status: Int32, articles: [String], errors: String) {
        let run = try Spawn.capture(
            "/usr/bin/env",
            ["-C", root, try ThdashBinary.path(), "figures", "--format", "csv", "--cache-dir", root + "/cache"]
                + arguments,
            environment: ProcessInfo.processInfo.environment, input: input, timeout: 300)
        let rows = String(decoding: run.output, as: UTF8.self).split(separator: "\r\n").dropFirst()
        return (run.status, rows.map { String($0.prefix { $0 != "," }) }, String(decoding: run.errors, as: UTF8.self))
    }

    func testManyPathsAreReadInTheOrderGivenWithOptionsAmongThem() throws {
        let ordinary = Array(names.dropLast())
        let half = ordinary.count / 2
        let (status, articles, errors) = try figures(
            Array(ordinary[..<half]) + ["--no-cache"] + ordinary[half...] + ["--", names.last!, ordinary[0]])
        XCTAssertEqual(status, 0, errors)
        XCTAssertEqual(articles, names)
        XCTAssertEqual(errors, "thdash: skipped \(ordinary[0]): already read; counted once\n")
    }

    func testAListOfPathsIsReadFromAFileOrStandardInput() throws {
        let list = root + "/list.txt"
        try Data((names.dropFirst(2).joined(separator: "\n") + "\n\n").utf8).write(to: URL(fileURLWithPath: list))
        // The paths given come first, then the list's.
        let (status, articles, errors) = try figures(Array(names.prefix(2)) + ["--files-from", list])
        XCTAssertEqual(status, 0, errors)
        XCTAssertEqual(articles, names)

        // NUL-separated on standard input, as find -print0 writes it.
        let nulList = root + "/list0"
        try Data(names.map { $0 + "\u{0}" }.joined().utf8).write(to: URL(fileURLWithPath: nulList))
        let (stdinStatus, fromStandardInput, stdinErrors) = try figures(["--files-from", "-"], input: nulList)
        XCTAssertEqual(stdinStatus, 0, stdinErrors)
        XCTAssertEqual(fromStandardInput, names)

        // An empty list is an empty corpus, not the embedded one; a list that cannot be read is a usage error.
        let empty = root + "/empty"
        try Data().write(to: URL(fileURLWithPath: empty))
        let (emptyStatus, none, _) = try figures(["--files-from", empty])
        XCTAssertEqual(emptyStatus, 0)
        XCTAssertEqual(none, [])
        let (missingStatus, _, missing) = try figures(["--files-from", root + "/no-such-list"])
        XCTAssertEqual(missingStatus, 64)
        XCTAssertTrue(
            missing.hasPrefix(
                "Error: cannot read the list of paths \(root)/no-such-list: No such file or directory\n"), missing)
    }
}
