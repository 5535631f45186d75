import ThdashModel

/// The line under the tabs: the period and basis in force (always visible), and the sort order.
struct ContextBar {
    var state: AppState

    func render(in area: Rect, buffer: inout Buffer) {
        let strings = state.strings
        var x = area.x
        func put(_ text: String, _ style: Style) {
            x += buffer.write(text, x: x, y: area.y, maxWidth: area.right - x, style: style)
        }
        let canGoBack = state.period.flatMap { p in state.dataset?.period(before: p) } != nil
        let canGoOn = state.period.flatMap { p in state.dataset?.period(after: p) } != nil
        put(strings.periodLabel + " ", Style(.dim))
        put(canGoBack ? "◂ " : "  ", Style(.accent))
        put(state.period.map { strings.period($0) } ?? strings.noPeriod, Style(.header))
        put(canGoOn ? " ▸" : "  ", Style(.accent))
        put("   " + strings.basisLabel + " ", Style(.dim))
        put(strings.mode(state.mode), Style(.header))
        let arrow = state.sort.descending ? " ▼" : " ▲"
        let sort = strings.sortLabel + " " + (strings.sortColumns[state.sort.column] ?? "") + arrow
        if x + 3 + TerminalText.width(sort) <= area.right {
            buffer.write(sort, in: area, alignment: .right, style: Style(.dim))
        }
    }
}
