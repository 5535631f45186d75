import Foundation
import ThdashExtraction
import XCTest

/// Issue 16's report: a title of cups ("☕☕☕☕"), each two columns on the screen but one in thdash's old
/// table, pushed the rest of its Sources row (the figure count, the file's name) to the right and left stray
/// glyphs on the next screen until Ctrl-L. In a real terminal (tmux), the row of a title with wide emoji, zero-width
/// marks and an emoji joined with U+200D lays its figure count in the column of a plain row's.
final class WideTitleEndToEndTests: XCTestCase {
    /// The title's file, and a plain article's, whose row is the measure.
    private let cups = "ca-phe.md"
    private let plain = "xi-mang.md"

    func testAWideTitleKeepsItsRowInItsColumns() throws {
        let folder = try temporaryFolder("wide-title")
        let articles = folder + "/articles"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        let sentence = "Tháng 3/2024, sản lượng xi măng toàn tỉnh Thanh Hóa tăng 7,5% so với cùng kỳ."
        // U+2060 word joiner, U+0E31 and U+05B0 marks, U+1DC0 and U+0483 combining marks: no columns.
        let title = "☕☕☕☕ cà\u{2060} phê\u{0E31}\u{05B0}\u{1DC0}\u{0483} 👩‍💻 tăng ⚡✅🚀"
        try write("---\ntitle: \(title)\ndate: 2024-04\n---\n\(sentence)\n", to: articles + "/" + cups)
        try write("---\ntitle: Xi măng tháng ba\ndate: 2024-04\n---\n\(sentence)\n", to: articles + "/" + plain)

        let tmux = try TmuxSession(arguments: ["--cache-dir", folder + "/cache", articles], width: 100, height: 24)
        tmux.waitFor("bài · ")
        try tmux.send("5")
        tmux.waitFor(" " + plain)
        let screen = tmux.waitFor(" " + cups)
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cupsRow = try XCTUnwrap(rows.first { $0.contains("☕☕☕☕") }, screen)
        let plainRow = try XCTUnwrap(rows.first { $0.contains("Xi măng tháng ba") }, screen)
        // The whole row is on its line, its file's name last, nothing pushed off the edge or onto the next line.
        XCTAssertTrue(cupsRow.hasSuffix(" " + cups), screen)
        XCTAssertLessThanOrEqual(columns(cupsRow), 100, screen)
        // The figure count ends where the plain row's does, counted in the columns tmux laid the row out in.
        let cupsCount = try XCTUnwrap(countEnd(in: cupsRow, before: cups), screen)
        let plainCount = try XCTUnwrap(countEnd(in: plainRow, before: plain), screen)
        XCTAssertEqual(cupsCount.count, "1", screen)
        XCTAssertEqual(cupsCount.column, plainCount.column, screen)

        // The next screen keeps no glyph of the title: it is already what Ctrl-L's full repaint draws.
        try tmux.send("1")
        tmux.waitFor("Chỉ số chính")
        let overview = steadyScreen(tmux)
        XCTAssertFalse(overview.contains("☕") || overview.contains("👩") || overview.contains("🚀"), overview)
        try tmux.send("C-l")
        XCTAssertEqual(steadyScreen(tmux), overview)
        try tmux.send("q")
        XCTAssertEqual(tmux.waitForExit().status, 0)
    }

    /// The screen once two captures a moment apart agree (a capture can fall in the middle of a redraw).
    private func steadyScreen(_ tmux: TmuxSession) -> String {
        var screen = tmux.capture()
        for _ in 0..<100 {
            usleep(100_000)
            let next = tmux.capture()
            if next == screen { return screen }
            screen = next
        }
        return screen
    }

    /// The figure count just before a row's file name, and the column just after it.
    private func countEnd(in row: String, before file: String) -> (count: String, column: Int)? {
        guard let fileStart = row.range(of: " " + file, options: .backwards)?.lowerBound else { return nil }
        let beforeFile = row[..<fileStart].trimmingCharacters(in: .whitespaces)
        let count = String(beforeFile.reversed().prefix { $0.isNumber }.reversed())
        guard !count.isEmpty else { return nil }
        return (count, columns(beforeFile))
    }

    /// Columns a captured line covers, each character as tmux sized it: by the C library's wcwidth, which
    /// tmux asks in the C.UTF-8 locale it runs in here.
    private func columns(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + max(0, TerminalWidth.columns(of: $1)) }
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
