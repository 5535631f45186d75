import Testing
import ThdashExtraction

@testable import ThdashUI

@Suite struct SanitizingTests {
    /// True when no cell holds anything a terminal would act on.
    private func isInert(_ buffer: Buffer) -> Bool {
        buffer.cells.allSatisfy { cell in
            cell.symbol.unicodeScalars.allSatisfy { s in
                !(s.value < 0x20 || (0x7F...0x9F).contains(s.value) || [0x202E, 0x2066, 0x200F].contains(s.value))
            }
        }
    }

    /// Controls are shown as `thdash check` prints them (`PrintableText`'s rule), not as "�".
    @Test func escapeSequencesAreShownEscaped() {
        var buffer = Buffer(width: 20, height: 1)
        buffer.write("\u{1b}[31mred\u{1b}[0m", x: 0, y: 0)
        #expect(buffer.lines == ["\\x1B[31mred\\x1B[0m  "])
        #expect(isInert(buffer))
    }

    @Test func c1ControlsAndDeleteAreShownEscaped() {
        var buffer = Buffer(width: 20, height: 1)
        buffer.write("\u{9b}2J\u{7f}\u{07}\u{90}", x: 0, y: 0)
        #expect(buffer.lines == ["\\x9B2J\\x7F\\x07\\x90  "])
        #expect(isInert(buffer))
    }

    @Test func lineBreaksAndTabsBecomeSpaces() {
        var buffer = Buffer.sentinel(8, 2)
        buffer.write("a\nb\tc\r\nd", x: 0, y: 0)
        #expect(buffer.lines == ["a b c  d", "xxxxxxxx"])
    }

    /// A bidi control, invisible, would reorder the line: it is shown as its escape.
    @Test func bidiControlsAreShownEscaped() {
        var buffer = Buffer.sentinel(20, 1)
        #expect(buffer.write("\u{202E}abc\u{2069}d", x: 0, y: 0) == 20)
        #expect(buffer.lines == ["\\u{202E}abc\\u{2069}d"])
        #expect(isInert(buffer))
    }

    @Test func controlsAreMeasuredAsTheirEscapes() {
        #expect(TerminalText.width("\u{1b}[0m") == 7)
        #expect(TerminalText.width("\u{202E}ab") == 10)
        #expect(TerminalText.sanitize("a\u{1b}b\u{2067}c\u{2028}d") == "a\\x1Bb\\u{2067}c d")
        #expect(TerminalText.sanitize("a\u{1b}b") == PrintableText.line("a\u{1b}b"))
        #expect(TerminalText.truncate("\u{1b}[31mđỏ", to: 4) == "\\x1…")
    }

    @Test func cellsSanitizeTheirSymbol() {
        #expect(Cell("\u{1b}").symbol == "\\")
        #expect(Cell("").symbol == " ")
        #expect(Cell("\u{202E}").symbol == "\\")
        #expect(Cell("\u{301}").symbol == " ")
        #expect(Cell("ab").symbol == "a")
        #expect(Cell("e\u{323}\u{302}x").symbol.unicodeScalars.count == 3)
        #expect(Cell("中").width == 2)
        var buffer = Buffer.sentinel(3, 1)
        buffer.set(Cell("\u{9b}"), x: 0, y: 0)
        #expect(isInert(buffer))
    }

    @Test func aCellKeepsAtMostWhatNcurseswKeeps() {
        // A letter under a pile of combining marks keeps four of them, as ncursesw's CCHARW_MAX (5) would.
        let piled = "a" + String(repeating: "\u{301}\u{323}", count: 20) + "b"
        #expect(Cell(piled).symbol == "a\u{301}\u{323}\u{301}\u{323}")
        var buffer = Buffer.sentinel(4, 1)
        #expect(buffer.write(piled, x: 0, y: 0) == 2)
        #expect(buffer[0, 0].symbol.unicodeScalars.count == Cell.capacity)
        #expect(buffer.lines == ["a\u{301}\u{323}\u{301}\u{323}bxx"])
        // The largest scalars survive the packing.
        #expect(Cell("\u{10FFFD}\u{36F}\u{E01EF}").symbol == "\u{10FFFD}\u{36F}\u{E01EF}")
    }

    @Test func nothingUnsafeReachesTheFlushedRuns() {
        var buffer = Buffer(width: 30, height: 2)
        buffer.write("\u{1b}]0;title\u{07}\u{1b}P+q\u{1b}\\", x: 0, y: 0)
        buffer.write("\u{85}\u{2028}\u{9d}ok", in: Rect(x: 0, y: 1, width: 30, height: 1), alignment: .right)
        for run in buffer.runs(since: nil) {
            #expect(run.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) })
        }
        #expect(buffer.lines[1].hasSuffix("  \\x9Dok"))
    }
}
