import Testing
import ThdashUI

@Suite struct StatusLineTests {
    @Test func hintsLeftMessageRight() {
        var buffer = Buffer.sentinel(32, 2)
        StatusLine(hints: [.init("q", "thoát"), .init(Key.f1, "trợ giúp")], message: "Đang tải").render(
            in: Rect(x: 1, y: 1, width: 30, height: 1), buffer: &buffer)
        #expect(buffer.lines == [String(repeating: "x", count: 32), "xq thoát  F1 trợ giúp  Đang tảix"])
        #expect(buffer.styleMask()[1] == ".a........aa...........dddddddd.")
    }

    @Test func hintsThatDoNotFitAreDroppedWhole() {
        var buffer = Buffer(width: 20, height: 1)
        StatusLine(hints: [.init("q", "thoát"), .init("/", "tìm")], message: "Đang tải 3/10").render(
            in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["       Đang tải 3/10"])
        StatusLine(hints: [.init("q", "thoát"), .init("/", "tìm kiếm nhanh")]).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["q thoát             "])
    }

    @Test func longMessageIsCut() {
        var buffer = Buffer(width: 8, height: 1)
        StatusLine(hints: [.init("q", "thoát")], message: "Đang tải dữ liệu").render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["Đang tả…"])
    }

    @Test func emptyAreaTouchesNothing() {
        var buffer = Buffer.sentinel(4, 1)
        StatusLine(hints: [.init("q", "quit")], message: "m").render(
            in: Rect(x: 0, y: 0, width: 0, height: 1), buffer: &buffer)
        #expect(buffer.lines == ["xxxx"])
    }
}
