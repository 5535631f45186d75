import ThdashExtraction
import ThdashModel

/// One product: its series as sparklines, on a tall screen a column chart of the series for the basis and
/// the period length in force (gaps left empty, the period in force highlighted), every value stated for it
/// across periods and bases, and for the selected value where it came from (article title, date, the sentence with the figure's clause
/// highlighted). Values that articles disagree on are shown side by side.
struct ProductScreen {
    var state: AppState
    var product: String

    struct Parts {
        var header: Rect
        var sparklines: Rect
        var chart: Rect
        var table: Rect
        var source: Rect
    }

    /// The table takes the rows its entries need, up to three fifths of what the sparklines leave; the
    /// source panel gets the rest (long sentences and side-by-side conflicts need it).
    static func parts(_ body: Rect, history: ProductHistory) -> Parts {
        let (header, afterHeader) = body.splitTop(1)
        let sparkRows = min(history.series.count, body.height >= 30 ? 4 : 2)
        let (sparklines, afterSparklines) = afterHeader.splitTop(sparkRows)
        let (chart, rest) = afterSparklines.splitTop(body.height >= 30 ? chartHeight : 0)
        let tableRows = min(history.entries.count + 2, max(3, rest.height * 3 / 5))
        let (table, source) = rest.splitTop(tableRows)
        return Parts(header: header, sparklines: sparklines, chart: chart, table: table, source: source)
    }

    /// The table's data rows.
    static func rows(_ body: Rect, history: ProductHistory) -> Rect {
        parts(body, history: history).table.splitTop(2).rest
    }

    func render(in body: Rect, buffer: inout Buffer) {
        guard let dataset = state.dataset, let history = state.history(of: product) else { return }
        let strings = state.strings
        let parts = Self.parts(body, history: history)
        renderHeader(history, in: parts.header, buffer: &buffer)
        guard !history.entries.isEmpty else {
            buffer.write(strings.noHistory, in: parts.table.row(1), alignment: .center, style: Style(.dim))
            return
        }
        renderSparklines(history.series, in: parts.sparklines, buffer: &buffer)
        if !parts.chart.isEmpty { renderChart(dataset: dataset, in: parts.chart, buffer: &buffer) }
        let cursor = state.cursor(.product(product))
        renderTable(history.entries, cursor: cursor, in: parts.table, buffer: &buffer)
        let selected = history.entries[min(max(0, cursor.selected), history.entries.count - 1)]
        renderSource(of: selected, dataset: dataset, in: parts.source, buffer: &buffer)
    }

    private func renderHeader(_ history: ProductHistory, in row: Rect, buffer: inout Buffer) {
        guard let item = history.product else { return }
        var x = row.x
        x += buffer.write(state.name(of: item), in: row, style: Style(.header))
        var details = [state.lineName(id: item.line)]
        if !item.unit.isEmpty { details.append(state.strings.unitLabel + ": " + item.unit) }
        if state.language == .english, !item.nameEN.isEmpty { details.append(item.name) }
        buffer.write(
            " · " + details.joined(separator: " · "), x: x, y: row.y, maxWidth: row.right - x, style: Style(.dim))
    }

    static let chartHeight = 9

    /// The series for the basis and period length in force as columns, one per period from the dataset's
    /// first of that length to the series' last (or the period in force), under a one-line title.
    private func renderChart(dataset: Dataset, in area: Rect, buffer: inout Buffer) {
        let strings = state.strings
        guard let period = state.period,
            let series = dataset.series(product: product, mode: state.mode, periodType: period.type)
        else { return }
        // From the dataset's first period of this length, so that missing early periods show as gaps.
        let slots = series.slots(
            from: dataset.periods.first { $0.type == period.type }, through: max(period, series.points.last!.period))
        let text = FigureText(strings)
        let items = slots.map { slot in
            ColumnChart.Item(
                strings.shortPeriod(slot.period), value: slot.point?.value,
                valueText: slot.point.map { text.number($0.value, signed: series.kind == .growth) } ?? "")
        }
        let title =
            strings.mode(state.mode, for: period) + " · " + (strings.periodTypes[period.type] ?? "")
            + (series.unit == "%" || series.unit.isEmpty ? "" : " (\(strings.unit(series.unit)))")
        buffer.write(title, in: area.row(0), style: Style(.dim))
        let chart = ColumnChart(
            items, reference: state.mode == .planCompletion ? 100 : nil,
            highlighted: slots.firstIndex { $0.period == period })
        buffer.render(chart, in: area.splitTop(1).rest.splitTop(area.height - 2).top)
    }

    private func renderSparklines(_ series: [Series], in area: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let labelWidth = min(44, area.width / 2)
        for (index, line) in series.prefix(area.height).enumerated() {
            let row = area.row(index)
            var label =
                strings.measure(kind: line.kind, basis: line.basis) + ", "
                + (strings.periodTypes[line.periodType] ?? "")
            if line.unit != "%" && !line.unit.isEmpty { label += " (\(strings.unit(line.unit)))" }
            buffer.write(label, in: row.splitLeft(labelWidth).left, style: Style(.dim))
            let rest = row.splitLeft(labelWidth + 1).rest
            // One cell per period of the series' length, blank where no figure was stated.
            let slots = line.slots
            let sparkWidth = min(slots.count, 24, max(0, rest.width / 2))
            let shown = slots.suffix(sparkWidth)
            buffer.render(
                Sparkline(shown.map { $0.point?.value }), in: Rect(x: rest.x, y: row.y, width: sparkWidth, height: 1))
            guard let first = shown.first?.period, let last = line.points.last else { continue }
            let span = strings.shortPeriod(first) + (shown.count > 1 ? "–" + strings.shortPeriod(last.period) : "")
            let lastValue =
                FigureText(strings).number(last.value, signed: line.kind == .growth) + (line.unit == "%" ? "%" : "")
            // Name the gaps when they are few, count them otherwise.
            let missing = shown.filter { $0.point == nil }.map { strings.shortPeriod($0.period) }
            let gaps =
                missing.isEmpty
                ? ""
                : " · "
                    + (missing.count <= 3
                        ? strings.missingNamed(missing.joined(separator: ", ")) : strings.missingPeriods(missing.count))
            buffer.write(
                span + ": " + lastValue + gaps,
                x: rest.x + sparkWidth + 1, y: row.y, maxWidth: rest.width - sparkWidth - 1, style: Style(.dim))
        }
    }

    private func renderTable(_ entries: [Observation], cursor: ListCursor, in area: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let text = FigureText(strings)
        let columns = [
            TableColumn(strings.periodColumn, width: .fill(minimum: 12, weight: 2)),
            TableColumn(strings.measureColumn, width: .fill(minimum: 10, weight: 3)),
            TableColumn(strings.valueColumn, width: .fixed(16), alignment: .right),
            TableColumn(strings.sourcesColumn, width: .fixed(7), alignment: .right),
            TableColumn("", width: .fixed(1)),
        ]
        let table = Table(columns: columns, rowCount: entries.count, selected: cursor.selected, offset: cursor.offset) {
            index in
            let entry = entries[index]
            let period = text.period(entry) + (entry.isHomeRegion ? "" : " · " + entry.region)
            return [
                TableCell(period, style: entry.isHomeRegion ? nil : Style(.dim)),
                TableCell(strings.measure(kind: entry.kind, basis: entry.basis, base: entry.base)),
                TableCell(text.figure(entry), style: Style(text.role(entry))),
                TableCell(String(entry.sourceCount)),
                entry.isConflicted ? TableCell("≠", style: Style(.warning)) : TableCell(""),
            ]
        }
        buffer.render(table, in: area)
    }

    /// The source panel, as tall as its content needs (at most `area`).
    private func renderSource(of entry: Observation, dataset: Dataset, in area: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let conflict = entry.isConflicted ? dataset.conflicts.first { $0.observations.contains(entry) } : nil
        let box = Box(title: conflict == nil ? strings.sourceTitle : strings.conflictTitle)
        let inner = box.inner(area).inset(horizontal: 1)
        guard !inner.isEmpty else { return }
        // Lay the content out on a scratch buffer of the same width first, to size the frame to it.
        var scratch = Buffer(width: buffer.width, height: inner.y + 200)
        let used = renderContent(of: entry, conflict: conflict, dataset: dataset, in: inner, buffer: &scratch)
        let frame = area.splitTop(min(area.height, used - area.y + 1)).top
        buffer.render(box, in: frame)
        _ = renderContent(
            of: entry, conflict: conflict, dataset: dataset, in: box.inner(frame).inset(horizontal: 1), buffer: &buffer)
    }

    /// The sources of one value, or of every value of a conflict side by side; returns the row after the
    /// last one written.
    private func renderContent(
        of entry: Observation, conflict: Conflict?, dataset: Dataset, in inner: Rect, buffer: inout Buffer
    ) -> Int {
        guard let conflict else {
            return renderSources(of: entry, dataset: dataset, showsValue: false, in: inner, buffer: &buffer)
        }
        let shown = Array(conflict.observations.prefix(max(1, inner.width / 24)))
        let columns = inner.split(.horizontal, shown.map { _ in .fill() }, spacing: 2)
        var bottom = inner.y
        for (observation, column) in zip(shown, columns) {
            bottom = max(
                bottom, renderSources(of: observation, dataset: dataset, showsValue: true, in: column, buffer: &buffer))
        }
        return bottom
    }

    /// One value's sources: each article's title and date, then the first one's sentence.
    @discardableResult
    private func renderSources(
        of observation: Observation, dataset: Dataset, showsValue: Bool, in area: Rect, buffer: inout Buffer
    ) -> Int {
        let strings = state.strings
        let text = FigureText(strings)
        var y = area.y
        if showsValue {
            buffer.write(
                text.figure(observation) ?? "", in: area.row(0), style: Style(.warning).adding(.bold))
            y += 1
        }
        let sources = dataset.sources(of: observation)
        for (index, source) in sources.enumerated() where y < area.bottom {
            let row = Rect(x: area.x, y: y, width: area.width, height: 1)
            let title = source.article?.title ?? source.articleName
            let date = source.date?.description ?? strings.noDate
            let written = buffer.write(
                title, in: row.splitRight(TerminalText.width(date) + 3).rest, style: Style(.header))
            buffer.write(" · " + date, x: row.x + written, y: y, maxWidth: row.width - written, style: Style(.dim))
            y += 1
            guard index == 0 else { continue }
            let sentence = source.figure.sentence.isEmpty ? source.quote : source.figure.sentence
            let paragraph = Paragraph(sentence, highlight: sentence.range(of: source.quote))
            let room = area.bottom - y - (sources.count - 1)
            let height = min(paragraph.height(forWidth: area.width), max(1, room))
            buffer.render(paragraph, in: Rect(x: area.x, y: y, width: area.width, height: height))
            y += height
        }
        return y
    }
}
