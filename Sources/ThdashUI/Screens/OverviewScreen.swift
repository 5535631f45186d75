import ThdashModel

/// Overview: the headline figures (latest IIP growth; production value with a plan-completion gauge that
/// marks the linear-year pace), the period's biggest risers and fallers as a signed bar chart, and, when
/// there is room, the IIP's growth across periods.
struct OverviewScreen {
    var state: AppState

    static let headlinesHeight = 6

    struct Parts {
        var headlines: Rect
        var movers: Rect
        var history: Rect
    }

    /// The movers box takes the rows it needs (at least 3); the IIP history gets what is left when that is
    /// at least 4 rows.
    static func parts(_ body: Rect, moverCount: Int) -> Parts {
        let (headlines, rest) = body.splitTop(headlinesHeight)
        let wanted = max(3, moverCount + 2)
        guard rest.height - wanted >= 4 else { return Parts(headlines: headlines, movers: rest, history: .zero) }
        let (movers, history) = rest.splitTop(wanted)
        return Parts(headlines: headlines, movers: movers, history: history)
    }

    /// The rows of the movers chart, inside its box.
    static func moverRows(_ body: Rect, moverCount: Int) -> Rect {
        Box().inner(parts(body, moverCount: moverCount).movers)
    }

    func render(in body: Rect, buffer: inout Buffer) {
        let movers = state.moverRows
        let parts = Self.parts(body, moverCount: movers.count)
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
        guard !inner.isEmpty, let dataset = state.dataset else { return }
        let headlines = dataset.headlines

        if let iip = headlines.iip {
            let basis = iip.mode.map { strings.mode($0) }
            let when = text.period(iip.observation) + (basis.map { ", " + $0 } ?? "")
            headline(
                strings.iipName, when: when, value: text.arrow(iip.observation),
                style: Style(text.role(iip.observation)).adding(.bold), row: inner.row(0), buffer: &buffer)
        } else {
            headline(
                strings.iipName, when: "", value: strings.noFigureYet, style: Style(.dim), row: inner.row(0),
                buffer: &buffer)
        }

        guard let production = headlines.production else {
            headline(
                strings.productionName, when: "", value: strings.noFigureYet, style: Style(.dim), row: inner.row(1),
                buffer: &buffer)
            renderQuality(in: inner.row(3), buffer: &buffer)
            return
        }
        headline(
            strings.productionName, when: text.period(production.value), value: text.figure(production.value) ?? "",
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
    }

    /// Conflicts, failed checks and unreadable files, right-aligned, when there are any.
    private func renderQuality(in row: Rect, buffer: inout Buffer) {
        guard let dataset = state.dataset else { return }
        let summary = state.strings.qualitySummary(
            dataset.conflicts.count, dataset.failedChecks.count, state.failures.count)
        guard !summary.isEmpty, TerminalText.width(summary) <= row.width else { return }
        buffer.write(summary, in: row, alignment: .right, style: Style(.warning))
    }

    /// One headline row: name on the left, then when and the value on the right.
    private func headline(
        _ name: String, when: String, value: String, style: Style, row: Rect, buffer: inout Buffer
    ) {
        let valueWidth = buffer.write(value, in: row, alignment: .right, style: style)
        let rest = row.splitRight(valueWidth + 2).rest
        let whenWidth = min(TerminalText.width(when), max(0, rest.width - 12))
        if whenWidth > 0 {
            buffer.write(when, in: rest.splitRight(whenWidth).right, alignment: .right, style: Style(.dim))
        }
        buffer.write(name, in: rest.splitRight(whenWidth + (whenWidth > 0 ? 2 : 0)).rest, style: Style(.header))
    }

    private func renderMovers(_ rows: [ProductRow], in area: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let text = FigureText(strings)
        let plan = state.mode == .planCompletion
        let period = state.period.map { strings.period($0) } ?? strings.noPeriod
        let box = Box(title: (plan ? strings.planMoversTitle : strings.moversTitle) + " · " + period)
        buffer.render(box, in: area)
        let inner = box.inner(area)
        guard !inner.isEmpty else { return }
        guard !rows.isEmpty else {
            buffer.write(
                strings.noFigures(strings.mode(state.mode), period), in: inner.row(inner.height / 2),
                alignment: .center, style: Style(.dim))
            return
        }
        let cursor = state.cursor(.tab(.overview))
        let items = rows.map { row in
            DivergingBarChart.Item(
                state.name(of: row.product), value: row.observation?.value, valueText: text.figure(row.observation))
        }
        var chart = DivergingBarChart(
            items, reference: plan ? 100 : nil, selected: cursor.selected, offset: cursor.offset)
        chart.labelWidth = min(items.map { TerminalText.width($0.label) }.max() ?? 0, max(10, inner.width / 3))
        buffer.render(chart, in: inner.inset(horizontal: 1))
    }

    /// The IIP's growth in every period of its headline's type, latest last.
    private func renderHistory(in area: Rect, buffer: inout Buffer) {
        guard let dataset = state.dataset, let iip = dataset.headlines.iip, let type = iip.period?.type else { return }
        let mode = iip.mode ?? .yearOnYear
        guard let series = dataset.series(product: Headlines.iipID, mode: mode, periodType: type) else { return }
        let strings = state.strings
        let text = FigureText(strings)
        let name = dataset.product(id: Headlines.iipID).map { state.name(of: $0) } ?? "IIP"
        let box = Box(title: strings.historyTitle(name, strings.mode(mode)))
        let inner = box.inner(area).inset(horizontal: 1)
        guard !inner.isEmpty else { return }
        let points = series.points.suffix(inner.height)
        buffer.render(box, in: area.splitTop(points.count + 2).top)
        let items = points.map { point in
            DivergingBarChart.Item(
                strings.period(point.period), value: point.value,
                valueText: text.figure(point.observation))
        }
        var chart = DivergingBarChart(items)
        chart.labelWidth = min(items.map { TerminalText.width($0.label) }.max() ?? 0, max(10, inner.width / 3))
        buffer.render(chart, in: inner)
    }
}
