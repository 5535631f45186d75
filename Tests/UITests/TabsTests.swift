import Testing
import ThdashUI

@Suite struct TabsTests {
    @Test func highlightsTheSelectedTitle() {
        var buffer = Buffer.sentinel(22, 2)
        Tabs(["Một", "Hai", "Ba"], selected: 1).render(in: Rect(x: 1, y: 0, width: 20, height: 1), buffer: &buffer)
        #expect(buffer.lines == ["x Một │ Hai │ Ba     x", String(repeating: "x", count: 22)])
        #expect(buffer.styleMask()[0] == "......bsssssb.........")
    }

    @Test func narrowBarKeepsTheSelectedTitleInView() {
        var buffer = Buffer(width: 10, height: 1)
        Tabs(["Một", "Hai", "Ba"], selected: 2).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == ["… Ba      "])
        Tabs(["Một", "Hai", "Ba"], selected: 0).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == [" Một │ Ha…"])
        Tabs(["Tổng quan", "Sản phẩm"], selected: 1).render(in: Rect(x: 0, y: 0, width: 6, height: 1), buffer: &buffer)
        #expect(buffer.text(row: 0, from: 0, to: 6) == "… Sản…")
    }

    @Test func outOfRangeSelectionAndEmptyInputsAreSafe() {
        var buffer = Buffer.sentinel(8, 1)
        Tabs([], selected: 0).render(in: buffer.area, buffer: &buffer)
        Tabs(["a"], selected: 3).render(in: Rect(x: 0, y: 0, width: 0, height: 1), buffer: &buffer)
        #expect(buffer.lines == ["xxxxxxxx"])
        Tabs(["a", "b"], selected: 99).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines == [" a │ b  "])
        #expect(buffer.styleMask() == ["...bsss."])
    }
}
