import ThdashModel

/// Lines: the product lines, how many of their products have a figure for the period, and the highest.
struct LinesScreen {
    var state: AppState

    func render(in body: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let text = FigureText(strings)
        let sections = state.lineSections
        buffer.write(strings.linesCaption, in: ListFrame.caption(body), style: Style(.dim))
        let columns = [
            TableColumn(strings.lineColumn, width: .fill(minimum: 12, weight: 2)),
            TableColumn(strings.productsCountColumn, width: .fixed(9), alignment: .right),
            TableColumn(strings.filledColumn, width: .fixed(10), alignment: .right),
            TableColumn(strings.leaderColumn, width: .fill(minimum: 12, weight: 3)),
            TableColumn("", width: .fixed(9), alignment: .right),
        ]
        let cursor = state.cursor(.tab(.lines))
        let table = Table(columns: columns, rowCount: sections.count, selected: cursor.selected, offset: cursor.offset)
        {
            index in
            let section = sections[index]
            let leader = section.rows.filter { $0.observation != nil }.max {
                $0.observation!.value < $1.observation!.value
            }
            return [
                TableCell(state.name(of: section.line)), TableCell(String(section.rows.count)),
                TableCell(String(section.filledCount)), TableCell(leader.map { state.name(of: $0.product) }),
                TableCell(text.figure(leader?.observation), style: Style(text.role(leader?.observation))),
            ]
        }
        buffer.render(table, in: ListFrame.table(body))
    }
}
