import Foundation
import XCTest

/// The article reader and the conflicts page on the embedded corpus in tmux: Enter on Sources opens the
/// article with its address and its figures marked (⟦ ⟧ and reverse video without colour); n moves to the next
/// figure; Esc comes back; `!` lists a conflict between articles and Enter reads one of them; a resize and `q`
/// leave the terminal as it was.
final class ReaderEndToEndTests: XCTestCase {
    func testReaderShowsTheArticleWithItsFiguresAndConflictsLeadToIt() throws {
        let tmux = try TmuxSession(width: 110, height: 30, environment: ["NO_COLOR": "1"])
        tmux.waitFor("bài · ")
        try tmux.send("5")
        tmux.waitFor("2019-03-04")
        try tmux.send("Enter")
        var screen = tmux.waitFor("https://vneconomy.vn/")
        XCTAssertTrue(screen.contains("Nhờ lọc hóa dầu, Thanh Hóa đứng đầu cả nước"), screen)
        XCTAssertTrue(screen.contains("⟦chỉ số sản xuất toàn ngành"), screen)
        XCTAssertTrue(screen.contains("1/11 · Chỉ số sản xuất công nghiệp · −16,8% · tháng 2/2019"), screen)
        let styled = tmux.captureWithStyles()
        XCTAssertNotNil(
            styled.range(of: "\u{1B}\\[[0-9;]*7m⟦chỉ số", options: .regularExpression),
            "the figure under the cursor in reverse video:\n\(styled)")
        try tmux.send("n")
        tmux.waitFor("2/11 · Chỉ số sản xuất công nghiệp · +10,3%")
        try tmux.send("Escape")
        tmux.waitFor("Tệp")

        try tmux.send("!")
        screen = tmux.waitFor("mâu thuẫn: các bài đưa số khác nhau")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The IIP's conflict: its rows are the product's, then those that start blank or with the period.
        let iip = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Chỉ số sản xuất công nghiệp") }, screen)
        let rows = [lines[iip]] + lines[(iip + 1)...].prefix { $0.first.map { $0 == " " || $0.isLowercase } ?? false }
        let dates = Set(
            rows.compactMap { row in
                row.range(of: #"20\d\d-\d\d(-\d\d)?"#, options: .regularExpression).map { String(row[$0]) }
            })
        XCTAssertGreaterThanOrEqual(dates.count, 2, "a conflict between articles of different dates:\n\(screen)")
        let first = try XCTUnwrap(lines.firstIndex { $0.contains("────") }) + 1
        for _ in first..<iip { try tmux.send("Down") }
        try tmux.send("Down", "Enter")
        screen = tmux.waitFor("https://")
        XCTAssertTrue(screen.contains("Chỉ số sản xuất công nghiệp · "), screen)

        try tmux.resize(width: 70, height: 20)
        tmux.waitFor("Chỉ số sản xuất công nghiệp · ")
        try tmux.send("Escape")
        tmux.waitFor("mâu thuẫn: các bài")
        try tmux.send("Enter")
        tmux.waitFor("https://")
        try tmux.send("q")
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 0)
        XCTAssertTrue(exit.restored, "stty settings differ after q")
    }
}
