import ThdashExtraction
import ThdashModel

/// The conflicts page (`!`): every conflict between articles, the product on its first row, the period and
/// measure on its second, one row per article that gave each value (the value on the first of them), with the article's
/// date, outlet and title. Enter opens the article in the reader at that figure.
struct ConflictsScreen {
    var state: AppState

    func render(in body: Rect, buffer: inout Buffer) {
        guard let dataset = state.dataset else { return }
        let strings = state.strings
        let rows = state.conflictRows
        guard !rows.isEmpty else {
            buffer.write(strings.noConflicts, in: ListFrame.caption(body), style: Style(.dim))
            return
        }
        buffer.write(
            strings.conflictsCaption(dataset.conflicts.count), in: ListFrame.caption(body),
            style: Style(.warning))
        let columns = [
            TableColumn(strings.conflictColumn, width: .fill(minimum: 16, weight: 4)),
            TableColumn(strings.valueColumn, width: .fixed(14), alignment: .right),
            TableColumn(strings.dateColumn, width: .fixed(10)),
            TableColumn(strings.outletColumn, width: .fill(minimum: 8, weight: 1)),
            TableColumn(strings.titleColumn, width: .fill(minimum: 12, weight: 2)),
        ]
        let text = FigureText(strings)
        let cursor = state.cursor(.conflicts)
        let table = Table(columns: columns, rowCount: rows.count, selected: cursor.selected, offset: cursor.offset) {
            index in
            let row = rows[index]
            let conflict = dataset.conflicts[row.conflict]
            let observation = conflict.observations[row.value]
            let source = state.conflictSource(row)
            var what = TableCell("")
            if row.line == 0 {
                let product = dataset.product(id: conflict.product).map { state.name(of: $0) } ?? conflict.product
                what = TableCell(product, style: Style(.header))
            } else if row.line == 1 {
                var parts = [
                    text.period(observation),
                    strings.measure(kind: conflict.kind, basis: conflict.basis, base: observation.base),
                ]
                if !observation.isHomeRegion { parts.append(observation.region) }
                what = TableCell(parts.joined(separator: " · "), style: Style(.dim))
            }
            return [
                what,
                row.opensValue ? TableCell(text.figure(observation), style: Style(.warning)) : TableCell(""),
                TableCell(source?.date?.description ?? strings.noDate, style: Style(.dim)),
                TableCell(source?.article?.source),
                TableCell(source.map { $0.article?.title ?? $0.articleName }),
            ]
        }
        buffer.render(table, in: ListFrame.table(body))
    }
}
