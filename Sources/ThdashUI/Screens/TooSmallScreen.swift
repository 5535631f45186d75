/// Shown instead of the dashboard when the terminal is smaller than `Layout`'s minimum: how big it is, how
/// big it needs to be, and that q still quits.
struct TooSmallScreen {
    var state: AppState

    func render(in area: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let lines = [
            (strings.tooSmall(state.width, state.height), Style(.warning)),
            (strings.needsSize(Layout.minimumWidth, Layout.minimumHeight), Style.normal),
            (strings.quitHint, Style(.dim)),
        ]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            buffer.write(
                line.0, in: Rect(x: area.x, y: top + index, width: area.width, height: 1), alignment: .center,
                style: line.1)
        }
    }
}
