import Testing
import ThdashUI

/// The product page's time-series columns: rises up from the zero row, falls down from it (partial cells
/// as reversed complements), gaps as a dim "·" on the zero row, values above or below their bars, labels
/// underneath and the period in force highlighted.
@Suite struct ColumnChartTests {
    /// Columns of width 3 (labels and values are 2 wide: 2 of bar and a gap) in a 16×8 buffer: 6 bar rows
    /// between the top row and the labels.
    func render(_ values: [Double?], highlighted: Int? = nil) -> Buffer {
        let items = values.enumerated().map { index, value in
            ColumnChart.Item(
                "P\(index)", value: value, valueText: value.map { SignedNumber.text($0, decimals: 0) } ?? "")
        }
        var buffer = Buffer(width: 16, height: 8)
        ColumnChart(items, highlighted: highlighted).render(in: buffer.area, buffer: &buffer)
        return buffer
    }

    @Test func risesGoUpFallsGoDownAndGapsStayEmpty() {
        let buffer = render([4, nil, -2, 2], highlighted: 3)
        // The range is −2…4 over 6 rows of 8 eighths: zero is 16 eighths up, the bottom edge of row 4.
        #expect(buffer.lines[0].hasPrefix("+4 "), "the value above its bar")
        #expect(buffer.lines[1].hasPrefix("██ "), "the +4 bar reaches the top")
        #expect(buffer.lines[4].hasPrefix("██─·─────██─"), "the gap is a dot on the zero row")
        #expect(buffer.lines[2].hasPrefix("██       +2"))
        #expect(buffer.text(row: 5, from: 6, to: 8) == "██", "the fall hangs below the zero row")
        #expect(buffer.text(row: 6, from: 6, to: 8) == "██")
        #expect(buffer.text(row: 4, from: 6, to: 8) == "──", "and starts under it")
        #expect(buffer.lines[7].hasPrefix("P0 P1 P2 P3"), "labels under the columns")
        #expect(buffer[9, 7].style.isReversed, "the period in force is highlighted")
        #expect(!buffer[0, 7].style.isReversed)
    }

    @Test func aPartialFallFillsFromTheTopOfItsCell() {
        let buffer = render([4, -4, -1])
        // −4…4 over 6 rows: zero is the bottom edge of row 3 (24 eighths up); −1 fills the top 6 eighths of
        // row 4, drawn as "▂" reversed.
        #expect(buffer.text(row: 4, from: 6, to: 8) == "▂▂")
        #expect(buffer[6, 4].style.isReversed && buffer[7, 4].style.isReversed)
        #expect(buffer.text(row: 5, from: 6, to: 8) == "−1", "the value under its bar")
        #expect(buffer.text(row: 6, from: 3, to: 5) == "██", "−4 reaches the bottom")
        #expect(!buffer[3, 6].style.isReversed)
    }

    @Test func onlyTheNewestColumnsThatFitAreDrawn() {
        let items = (0..<40).map { ColumnChart.Item("P\($0)", value: Double($0), valueText: "\($0)") }
        var buffer = Buffer(width: 16, height: 6)
        ColumnChart(items).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines[5].contains("P39"))
        #expect(!buffer.lines[5].contains("P0 "))
    }
}
