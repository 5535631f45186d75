import ThdashModel

/// The products table of the Products screen and of a product line: product, line, output, the figure for
/// the period and basis ("—" when there is none, never 0), a "≠" where articles disagree, and an inline
/// bar diverging around 0 (with a 100 % line for plan completion). The output column is left out when no
/// row has an output for the period: a column of "—" tells the reader nothing.
struct ProductTable {
    var state: AppState
    var rows: [ProductRow]
    var cursor: ListCursor
    var showsLine = true

    func render(in area: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let text = FigureText(strings)
        let plan = state.mode == .planCompletion
        var columns = [TableColumn(strings.productColumn, width: .fill(minimum: 10, weight: 5))]
        // Below 80 columns the product names need the room more than the line does.
        let showsLine = showsLine && area.width >= 80
        if showsLine { columns.append(TableColumn(strings.lineColumn, width: .fill(minimum: 6, weight: 4))) }
        let showsOutput = rows.contains { $0.valueObservation != nil }
        if showsOutput {
            // As wide as the outputs on screen need ("12,3 million tonnes"), within bounds.
            let visible = rows[min(cursor.offset, rows.count)..<min(rows.count, cursor.offset + area.height)]
            let widest = visible.lazy.map { TerminalText.width(text.figure($0.valueObservation) ?? "") }.max() ?? 0
            let width = min(max(area.width >= 100 ? 18 : 15, widest), area.width >= 100 ? 24 : 18)
            columns.append(TableColumn(strings.outputColumn, width: .fixed(width), alignment: .right))
        }
        let pinned = state.pinnedPeriod
        if let pinned {
            columns.append(TableColumn(strings.shortPeriod(pinned), width: .fixed(9), alignment: .right))
        }
        columns += [
            TableColumn(
                pinned == nil || state.period == nil
                    ? (plan ? strings.planColumn : strings.growthColumn) : strings.shortPeriod(state.period!),
                width: .fixed(9), alignment: .right)
        ]
        if pinned != nil { columns.append(TableColumn(strings.differenceColumn, width: .fixed(8), alignment: .right)) }
        columns += [
            TableColumn("", width: .fixed(1)),
            TableColumn("", width: .fill(minimum: 6, weight: 3)),
        ]
        let searching = state.search.isActive
        let table = Table(columns: columns, rowCount: rows.count, selected: cursor.selected, offset: cursor.offset) {
            index in
            let row = rows[index]
            let name = state.name(of: row.product)
            var cells = [TableCell(name, style: searching && state.matches(row.product) ? Style(.accent) : nil)]
            if showsLine { cells.append(TableCell(state.lineName(id: row.product.line))) }
            if showsOutput { cells.append(TableCell(text.figure(row.valueObservation))) }
            let before = pinned != nil ? state.pinnedRow(of: row.product)?.observation : nil
            if pinned != nil { cells.append(TableCell(text.figure(before), style: Style(text.role(before)))) }
            cells.append(TableCell(text.figure(row.observation), style: Style(text.role(row.observation))))
            if pinned != nil {
                let difference = row.observation.flatMap { now in before.map { now.value - $0.value } }
                cells.append(
                    TableCell(
                        difference.map { text.number($0, signed: true) } ?? ValueText.missing,
                        style: Style(difference.map { $0 > 0 ? .positive : $0 < 0 ? .negative : .normal } ?? .dim)))
            }
            cells += [
                row.isConflicted ? TableCell("≠", style: Style(.warning)) : TableCell(""),
                TableCell(""),
            ]
            return cells
        }
        buffer.render(table, in: area)
        if rows.isEmpty {
            let period = state.period.map { strings.period($0) } ?? strings.noPeriod
            buffer.write(
                strings.noFigures(strings.mode(state.mode, for: state.period), period),
                in: area.splitTop(2).rest.row(1), alignment: .center, style: Style(.dim))
        }

        // The inline bars: a label-less chart over the last column, scrolled like the table.
        let widths = table.columnWidths(forWidth: area.width)
        let barWidth = widths.last ?? 0
        let body = area.splitTop(2).rest
        guard barWidth > 0, !body.isEmpty else { return }
        let barArea = Rect(x: area.right - barWidth, y: body.y, width: barWidth, height: body.height)
        let reference: Double? = plan ? 100 : nil
        let window = BarWindow(
            values: rows.map(\.value), reference: reference, cursor: cursor,
            visibleRows: body.height)
        var chart = DivergingBarChart(
            window.rows.map { DivergingBarChart.Item("", value: rows[$0].value, valueText: "") },
            range: window.range, reference: reference)
        chart.labelWidth = 0
        chart.valueWidth = 0
        buffer.render(chart, in: barArea)
        let selectedRow = window.selected(cursor)
        if selectedRow >= 0 && selectedRow < body.height {
            buffer.modifyStyle(in: barArea.row(selectedRow)) { $0.background = .selection }
        }
    }
}
