/// Help (? or F1): every key from the key map with what it does, the mouse, what the screens' marks and
/// colours mean, and the colour theme (on the frame's bottom edge). Scrolls with the movement keys when the list does not fit.
struct HelpScreen {
    var state: AppState

    /// The help's lines: keys and what they do, then the marks and what they mean.
    static func lines(_ strings: Strings) -> [(keys: String, text: String)] {
        KeyMap.helpEntries.map { ($0.keys, strings.help[$0.topic] ?? "") }
            + [(strings.mouseKeys, strings.help[.mouse] ?? ""), ("", ""), ("", strings.marksTitle)]
            + strings.marks.map { ($0.mark, $0.meaning) }
    }

    /// The first line shown for a requested offset, in a list area of `height` rows.
    static func firstLine(offset: Int, height: Int, strings: Strings) -> Int {
        min(max(0, offset), max(0, lines(strings).count - height))
    }

    func render(in body: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let box = Box(title: strings.helpTitle + " · " + strings.helpClose)
        buffer.render(box, in: body)
        let list = box.inner(body).inset(horizontal: 1)
        guard !list.isEmpty else { return }
        let lines = Self.lines(strings)
        let keyWidth = min(lines.map { TerminalText.width($0.keys) }.max() ?? 0, list.width / 3)
        let first = Self.firstLine(offset: state.helpOffset, height: list.height, strings: strings)
        for (row, line) in lines.dropFirst(first).prefix(list.height).enumerated() {
            let area = list.row(row)
            buffer.write(line.keys, in: area.splitLeft(keyWidth).left, style: Style(.accent))
            buffer.write(line.text, in: area.splitLeft(keyWidth + 2).rest)
        }
        let more = first + list.height < lines.count ? " ↓ ·" : ""
        buffer.write(
            more + " " + strings.themeLine(state.themeName) + " ", x: body.x + 2, y: body.bottom - 1,
            maxWidth: body.width - 4, style: Style(.dim))
    }
}
