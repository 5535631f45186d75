import Testing

@testable import ThdashUI

@Suite struct BufferTests {
    @Test func writesPlainTextAtPosition() {
        var buffer = Buffer.sentinel(10, 2)
        let written = buffer.write("hello", x: 2, y: 0)
        #expect(written == 5)
        #expect(buffer.lines == ["xxhelloxxx", "xxxxxxxxxx"])
    }

    @Test func cutsWithEllipsisAtMaxWidth() {
        var buffer = Buffer.sentinel(10, 1)
        #expect(buffer.write("hello world", x: 1, y: 0, maxWidth: 6) == 6)
        #expect(buffer.lines == ["xhello…xxx"])
    }

    @Test func clipsWithoutMarkerWhenAsked() {
        var buffer = Buffer.sentinel(10, 1)
        #expect(buffer.write("hello world", x: 1, y: 0, maxWidth: 6, truncation: .clip) == 6)
        #expect(buffer.lines == ["xhello xxx"])
    }

    @Test func cutsAtBufferEdgeWithoutWrapping() {
        var buffer = Buffer.sentinel(10, 2)
        buffer.write("abcdef", x: 7, y: 0)
        #expect(buffer.lines == ["xxxxxxxab…", "xxxxxxxxxx"])
    }

    @Test func textThatFitsExactlyIsNotCut() {
        var buffer = Buffer.sentinel(6, 1)
        buffer.write("abcdef", x: 0, y: 0, maxWidth: 6)
        #expect(buffer.lines == ["abcdef"])
    }

    @Test func wideCharactersTakeTwoCells() {
        var buffer = Buffer.sentinel(10, 1)
        #expect(buffer.write("中文", x: 1, y: 0) == 4)
        #expect(buffer[1, 0].symbol == "中")
        #expect(buffer[1, 0].width == 2)
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[3, 0].symbol == "文")
        #expect(buffer.lines == ["x中文xxxxx"])
        #expect(TerminalText.width(buffer.lines[0]) == 10)
    }

    @Test func wideCharacterThatWouldStraddleTheCutIsLeftOut() {
        var buffer = Buffer.sentinel(10, 1)
        #expect(buffer.write("中文字", x: 0, y: 0, maxWidth: 5) == 5)
        #expect(buffer.lines == ["中文…xxxxx"])

        var odd = Buffer.sentinel(10, 1)
        #expect(odd.write("中文字", x: 0, y: 0, maxWidth: 4) == 3)
        #expect(odd.lines == ["中…xxxxxxx"])

        var clipped = Buffer.sentinel(10, 1)
        #expect(clipped.write("中文字", x: 0, y: 0, maxWidth: 3, truncation: .clip) == 2)
        #expect(clipped.lines == ["中xxxxxxxx"])

        var edge = Buffer.sentinel(5, 1)
        edge.write("ab中", x: 2, y: 0, truncation: .clip)
        #expect(edge.lines == ["xxabx"])
        #expect(!edge[4, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer.sentinel(8, 1)
        buffer.write("中文", x: 0, y: 0)
        buffer.write("a", x: 1, y: 0)
        #expect(buffer.lines == [" a文xxxx"])
        buffer.write("b", x: 2, y: 0)
        #expect(buffer.lines == [" ab xxxx"])
        #expect(!buffer[3, 0].isContinuation)
        buffer.write("字", x: 3, y: 0)
        #expect(buffer.lines == [" ab字xxx"])
        buffer.fill(Rect(x: 4, y: 0, width: 2, height: 1))
        #expect(buffer.lines == [" ab   xx"])
    }

    @Test func vietnameseTextIsMeasuredByDisplayWidth() {
        var buffer = Buffer.sentinel(12, 2)
        #expect(buffer.write("Thanh Hóa", x: 0, y: 0) == 9)
        // The same name decomposed: combining marks join their letter's cell.
        #expect(buffer.write("Thanh Ho\u{301}a", x: 0, y: 1) == 9)
        #expect(buffer[7, 1].symbol.unicodeScalars.count == 2)
        #expect(buffer.lines == ["Thanh Hóaxxx", "Thanh Hóaxxx"])
    }

    @Test func vietnameseTruncationKeepsMarksOnTheirLetters() {
        var composed = Buffer.sentinel(12, 1)
        composed.write("Sản lượng điện thương phẩm", x: 0, y: 0, maxWidth: 10)
        #expect(composed.lines == ["Sản lượng…xx"])

        var decomposed = Buffer.sentinel(12, 1)
        let nfd = "Sa\u{309}n lu\u{31b}o\u{31b}\u{323}ng \u{111}ie\u{323}\u{302}n"
        #expect(decomposed.write(nfd, x: 0, y: 0, maxWidth: 10) == 10)
        #expect(decomposed.lines == ["Sản lượng…xx"])
        #expect(decomposed[6, 0].symbol.unicodeScalars.count == 3)
    }

    @Test func writeInAreaAligns() {
        var buffer = Buffer.sentinel(10, 3)
        buffer.write("42", in: Rect(x: 2, y: 0, width: 5, height: 1), alignment: .right)
        buffer.write("ab", in: Rect(x: 2, y: 1, width: 6, height: 1), alignment: .center)
        buffer.write("abcdefgh", in: Rect(x: 2, y: 2, width: 5, height: 1), alignment: .right)
        #expect(buffer.lines == ["xxxxx42xxx", "xxxxabxxxx", "xxabcd…xxx"])
    }

    @Test func rightAlignedWideTextCutLeavesNoGapAtTheEdge() {
        var buffer = Buffer.sentinel(8, 1)
        // "中文字" is 6 wide; in 4 columns it becomes "中…" (3 wide), right-aligned.
        buffer.write("中文字", in: Rect(x: 1, y: 0, width: 4, height: 1), alignment: .right)
        #expect(buffer.lines == ["xx中…xxx"])
    }

    @Test func writesOutsideTheBufferAreIgnored() {
        var buffer = Buffer.sentinel(6, 2)
        #expect(buffer.write("abc", x: 0, y: -1) == 0)
        #expect(buffer.write("abc", x: 0, y: 2) == 0)
        #expect(buffer.write("abc", x: 6, y: 0) == 0)
        #expect(buffer.write("abc", x: 0, y: 0, maxWidth: 0) == 0)
        #expect(buffer.write("abc", x: Int.min, y: 0) == 0)
        #expect(buffer.write("abc", x: 0, y: 0, maxWidth: Int.min) == 0)
        #expect(buffer.lines == ["xxxxxx", "xxxxxx"])
        #expect(buffer.write("abcdef", x: -2, y: 1) == 4)
        #expect(buffer.lines == ["xxxxxx", "cdefxx"])
    }

    @Test func fillAndStyle() {
        var buffer = Buffer.sentinel(6, 3)
        buffer.fill(Rect(x: 1, y: 1, width: 3, height: 5), with: .blank(Style(.selection)))
        #expect(buffer.lines == ["xxxxxx", "x   xx", "x   xx"])
        #expect(buffer.styleMask() == ["......", ".sss..", ".sss.."])
        buffer.setStyle(Style(.positive), in: Rect(x: 0, y: 0, width: 2, height: 1))
        #expect(buffer.styleMask()[0] == "++....")
        #expect(buffer.lines[0] == "xxxxxx")
    }

    @Test func styleMaskCoversContinuationColumns() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("中", x: 0, y: 0, style: Style(.header))
        #expect(buffer.styleMask() == ["hh.."])
        #expect(buffer.styleMask { $0.isBold ? "B" : "-" } == ["----"])
    }

    @Test func setIgnoresWideCellThatDoesNotFit() {
        var buffer = Buffer.sentinel(3, 1)
        buffer.set(Cell("中"), x: 2, y: 0)
        #expect(buffer.lines == ["xxx"])
        buffer.set(Cell("中"), x: 1, y: 0)
        #expect(buffer.lines == ["x中"])
        buffer.set(Cell("a"), x: -1, y: 0)
        buffer.set(Cell("a"), x: 3, y: 0)
        #expect(buffer.lines == ["x中"])
    }

    @Test func clearAndResize() {
        var buffer = Buffer.sentinel(3, 2)
        buffer.clear()
        #expect(buffer.text == "   \n   ")
        buffer.resize(width: 2, height: 1)
        #expect(buffer.lines == ["  "])
        #expect(Buffer(width: -3, height: 4).cells.isEmpty)
    }

    @Test func repeatGlyphIsClipped() {
        var buffer = Buffer.sentinel(5, 1)
        buffer.repeatGlyph("─", count: 10, x: 2, y: 0)
        buffer.repeatGlyph("─", count: Int.max, x: -3, y: 0)
        #expect(buffer.lines == ["─────"])
        var other = Buffer.sentinel(5, 1)
        other.repeatGlyph("─", count: 2, x: 1, y: 0)
        other.repeatGlyph("中", count: 2, x: 0, y: 0)
        other.repeatGlyph("\u{1b}", count: 2, x: 0, y: 0)
        other.repeatGlyph("☕", count: 2, x: 0, y: 0)
        other.repeatGlyph("\u{200D}", count: 2, x: 0, y: 0)
        other.repeatGlyph("\u{1F1FB}", count: 2, x: 0, y: 0)
        // A control, a wide glyph (by wcwidth), a joiner or a glyph shown as something else is refused.
        #expect(other.lines == ["x──xx"])
    }
}
