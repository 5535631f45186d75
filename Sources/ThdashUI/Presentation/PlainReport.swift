import ThdashExtraction
import ThdashModel

/// The dashboard as plain text, for when standard output is not a terminal (`thdash > file`, a pipe):
/// the overview's headlines and movers, then the products table for the period and basis in force, then
/// the files that could not be read and the paths passed over. The table lists every product, those with
/// a figure first: a report has no `a` key to show the rest.
public enum PlainReport {
    public static func render(_ state: AppState) -> String {
        var state = state
        if !state.showsAllProducts {
            state.showsAllProducts = true
            state.refreshRows()
        }
        let strings = state.strings
        let text = FigureText(strings)
        guard let dataset = state.dataset else { return "" }
        var out =
            strings.appTitle(dataset.homeRegion) + " — "
            + strings.corpusSummary(dataset.articles.count, dataset.figures.count, dataset.conflicts.count) + "\n\n"

        out += heading(strings.headlinesTitle)
        let headlines = state.headlines
        /// The period a headline is of, marked when it is an earlier one than the period in force.
        func when(_ observation: Observation) -> String {
            let own = text.period(observation)
            return observation.period == state.period || state.period == nil ? own : strings.earlierFigure(own)
        }
        let none = state.period.map { strings.noFigureInYear($0.year) } ?? strings.noFigureYet
        if let iip = headlines.iip {
            let basis = iip.mode.map { ", " + strings.mode($0, for: iip.period) } ?? ""
            out += "\(strings.iipName): \(text.arrow(iip.observation)) (\(when(iip.observation))\(basis))\n"
        } else {
            out += "\(strings.iipName): \(none)\n"
        }
        if let production = headlines.production {
            out += "\(strings.productionName): \(text.figure(production.value) ?? "") (\(when(production.value)))"
            if let completion = production.completion {
                out += ", " + strings.planReached(strings.number(completion, decimals: 1) + "%")
            }
            if let pace = production.pace {
                let gap = strings.number(abs(pace.gap), decimals: 1)
                out +=
                    "; " + strings.linearPace(strings.number(pace.expectedPercent, decimals: 1) + "%") + ", "
                    + (pace.isBehind ? strings.behindPace(gap) : strings.aheadOfPace(gap))
            }
            out += "\n"
            if let outlook = production.outlook {
                let value = outlook.projectedValue.map {
                    strings.number($0, decimals: 0) + " " + strings.unit(production.value.unit)
                }
                out +=
                    strings.outlookLabel + " "
                    + strings.outlook(
                        value, strings.number(outlook.projectedCompletion, decimals: 1) + "%",
                        12 - outlook.monthsElapsed,
                        outlook.neededChange.map { strings.number(abs($0), decimals: 1) + "%" },
                        (outlook.neededChange ?? 0) < 0) + "\n"
            }
        } else {
            out += "\(strings.productionName): \(none)\n"
        }

        let period = state.period.map { strings.period($0) } ?? strings.noPeriod
        let context = period + ", " + strings.mode(state.mode, for: state.period)
        let plan = state.mode == .planCompletion
        let groups = [
            (plan ? strings.planTopTitle : strings.risersTitle, state.movers.risers, strings.noRisers),
            (plan ? strings.planBottomTitle : strings.fallersTitle, state.movers.fallers, strings.noFallers),
        ]
        for (title, rows, empty) in groups {
            out += "\n" + heading(title + " · " + context)
            guard !rows.isEmpty else {
                out += (state.moverRows.isEmpty ? strings.noFigures(strings.mode(state.mode), period) : empty) + "\n"
                continue
            }
            var table = TextTable(
                headers: [strings.productColumn, plan ? strings.planColumn : strings.growthColumn],
                alignments: [.left, .right])
            for row in rows { table.add([state.name(of: row.product), text.figure(row.observation) ?? ""]) }
            out += table.render()
        }

        out += "\n" + heading(strings.tabTitles[.products, default: ""] + " · " + context)
        var table = TextTable(
            headers: [
                strings.productColumn, strings.lineColumn, strings.outputColumn,
                plan ? strings.planColumn : strings.growthColumn, "",
            ],
            alignments: [.left, .left, .right, .right, .left], maximumWidths: [40, 30, nil, nil, nil])
        for row in state.productRows {
            table.add([
                state.name(of: row.product), state.lineName(id: row.product.line),
                text.figure(row.valueObservation) ?? ValueText.missing,
                text.figure(row.observation) ?? ValueText.missing,
                row.isConflicted ? "≠" : "",
            ])
        }
        out += table.render()

        if !state.failures.isEmpty || !state.skipped.isEmpty {
            let caption = strings.sourcesCaption(
                dataset.articles.count, state.failures.count, state.skipped.count, state.cacheNotes.count)
            out += "\n" + heading(caption)
            for failure in state.failures {
                out += PrintableText.escapingControls(failure.path + ": " + strings.failureReason(failure.cause)) + "\n"
            }
            for path in state.skipped {
                out +=
                    PrintableText.escapingControls(path.path) + ": " + strings.skippedLabel + ", "
                    + strings.skippedReason(path.why, path.path) + "\n"
            }
        }
        // File names and catalog entries may hold control characters: escape them (`PrintableText`'s rule),
        // since a pipe may still end in a terminal.
        return out.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> String in
                var text = TerminalText.sanitize(line)
                while text.last == " " { text.removeLast() }
                return text
            }
            .joined(separator: "\n")
    }

    private static func heading(_ title: String) -> String {
        title + "\n" + String(repeating: "═", count: TerminalText.width(title)) + "\n"
    }
}
