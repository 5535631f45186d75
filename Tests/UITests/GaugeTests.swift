import Testing
import ThdashUI

@Suite struct GaugeTests {
    func line(_ gauge: Gauge, width: Int = 8) -> String {
        var buffer = Buffer.sentinel(width + 2, 1)
        gauge.render(in: Rect(x: 1, y: 0, width: width, height: 1), buffer: &buffer)
        #expect(buffer.lines[0].hasPrefix("x") && buffer.lines[0].hasSuffix("x"))
        return buffer.text(row: 0, from: 1, to: width + 1)
    }

    @Test func fillsToTheEighthOverATrack() {
        #expect(line(Gauge(value: 50)) == "████░░░░")
        #expect(line(Gauge(value: 62.5)) == "█████░░░")
        #expect(line(Gauge(value: 56.25)) == "████▌░░░")
        #expect(line(Gauge(value: 3, maximum: 8)) == "███░░░░░")
    }

    @Test func markerShowsTheSecondValue() {
        #expect(line(Gauge(value: 50, marker: 75)) == "████░░▏░")
        #expect(line(Gauge(value: 100, marker: 50)) == "████▏███")
        #expect(line(Gauge(value: 0, marker: 100)) == "░░░░░░░▕")
        #expect(line(Gauge(value: 0, marker: 40)) == "░░░│░░░░")
        var buffer = Buffer(width: 8, height: 1)
        Gauge(value: 50, marker: 75).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.styleMask() == ["ggggddad"])
    }

    @Test func labelSitsRightOfTheBar() {
        #expect(line(Gauge(value: 50, label: "50%"), width: 16) == "██████░░░░░░ 50%")
        #expect(line(Gauge(value: 50, label: "kế hoạch năm 2024"), width: 10) == "██░░ kế h…")
    }

    @Test func outOfRangeAndNonFiniteValues() {
        #expect(line(Gauge(value: 150)) == "████████")
        #expect(line(Gauge(value: -20)) == "░░░░░░░░")
        #expect(line(Gauge(value: .nan, marker: 50)) == "░░░░▏░░░")
        #expect(line(Gauge(value: .infinity)) == "████████")
        #expect(line(Gauge(value: -.infinity, marker: .nan)) == "░░░░░░░░")
        #expect(line(Gauge(value: 1e308, maximum: .greatestFiniteMagnitude)) == "████▌░░░")
        #expect(line(Gauge(value: 50, maximum: 0)) == "████░░░░")
        #expect(line(Gauge(value: 50, maximum: .nan, marker: .infinity)) == "████░░░░")
    }

    @Test func everyRowGetsTheBar() {
        var buffer = Buffer.sentinel(4, 3)
        Gauge(value: 50).render(in: Rect(x: 0, y: 0, width: 4, height: 2), buffer: &buffer)
        #expect(buffer.lines == ["██░░", "██░░", "xxxx"])
    }

    @Test func emptyAreasTouchNothing() {
        var buffer = Buffer.sentinel(3, 1)
        Gauge(value: 50, label: "50%").render(in: Rect(x: 1, y: 0, width: 0, height: 1), buffer: &buffer)
        Gauge(value: 50).render(in: Rect(x: 1, y: 0, width: 2, height: 0), buffer: &buffer)
        #expect(buffer.lines == ["xxx"])
        Gauge(value: 50, label: "50%").render(in: Rect(x: 1, y: 0, width: 1, height: 1), buffer: &buffer)
        #expect(buffer.lines[0].hasPrefix("x"))
    }
}
