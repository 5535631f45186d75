import Testing
import ThdashUI

@Suite struct DivergingBarChartTests {
    /// Label 2 + gap + bar 8 + gap + value 5 = 17 columns, drawn at x = 1 in a 19-column sentinel buffer.
    func render(_ chart: DivergingBarChart, rows: Int) -> Buffer {
        var chart = chart
        chart.labelWidth = 2
        chart.valueWidth = 5
        var buffer = Buffer.sentinel(19, rows + 1)
        chart.render(in: Rect(x: 1, y: 0, width: 17, height: rows), buffer: &buffer)
        return buffer
    }

    func bar(_ buffer: Buffer, _ row: Int) -> String { buffer.text(row: row, from: 4, to: 12) }

    @Test func barsDivergeAroundZeroToTheEighth() {
        let chart = DivergingBarChart(
            [
                .init("a", value: 4), .init("b", value: -4), .init("c", value: 0), .init("d", value: 1.5),
                .init("e", value: -1.5), .init("f", value: 0.125), .init("g", value: -0.125),
                .init("h", value: 0.001),
            ], range: -4...4)
        let buffer = render(chart, rows: 8)
        #expect(bar(buffer, 0) == "    ████")
        #expect(bar(buffer, 1) == "████    ")
        #expect(bar(buffer, 2) == "        ")
        #expect(bar(buffer, 3) == "    █▌  ")
        #expect(bar(buffer, 5) == "    ▏   ")
        // Leftward partial cells are the complementary block in reverse video: they fill from the right.
        #expect(bar(buffer, 4) == "  ▌█    ")
        #expect(buffer[6, 4].style.isReversed)
        #expect(!buffer[7, 4].style.isReversed)
        #expect(bar(buffer, 6) == "   ▉    ")
        #expect(buffer[7, 6].style.isReversed)
        #expect(buffer.lines[0] == "xa      ████    +4x")
        #expect(buffer.lines[1] == "xb  ████        −4x")
        #expect(buffer.lines[2] == "xc" + String(repeating: " ", count: 15) + "0x")
        // A value too small for an eighth still shows one, so it never reads as zero.
        #expect(bar(buffer, 7) == "    ▏   ")
        #expect(buffer.lines[8] == String(repeating: "x", count: 19))
    }

    @Test func upAndDownUseTheirRolesAndCarrySigns() {
        let chart = DivergingBarChart([.init("a", value: 2), .init("b", value: -2), .init("c", value: nil)])
        let buffer = render(chart, rows: 3)
        let mask = buffer.styleMask()
        #expect(mask[0].contains("+"))
        #expect(!mask[0].contains("-"))
        #expect(mask[1].contains("-"))
        #expect(!mask[1].contains("+"))
        // Without colour the sign and the side still tell up from down.
        #expect(buffer.lines[0].hasSuffix("+2x"))
        #expect(buffer.lines[1].hasSuffix("−2x"))
        #expect(buffer.lines[2].hasSuffix("—x"))
        #expect(mask[2].hasSuffix("d."))
    }

    @Test func automaticRangeIncludesZero() {
        var chart = DivergingBarChart([.init("", value: 3), .init("", value: -1)])
        chart.labelWidth = 0
        chart.valueWidth = 0
        var buffer = Buffer.sentinel(8, 2)
        chart.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["  ██████", "██      "])
        let bounds = chart.bounds()
        #expect(bounds.lower == -1 && bounds.upper == 3)
    }

    @Test func referenceLineMarksPlanCompletion() {
        var chart = DivergingBarChart(
            [.init("", value: 87.5), .init("", value: 100), .init("", value: 112), .init("", value: 50)],
            range: 0...200, reference: 100)
        chart.labelWidth = 0
        chart.valueWidth = 0
        var buffer = Buffer.sentinel(8, 4)
        chart.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["███▌▏   ", "████▏   ", "████▌   ", "██  ▏   "])
        #expect(buffer[4, 3].style == Style(.dim))
    }

    @Test func referenceLineSitsAsNearAsACellAllows() {
        for (upper, expected) in [(150.0, "│"), (100.0, "▕"), (800.0, "▏")] {
            var chart = DivergingBarChart([.init("", value: 0)], range: 0...upper, reference: 100)
            chart.labelWidth = 0
            chart.valueWidth = 0
            var buffer = Buffer(width: 8, height: 1)
            chart.render(in: buffer.area, buffer: &buffer)
            #expect(buffer.lines[0].trimmingCharacters() == expected, "range 0…\(upper)")
        }
    }

    @Test func automaticRangeMakesRoomForTheReference() {
        var chart = DivergingBarChart([.init("", value: 50)], reference: 100)
        chart.labelWidth = 0
        chart.valueWidth = 0
        var buffer = Buffer(width: 8, height: 1)
        chart.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["████   ▕"])
    }

    @Test func extremeValuesDrawClampedBarsWithoutCrashing() {
        let huge = Double.greatestFiniteMagnitude
        let values: [Double?] = [.nan, .infinity, -.infinity, huge, -huge, nil, 1e308]
        var chart = DivergingBarChart(values.map { .init("", value: $0) })
        chart.labelWidth = 0
        chart.valueWidth = 3
        var buffer = Buffer.sentinel(13, 8)
        chart.render(in: Rect(x: 0, y: 0, width: 12, height: 7), buffer: &buffer)
        let bars = (0..<7).map { buffer.text(row: $0, from: 0, to: 8) }
        // The span (2 × the largest double) overflows; the axis must still sit in the middle.
        #expect(bars == ["        ", "    ████", "████    ", "    ████", "████    ", "        ", "    ██▎ "])
        #expect(buffer.lines[0] == String(repeating: " ", count: 11) + "—x")
        #expect(buffer.text(row: 1, from: 8, to: 13) == "  +∞x")
        #expect(buffer.text(row: 2, from: 8, to: 13) == "  −∞x")
        #expect(buffer.lines[7] == String(repeating: "x", count: 13))

        for range in [0...0, -Double.infinity...Double.infinity, 5...5, 1e308...1e308] {
            var chart = DivergingBarChart([.init("a", value: 1e300), .init("b", value: -3)], range: range)
            chart.reference = .nan
            var other = Buffer.sentinel(10, 2)
            chart.render(in: other.area, buffer: &other)
            #expect(other.lines.allSatisfy { !$0.contains("x") })
        }
    }

    @Test func selectedLabelIsHighlightedAndScrolledIntoView() {
        let items = (0..<10).map { DivergingBarChart.Item("\($0)", value: Double($0)) }
        let buffer = render(DivergingBarChart(items, selected: 5, offset: 0), rows: 3)
        #expect(buffer.lines.map { String($0.dropFirst().prefix(1)) } == ["3", "4", "5", "x"])
        #expect(buffer.styleMask()[2].hasPrefix(".ss."))
        #expect(buffer.styleMask()[1].hasPrefix("...."))
    }

    @Test func narrowAndEmptyAreasStayInside() {
        let chart = DivergingBarChart([.init("Xi măng", value: 3), .init("Điện", value: -2)])
        for width in 0...6 {
            var buffer = Buffer.sentinel(8, 3)
            chart.render(in: Rect(x: 1, y: 0, width: width, height: 2), buffer: &buffer)
            #expect(buffer.text(row: 0, from: 0, to: 1) == "x")
            #expect(buffer.text(row: 0, from: 1 + width, to: 8) == String(repeating: "x", count: 7 - width))
            #expect(buffer.lines[2] == "xxxxxxxx")
        }
        var buffer = Buffer.sentinel(4, 2)
        DivergingBarChart([]).render(in: buffer.area, buffer: &buffer)
        chart.render(in: Rect(x: 1, y: 1, width: 3, height: 0), buffer: &buffer)
        #expect(buffer.lines == ["xxxx", "xxxx"])
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
