import ThdashModel

/// The line under the tabs: the period, its length and the basis in force (always visible), arrows where
/// ← → lead somewhere on this screen, and the sort order where the screen is sorted.
struct ContextBar {
    var state: AppState

    func render(in area: Rect, buffer: inout Buffer) {
        let strings = state.strings
        var x = area.x
        func put(_ text: String, _ style: Style) {
            x += buffer.write(text, x: x, y: area.y, maxWidth: area.right - x, style: style)
        }
        let neighbours = state.periodNeighbours
        let label =
            state.period.flatMap { strings.granularities[$0.granularity] }.map(strings.periodLabelWith)
            ?? strings.periodLabel
        put(label + " ", Style(.dim))
        put(neighbours.before != nil ? "◂ " : "  ", Style(.accent))
        put(state.period.map { strings.period($0) } ?? strings.noPeriod, Style(.header))
        put(neighbours.after != nil ? " ▸" : "  ", Style(.accent))
        put("   " + strings.basisLabel + " ", Style(.dim))
        put(strings.mode(state.mode, for: state.period), Style(.header))
        if let pinned = state.pinnedPeriod {
            put("   " + strings.pinnedLabel(strings.period(pinned)), Style(.accent).adding(.bold))
        }
        guard state.pageSorts else { return }
        let arrow = state.sort.descending ? " ▼" : " ▲"
        let sort = strings.sortLabel + " " + (strings.sortColumns[state.sort.column] ?? "") + arrow
        if x + 3 + TerminalText.width(sort) <= area.right {
            buffer.write(sort, in: area, alignment: .right, style: Style(.dim))
        }
    }
}
