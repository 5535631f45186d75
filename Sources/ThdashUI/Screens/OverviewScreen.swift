import ThdashModel

/// Overview: the headline figures (latest IIP growth; production value with a plan-completion gauge that
/// marks the linear-year pace), the period's biggest risers and fallers as a signed bar chart, and, when
/// there is room, the IIP's growth across periods.
struct OverviewScreen {
    var state: AppState

    /// The key-figures box: four rows, and a fifth for the year-end outlook when there is one.
    static func headlinesHeight(outlook: Bool) -> Int { outlook ? 7 : 6 }

    struct Parts {
        var headlines: Rect
        var movers: Rect
        var history: Rect
    }

    /// A line inside the movers box: a group's heading, one of its rows (by index in `Movers.rows`), or the
    /// note that the group is empty.
    enum MoverLine: Equatable {
        case heading(rising: Bool)
        case row(Int)
        case empty(rising: Bool)
    }

    /// The movers box's lines, risers (or highest completion) first, then fallers (or lowest).
    static func moverLines(risers: Int, fallers: Int) -> [MoverLine] {
        var lines: [MoverLine] = [.heading(rising: true)]
        lines += risers == 0 ? [.empty(rising: true)] : (0..<risers).map { .row($0) }
        lines.append(.heading(rising: false))
        lines += fallers == 0 ? [.empty(rising: false)] : (0..<fallers).map { .row(risers + $0) }
        return lines
    }

    /// The movers box takes the lines it needs; the IIP history gets what is left when that is at least 4
    /// rows.
    static func parts(_ body: Rect, movers: Movers, outlook: Bool) -> Parts {
        let (headlines, rest) = body.splitTop(headlinesHeight(outlook: outlook))
        let wanted = moverLines(risers: movers.risers.count, fallers: movers.fallers.count).count + 2
        guard rest.height - wanted >= 4 else { return Parts(headlines: headlines, movers: rest, history: .zero) }
        let (box, history) = rest.splitTop(wanted)
        return Parts(headlines: headlines, movers: box, history: history)
    }

    /// The lines inside the movers box.
    static func moverArea(_ body: Rect, movers: Movers, outlook: Bool) -> Rect {
        Box().inner(parts(body, movers: movers, outlook: outlook).movers)
    }

    /// The index in `Movers.rows` of the row drawn on screen line `y`, if a row is drawn there.
    static func moverIndex(atY y: Int, body: Rect, movers: Movers, outlook: Bool) -> Int? {
        let area = moverArea(body, movers: movers, outlook: outlook)
        let lines = moverLines(risers: movers.risers.count, fallers: movers.fallers.count)
        let line = y - area.y
        guard line >= 0, line < min(area.height, lines.count), case .row(let index) = lines[line] else { return nil }
        return index
    }

    func render(in body: Rect, buffer: inout Buffer) {
        let movers = state.movers
        let parts = Self.parts(body, movers: movers, outlook: state.headlines.production?.outlook != nil)
        renderHeadlines(in: parts.headlines, buffer: &buffer)
        renderMovers(movers, in: parts.movers, buffer: &buffer)
        if !parts.history.isEmpty { renderHistory(in: parts.history, buffer: &buffer) }
    }

    private func renderHeadlines(in area: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let text = FigureText(strings)
        let box = Box(title: strings.headlinesTitle)
        buffer.render(box, in: area)
        let inner = box.inner(area).inset(horizontal: 1)
        guard !inner.isEmpty, state.dataset != nil else { return }
        let headlines = state.headlines
        let missing = state.period.map { strings.noFigureInYear($0.year) } ?? strings.noFigureYet

        if let iip = headlines.iip {
            let basis = iip.mode.map { ", " + strings.mode($0, for: iip.observation.period) } ?? ""
            headline(
                strings.iipName, when: when(iip.observation).map { $0 + basis }, value: text.arrow(iip.observation),
                style: Style(text.role(iip.observation)).adding(.bold), row: inner.row(0), buffer: &buffer)
        } else {
            headline(
                strings.iipName, when: [], value: missing, style: Style(.dim), row: inner.row(0), buffer: &buffer)
        }

        guard let production = headlines.production else {
            headline(
                strings.productionName, when: [], value: missing, style: Style(.dim), row: inner.row(1),
                buffer: &buffer)
            renderQuality(in: inner.row(3), buffer: &buffer)
            return
        }
        headline(
            strings.productionName, when: when(production.value), value: text.figure(production.value) ?? "",
            style: Style(.accent).adding(.bold), row: inner.row(1), buffer: &buffer)
        guard let completion = production.completion else {
            buffer.write(strings.noPlan, in: inner.row(2), style: Style(.dim))
            renderQuality(in: inner.row(3), buffer: &buffer)
            return
        }
        let reached = strings.planReached(strings.number(completion, decimals: 1) + "%")
        var gauge = Gauge(value: completion, maximum: 100, marker: production.pace?.expectedPercent, label: reached)
        gauge.labelStyle = Style(.accent)
        buffer.render(gauge, in: inner.row(2))
        let row = inner.row(3)
        var used = 0
        if let pace = production.pace {
            let expected = strings.linearPace(strings.number(pace.expectedPercent, decimals: 1) + "%")
            let gap = strings.number(abs(pace.gap), decimals: 1)
            used = buffer.write("│ " + expected + " · ", in: row, style: Style(.dim))
            used += buffer.write(
                pace.isBehind ? strings.behindPace(gap) : strings.aheadOfPace(gap), x: row.x + used, y: row.y,
                maxWidth: row.width - used, style: Style(pace.isBehind ? .warning : .positive))
        }
        renderQuality(in: row.splitLeft(used + 2).rest, buffer: &buffer)
        if let outlook = production.outlook {
            renderOutlook(outlook, of: production, in: inner.row(4), buffer: &buffer)
        }
    }

    /// "Dự phóng từ các số trên: cả năm ~137.100 tỷ đồng, 88,2% kế hoạch; 4 tháng còn lại cần bình quân
    /// cao hơn 27,5% so với các tháng đã qua", labelled a projection, never a forecast.
    private func renderOutlook(
        _ outlook: YearOutlook, of production: ProductionHeadline, in row: Rect, buffer: inout Buffer
    ) {
        let strings = state.strings
        let value = outlook.projectedValue.map {
            strings.number($0, decimals: 0) + " " + strings.unit(production.value.unit)
        }
        let completion = strings.number(outlook.projectedCompletion, decimals: 1) + "%"
        let needed = outlook.neededChange.map { strings.number(abs($0), decimals: 1) + "%" }
        let slower = (outlook.neededChange ?? 0) < 0
        let left = 12 - outlook.monthsElapsed
        let full = strings.outlook(value, completion, left, needed, slower)
        guard TerminalText.width(strings.outlookLabel + " " + full) <= row.width else {
            buffer.write(strings.outlookShort(completion, left, needed, slower), in: row, style: Style(.accent))
            return
        }
        let written = buffer.write(strings.outlookLabel + " ", in: row, style: Style(.dim))
        buffer.write(full, x: row.x + written, y: row.y, maxWidth: row.width - written, style: Style(.accent))
    }

    /// A headline's period, said to be an earlier one when it is not the period in force: the full label,
    /// then a short one for a narrow screen.
    private func when(_ observation: Observation) -> [String] {
        let strings = state.strings
        let full = FigureText(strings).period(observation)
        let short = observation.period.map { strings.shortPeriod($0) } ?? full
        guard let chosen = state.period, observation.period != chosen else { return [full, short] }
        return [strings.earlierFigure(full), strings.earlierFigureShort(short)]
    }

    /// Conflicts, failed checks and unreadable files, right-aligned, when there are any.
    private func renderQuality(in row: Rect, buffer: inout Buffer) {
        guard let dataset = state.dataset else { return }
        let summary = state.strings.qualitySummary(
            dataset.conflicts.count, dataset.failedChecks.count, state.failures.count)
        guard !summary.isEmpty, TerminalText.width(summary) <= row.width else { return }
        buffer.write(summary, in: row, alignment: .right, style: Style(.warning))
    }

    /// One headline row: name on the left, then when and the value on the right. `when` holds labels from
    /// the longest to the shortest; the first that leaves the name whole is used, else the shortest.
    private func headline(
        _ name: String, when labels: [String], value: String, style: Style, row: Rect, buffer: inout Buffer
    ) {
        let valueWidth = buffer.write(value, in: row, alignment: .right, style: style)
        let rest = row.splitRight(valueWidth + 2).rest
        let room = rest.width - TerminalText.width(name) - 2
        let when = labels.first { TerminalText.width($0) <= room } ?? labels.last ?? ""
        let whenWidth = min(TerminalText.width(when), max(0, rest.width - 12))
        if whenWidth > 0 {
            buffer.write(when, in: rest.splitRight(whenWidth).right, alignment: .right, style: Style(.dim))
        }
        buffer.write(name, in: rest.splitRight(whenWidth + (whenWidth > 0 ? 2 : 0)).rest, style: Style(.header))
    }

    private func renderMovers(_ movers: Movers, in area: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let text = FigureText(strings)
        let plan = state.mode == .planCompletion
        let period = state.period.map { strings.period($0) } ?? strings.noPeriod
        let box = Box(title: strings.mode(state.mode, for: state.period) + " · " + period)
        buffer.render(box, in: area)
        let inner = box.inner(area).inset(horizontal: 1)
        guard !inner.isEmpty else { return }
        let rows = movers.rows
        guard !rows.isEmpty else {
            buffer.write(
                strings.noFigures(strings.mode(state.mode), period), in: inner.row(inner.height / 2),
                alignment: .center, style: Style(.dim))
            return
        }
        let selected = state.cursor(.tab(.overview)).selected
        let items = rows.map { row in
            DivergingBarChart.Item(
                state.name(of: row.product), value: row.observation?.value, valueText: text.figure(row.observation))
        }
        // One scale for both groups, so that bars compare across them.
        let values = items.compactMap(\.value) + [0] + (plan ? [100] : [])
        let range = values.min()!...max(values.max()!, values.min()! + 1)
        let labelWidth = min(items.map { TerminalText.width($0.label) }.max() ?? 0, max(10, inner.width / 3))
        let valueWidth = items.map { TerminalText.width(DivergingBarChart([]).valueText(of: $0)) }.max() ?? 0
        let lines = Self.moverLines(risers: movers.risers.count, fallers: movers.fallers.count)
        for (y, line) in lines.prefix(inner.height).enumerated() {
            let row = inner.row(y)
            switch line {
            case .heading(let rising):
                let title =
                    plan
                    ? (rising ? strings.planTopTitle : strings.planBottomTitle)
                    : (rising ? strings.risersTitle : strings.fallersTitle)
                buffer.write(title, in: row, style: Style(.header))
            case .empty(let rising):
                buffer.write("  " + (rising ? strings.noRisers : strings.noFallers), in: row, style: Style(.dim))
            case .row(let index):
                var chart = DivergingBarChart(
                    [items[index]], range: range, reference: plan ? 100 : nil, selected: index == selected ? 0 : nil)
                chart.labelWidth = labelWidth
                chart.valueWidth = min(valueWidth, max(0, inner.width / 4))
                buffer.render(chart, in: row.splitLeft(2).rest)
            }
        }
    }

    /// The IIP's growth in every period of the chosen period's length, from the first the dataset has to
    /// the chosen period, the latest that fit; a run of periods without a figure takes one row ("—").
    private func renderHistory(in area: Rect, buffer: inout Buffer) {
        guard let dataset = state.dataset else { return }
        let strings = state.strings
        let text = FigureText(strings)
        let mode: ComparisonMode = state.mode == .monthOnMonth ? .monthOnMonth : .yearOnYear
        guard let end = state.period ?? state.headlines.iip?.observation.period,
            let series = dataset.series(product: Headlines.iipID, mode: mode, periodType: end.type)
        else { return }
        // From the first period of this length the dataset has, so that missing early years show too.
        let start = dataset.periods.first { $0.type == end.type }
        let rows = Self.historyRows(series.slots(from: start, through: end))
        guard rows.contains(where: { $0.point != nil }) else { return }
        let name = dataset.product(id: Headlines.iipID).map { state.name(of: $0) } ?? "IIP"
        let inner = Box().inner(area).inset(horizontal: 1)
        guard !inner.isEmpty else { return }
        let shown = rows.suffix(inner.height)
        let hidden = rows.prefix(rows.count - shown.count).reduce(0) { $0 + $1.periods }
        let title =
            strings.historyTitle(name, strings.mode(mode, for: end)) + (hidden > 0 ? strings.historyHidden(hidden) : "")
        buffer.render(Box(title: title), in: area.splitTop(shown.count + 2).top)
        let items = shown.map { row in
            let label =
                row.periods == 1
                ? strings.period(row.first) : strings.shortPeriod(row.first) + "–" + strings.shortPeriod(row.last)
            return DivergingBarChart.Item(
                label, value: row.point?.value, valueText: row.point.flatMap { text.figure($0.observation) })
        }
        var chart = DivergingBarChart(items)
        chart.labelWidth = min(items.map { TerminalText.width($0.label) }.max() ?? 0, max(10, inner.width / 3))
        buffer.render(chart, in: inner)
    }

    /// A row of the history: one period with its figure, or a run of periods without one.
    struct HistoryRow {
        var first: PeriodKey
        var last: PeriodKey
        var periods: Int
        var point: SeriesPoint?
    }

    /// One row per period with a figure, and one per run of periods without one.
    static func historyRows(_ slots: [(period: PeriodKey, point: SeriesPoint?)]) -> [HistoryRow] {
        var rows: [HistoryRow] = []
        for slot in slots {
            if slot.point == nil, let last = rows.last, last.point == nil {
                rows[rows.count - 1].last = slot.period
                rows[rows.count - 1].periods += 1
            } else {
                rows.append(HistoryRow(first: slot.period, last: slot.period, periods: 1, point: slot.point))
            }
        }
        return rows
    }
}
