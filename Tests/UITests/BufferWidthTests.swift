import Testing
import ThdashExtraction
import ThdashModel

@testable import ThdashUI

/// The buffer measures glyphs as the terminal does (the C library's `wcwidth`, which ncursesw uses), so that
/// what ncursesw draws from the flushed runs lands in the columns the buffer laid out.
@Suite struct BufferWidthTests {
    /// True when ncursesw, measuring each scalar of each run with wcwidth, covers exactly the columns the
    /// buffer gave the run, and no scalar is one the C library does not print.
    private func ncurseswAgrees(with buffer: Buffer) -> Bool {
        buffer.runs(since: nil).allSatisfy { run in
            let widths = run.text.unicodeScalars.map { TerminalWidth.columns(of: $0) }
            return !widths.contains(-1) && widths.reduce(0, +) == run.width
        }
    }

    @Test(arguments: ["\u{2615}", "\u{26A1}", "\u{2705}", "\u{1F680}"])
    func wideEmojiTakeTwoCells(emoji: String) {
        var buffer = Buffer.sentinel(6, 1)
        #expect(buffer.write(emoji + "|", x: 0, y: 0) == 3)
        #expect(buffer[0, 0].width == 2)
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[2, 0].symbol == "|")
        #expect(ncurseswAgrees(with: buffer))
    }

    @Test(arguments: ["\u{2060}", "\u{1DC0}", "\u{0483}", "\u{1161}", "\u{0E31}", "\u{05B0}"])
    func zeroWidthCharactersJoinTheCellBefore(mark: String) {
        var buffer = Buffer.sentinel(4, 1)
        #expect(buffer.write("a" + mark + "|", x: 0, y: 0) == 2)
        #expect(buffer[0, 0].symbol == "a" + mark)
        #expect(buffer[1, 0].symbol == "|")
        #expect(ncurseswAgrees(with: buffer))
    }

    @Test func ideographicHalfFillSpaceTakesOneCell() {
        var buffer = Buffer.sentinel(4, 1)
        #expect(buffer.write("\u{303F}|", x: 0, y: 0) == 2)
        #expect(buffer[0, 0].width == 1)
        #expect(buffer.lines == ["\u{303F}|xx"])
        #expect(ncurseswAgrees(with: buffer))
    }

    @Test func emojiSequencesAndUnprintablesAreShownInAgreedWidths() {
        var buffer = Buffer.sentinel(16, 1)
        #expect(buffer.write("👩‍💻👍🏽❤️🇻🇳\u{0378}|", x: 0, y: 0) == 11)
        #expect(buffer.lines == ["👩💻👍❤VN\u{FFFD}|xxxxx"])
        #expect(ncurseswAgrees(with: buffer))
    }

    @Test func fourCupsAreCutAsEightColumns() {
        var buffer = Buffer.sentinel(8, 1)
        #expect(buffer.write("☕☕☕☕x", x: 0, y: 0) == 7)
        #expect(buffer.lines == ["☕☕☕…x"])
        #expect(TerminalText.truncate("☕☕☕☕x", to: 6) == "☕☕…")
        #expect(TerminalText.width("☕☕☕☕") == 8)
    }

    /// The reported case: a title of cups on the Sources screen. Its row is laid out in the columns the
    /// terminal draws, so the figure count stays in its column, where a plain row has it.
    @Test func aTitleOfEmojiKeepsTheFigureCountInItsColumn() throws {
        let cups = ArticleSummary(
            path: "articles/ca-phe.md", title: "☕☕☕☕ cà phê\u{2060}\u{0E31} 👩‍💻 tăng",
            date: ArticleDate(year: 2025, month: 2, day: 3), source: nil, url: nil,
            home: DashboardFixture.thanhHoa, byteCount: 100, figureCount: 7)
        let dataset = Dataset(
            figures: DashboardFixture.figures, articles: DashboardFixture.articles + [cups],
            catalog: DashboardFixture.catalog)
        var state = AppState(dataset: dataset, failures: [], width: 100, height: 20)
        state.press(.char("5"))
        let screen = state.screen
        #expect(ncurseswAgrees(with: screen))
        let cupRow = try #require(screen.lines.firstIndex { $0.contains("☕☕☕☕") }, "\(screen.text)")
        let plainRow = try #require(screen.lines.firstIndex { $0.contains("Tổng kết") }, "\(screen.text)")
        // The column of the rightmost cell showing `digit` on a row (file names here hold neither digit).
        func column(of digit: String, row: Int) -> Int? {
            (0..<screen.width).last { screen[$0, row].symbol == digit }
        }
        let figureColumn = try #require(column(of: "9", row: plainRow))
        #expect(column(of: "7", row: cupRow) == figureColumn, "\(screen.text)")
        let cup = try #require((0..<screen.width).first { screen[$0, cupRow].symbol == "☕" })
        #expect((0..<4).allSatisfy { screen[cup + 2 * $0, cupRow].symbol == "☕" })
    }
}
