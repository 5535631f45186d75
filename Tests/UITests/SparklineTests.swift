import Testing
import ThdashUI

@Suite struct SparklineTests {
    @Test func eachValueGetsItsEighth() {
        var buffer = Buffer.sentinel(11, 2)
        Sparkline([0, 1, 2, 3, 4, 5, 6, 7, 8], range: 0...8).render(
            in: Rect(x: 1, y: 0, width: 10, height: 1), buffer: &buffer)
        #expect(buffer.lines == ["x▁▁▂▃▄▅▆▇█x", "xxxxxxxxxxx"])
        #expect(buffer.styleMask()[0] == ".ggggggggg.")
    }

    @Test func missingValuesLeaveGaps() {
        var buffer = Buffer.sentinel(8, 1)
        Sparkline([1, nil, 3, .nan, 2]).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["▁ █ ▄xxx"])
    }

    @Test func showsTheLatestValuesWhenTooMany() {
        var buffer = Buffer(width: 4, height: 1)
        Sparkline((1...10).map(Double.init), range: 0...10).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["▆▆▇█"])
    }

    @Test func tallerAreasStackBlocks() {
        var buffer = Buffer.sentinel(5, 3)
        Sparkline([0, 4, 8, 16], range: 0...16).render(in: Rect(x: 0, y: 1, width: 5, height: 2), buffer: &buffer)
        #expect(buffer.lines == ["xxxxx", "   █x", "▁▄██x"])
    }

    @Test func flatSeriesSitsAtHalfHeight() {
        var buffer = Buffer(width: 3, height: 1)
        Sparkline([5, 5, 5]).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["▄▄▄"])
    }

    @Test func extremeValuesAreClamped() {
        var buffer = Buffer.sentinel(6, 1)
        Sparkline([.nan, .infinity, -.infinity, 1e308, -1e308, .greatestFiniteMagnitude]).render(
            in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == [" █▁▆▁█"])
        var flat = Buffer(width: 3, height: 1)
        Sparkline([.infinity, 2, -.infinity]).render(in: flat.area, buffer: &flat)
        #expect(flat.lines == ["█▄▁"])
    }

    @Test func emptyInputsAndAreasTouchNothing() {
        var buffer = Buffer.sentinel(3, 2)
        Sparkline([Double]()).render(in: buffer.area, buffer: &buffer)
        Sparkline([1, 2]).render(in: Rect(x: 0, y: 0, width: 0, height: 2), buffer: &buffer)
        Sparkline([1, 2]).render(in: Rect(x: 0, y: 0, width: 3, height: 0), buffer: &buffer)
        Sparkline([1, 2]).render(in: Rect(x: -9, y: -9, width: 3, height: 3), buffer: &buffer)
        #expect(buffer.lines == ["xxx", "xxx"])
    }
}
