import Testing

@testable import ThdashUI

@Suite struct BufferDiffTests {
    @Test func withoutPreviousFrameEveryRowIsWritten() {
        var buffer = Buffer(width: 3, height: 2)
        buffer.write("abc", x: 0, y: 0)
        buffer.write("def", x: 0, y: 1)
        #expect(
            buffer.runs(since: nil) == [
                BufferRun(x: 0, y: 0, text: "abc", style: .normal, width: 3),
                BufferRun(x: 0, y: 1, text: "def", style: .normal, width: 3),
            ])
    }

    @Test func unchangedFrameWritesNothing() {
        var buffer = Buffer(width: 4, height: 2)
        buffer.write("ab中", x: 0, y: 0)
        #expect(buffer.runs(since: buffer).isEmpty)
    }

    @Test func onlyChangedCellsAreWrittenGroupedByStyle() {
        var before = Buffer(width: 8, height: 2)
        before.write("abcdefgh", x: 0, y: 1)
        var after = before
        after.write("XY", x: 2, y: 1, style: Style(.positive))
        after.write("Z", x: 4, y: 1, style: Style(.negative))
        after.write("W", x: 7, y: 1, style: Style(.negative))
        #expect(
            after.runs(since: before) == [
                BufferRun(x: 2, y: 1, text: "XY", style: Style(.positive), width: 2),
                BufferRun(x: 4, y: 1, text: "Z", style: Style(.negative), width: 1),
                BufferRun(x: 7, y: 1, text: "W", style: Style(.negative), width: 1),
            ])
    }

    @Test func styleChangeAloneIsWritten() {
        var before = Buffer(width: 4, height: 1)
        before.write("abcd", x: 0, y: 0)
        var after = before
        after.setStyle(Style(.selection), in: Rect(x: 1, y: 0, width: 2, height: 1))
        #expect(after.runs(since: before) == [BufferRun(x: 1, y: 0, text: "bc", style: Style(.selection), width: 2)])
    }

    @Test func wideCharactersAreWrittenWhole() {
        var before = Buffer(width: 5, height: 1)
        before.write("a中b", x: 0, y: 0)
        #expect(before.runs(since: nil) == [BufferRun(x: 0, y: 0, text: "a中b ", style: .normal, width: 5)])
        var after = before
        after.write("文", x: 1, y: 0)
        #expect(after.runs(since: before) == [BufferRun(x: 1, y: 0, text: "文", style: .normal, width: 2)])
    }

    @Test func sizeChangeRewritesEverything() {
        let small = Buffer(width: 2, height: 1)
        let large = Buffer(width: 3, height: 1)
        #expect(large.runs(since: small) == [BufferRun(x: 0, y: 0, text: "   ", style: .normal, width: 3)])
    }

    /// Replaying the runs over the previous frame must give the new frame, whatever changed.
    @Test func replayingRunsReproducesTheFrame() {
        var random = SeededGenerator(state: 42)
        let pieces = ["a", "bc", "中", "文字", "ệ", "Ho\u{301}a", " ", "…", "█▌"]
        let styles = [Style.normal, Style(.positive), Style(.negative, attributes: .reverse), Style(.selection)]
        var previous = Buffer(width: 17, height: 4)
        for _ in 0..<300 {
            var next = previous
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                next.write(
                    pieces.randomElement(using: &random)!, x: Int.random(in: -1...17, using: &random),
                    y: Int.random(in: 0..<4, using: &random), style: styles.randomElement(using: &random)!)
            }
            var screen = previous
            for run in next.runs(since: previous) {
                screen.write(run.text, x: run.x, y: run.y, style: run.style, truncation: .clip)
            }
            #expect(screen.lines == next.lines)
            #expect(screen.styleMask() == next.styleMask())
            previous = next
        }
    }

    @Test func cellsHaveNoPaddingSoRowsCompareAsBytes() {
        // Not a matter of correctness (a row that differs in padding alone is compared cell by cell), but
        // the diff skips unchanged rows by memcmp only when cells have no padding bytes.
        #expect(MemoryLayout<Cell>.size == MemoryLayout<Cell>.stride)
    }

    @Test func aChangeInAnyColumnOfARowIsFound() {
        for column in [0, 1, 39, 78, 79] {
            var previous = Buffer(width: 80, height: 3)
            previous.write("Xi măng tăng 7,5% so với cùng kỳ", x: 2, y: 1)
            var next = previous
            next.set(Cell("≠", style: Style(.warning)), x: column, y: 1)
            let runs = next.runs(since: previous)
            #expect(runs.map(\.x) == [column] && runs.map(\.y) == [1])
            var style = previous
            style.setStyle(Style(.accent), in: Rect(x: column, y: 2, width: 1, height: 1))
            #expect(style.runs(since: previous).map(\.x) == [column])
        }
    }
}
