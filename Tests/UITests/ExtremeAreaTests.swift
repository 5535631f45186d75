import Testing
import ThdashUI

/// Every widget against areas that are empty, off the buffer, or absurdly large.
@Suite struct ExtremeAreaTests {
    let widgets: [any Widget] = [
        Table(columns: [TableColumn("a"), TableColumn("b", width: .fixed(3))], rows: [["1", "2"]], selected: 0),
        DivergingBarChart([.init("a", value: .nan), .init("b", value: .infinity)], reference: 100),
        Sparkline([1, .nan, -.infinity, .greatestFiniteMagnitude]),
        Gauge(value: .infinity, maximum: .nan, marker: -.infinity, label: "∞"),
        Tabs(["a", "b"], selected: -1),
        StatusLine(hints: [.init("q", "quit")], message: "\u{1b}[2J"),
        Box(title: "t"),
    ]

    @Test func emptyAreasTouchNothing() {
        let areas = [
            Rect.zero, Rect(x: 2, y: 1, width: 0, height: 3), Rect(x: 2, y: 1, width: 3, height: 0),
            Rect(x: 10, y: 0, width: 5, height: 5), Rect(x: -8, y: -8, width: 5, height: 5),
            Rect(x: Int.max - 2, y: 0, width: Int.max, height: 2), Rect(x: Int.min, y: Int.min, width: 4, height: 4),
        ]
        for widget in widgets {
            for area in areas {
                var buffer = Buffer.sentinel(6, 4)
                widget.render(in: area, buffer: &buffer)
                #expect(buffer == Buffer.sentinel(6, 4), "\(type(of: widget)) in \(area)")
            }
        }
    }

    @Test func oversizedAreasAreClippedToTheBuffer() {
        for widget in widgets {
            var buffer = Buffer.sentinel(6, 4)
            widget.render(in: Rect(x: 1, y: 1, width: Int.max, height: Int.max), buffer: &buffer)
            #expect(buffer.lines[0] == "xxxxxx", "\(type(of: widget))")
            #expect(buffer.lines.allSatisfy { $0.hasPrefix("x") }, "\(type(of: widget))")
        }
    }

    @Test func zeroSizedBufferTakesAnything() {
        var buffer = Buffer(width: 0, height: 0)
        for widget in widgets { widget.render(in: Rect(x: 0, y: 0, width: 10, height: 10), buffer: &buffer) }
        buffer.write("abc", x: 0, y: 0)
        buffer.fill(Rect(x: 0, y: 0, width: 3, height: 3))
        #expect(buffer.lines.isEmpty)
        #expect(buffer.runs(since: nil).isEmpty)
    }
}
