import Testing
import ThdashUI

@Suite struct BoxTests {
    @Test func drawsTheFrameAndTitleOnly() {
        var buffer = Buffer.sentinel(12, 5)
        let box = Box(title: "Bảng")
        box.render(in: Rect(x: 1, y: 0, width: 10, height: 4), buffer: &buffer)
        #expect(
            buffer.lines == [
                "x┌ Bảng ──┐x",
                "x│xxxxxxxx│x",
                "x│xxxxxxxx│x",
                "x└────────┘x",
                "xxxxxxxxxxxx",
            ])
        #expect(box.inner(Rect(x: 1, y: 0, width: 10, height: 4)) == Rect(x: 2, y: 1, width: 8, height: 2))
    }

    @Test func longTitleIsCutInsideTheCorners() {
        var buffer = Buffer(width: 8, height: 2)
        Box(title: "Sản lượng").render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["┌ Sản …┐", "└──────┘"])
    }

    @Test func tooSmallAreasAreLeftAlone() {
        var buffer = Buffer.sentinel(3, 3)
        Box(title: "t").render(in: Rect(x: 0, y: 0, width: 1, height: 3), buffer: &buffer)
        Box().render(in: Rect(x: 0, y: 0, width: 3, height: 1), buffer: &buffer)
        #expect(buffer.lines == ["xxx", "xxx", "xxx"])
        #expect(Box().inner(Rect(x: 0, y: 0, width: 1, height: 5)).isEmpty)
        Box().render(in: Rect(x: 0, y: 0, width: 2, height: 2), buffer: &buffer)
        #expect(buffer.lines == ["┌┐x", "└┘x", "xxx"])
    }
}
