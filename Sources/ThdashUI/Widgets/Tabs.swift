// Tabs: a one-row bar of screen titles with the current one highlighted.

/// Titles separated by a divider, the selected one in the selection style. When they do not all fit, the
/// bar starts late enough for the selected title to show, with "…" marking titles left out on either side.
public struct Tabs: Widget {
    public var titles: [String]
    public var selected: Int
    public var divider = "│"
    public var style = Style.normal
    public var selectionStyle = Style(.selection)
    public var dividerStyle = Style(.border)

    public init(_ titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty, !titles.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, with: .blank(style))
        let labels = titles.map { " \($0) " }
        let widths = labels.map { TerminalText.width($0) }
        let dividerWidth = TerminalText.width(divider)
        let chosen = min(max(0, selected), titles.count - 1)
        // Drop titles from the left until the selected one ends inside the row (leaving room for "…").
        var first = 0
        func end(from start: Int) -> Int {
            (start...chosen).reduce(start > 0 ? 1 : 0) { $0 + widths[$1] } + (chosen - start) * dividerWidth
        }
        while first < chosen, end(from: first) > row.width - (chosen < titles.count - 1 ? 1 : 0) { first += 1 }
        var x = row.x
        if first > 0 { x += buffer.write("…", x: x, y: row.y, maxWidth: row.right - x, style: dividerStyle) }
        for index in first..<titles.count {
            guard x < row.right else { break }
            if index > first {
                x += buffer.write(divider, x: x, y: row.y, maxWidth: row.right - x, style: dividerStyle)
                guard x < row.right else { break }
            }
            let isLast = index == titles.count - 1
            let room = row.right - x
            if widths[index] > room || (!isLast && widths[index] == room) {
                // The rest does not fit: end the bar with this title cut short, or "…".
                buffer.write(
                    labels[index], x: x, y: row.y, maxWidth: room, style: index == chosen ? selectionStyle : style)
                break
            }
            x += buffer.write(
                labels[index], x: x, y: row.y, maxWidth: room, style: index == chosen ? selectionStyle : style)
        }
    }
}
