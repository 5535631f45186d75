import ThdashModel

/// Chart: the Products selection as horizontal bars diverging around 0, drawn to an eighth of a cell, with
/// a line at 100 % when showing plan completion. Only products with a figure get a row.
struct ChartScreen {
    var state: AppState

    /// The rows of bars, under the caption.
    static func rows(_ body: Rect) -> Rect { body.splitTop(1).rest }

    func render(in body: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let text = FigureText(strings)
        let rows = state.chartRows
        let caption = body.row(0)
        var x = caption.x
        let counts = state.listCounts(on: .tab(.products))
        x += buffer.write(strings.mode(state.mode, for: state.period), in: caption, style: Style(.header))
        x += buffer.write(
            " · " + strings.productsCaption(rows.count, counts.total), x: x, y: caption.y,
            maxWidth: caption.right - x, style: Style(.dim))
        let plan = state.mode == .planCompletion
        if plan {
            buffer.write(" · │ 100%", x: x, y: caption.y, maxWidth: caption.right - x, style: Style(.dim))
        }
        guard !rows.isEmpty else {
            let period = state.period.map { strings.period($0) } ?? strings.noPeriod
            buffer.write(
                strings.noFigures(strings.mode(state.mode), period), in: Self.rows(body).row(1), alignment: .center,
                style: Style(.dim))
            return
        }
        let cursor = state.cursor(.tab(.chart))
        let area = Self.rows(body)
        let reference: Double? = plan ? 100 : nil
        let window = BarWindow(
            values: rows.map(\.value), reference: reference, cursor: cursor, visibleRows: area.height)
        let items = window.rows.map { index in
            let row = rows[index]
            return DivergingBarChart.Item(
                state.name(of: row.product), value: row.observation?.value, valueText: text.figure(row.observation))
        }
        var chart = DivergingBarChart(
            items, range: window.range, reference: reference, selected: window.selected(cursor))
        // Label and value columns as wide as the widest of all rows, so they do not shift while scrolling.
        let widest = rows.lazy.map { TerminalText.width(state.name(of: $0.product)) }.max() ?? 0
        chart.labelWidth = min(widest, max(10, area.width / 3))
        chart.valueWidth = 9
        buffer.render(chart, in: area)
    }
}
