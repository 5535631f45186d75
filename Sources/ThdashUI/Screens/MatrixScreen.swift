import ThdashModel

/// Periods matrix (6): products grouped by line down the side, the periods of the chosen length across
/// (oldest left, newest right, as many as fit, scrolled to keep the chosen period in view), each cell the
/// figure for the basis: signed and coloured by direction (bold from 10 points), "·" where there is none.
/// The chosen period's column and the selected row are highlighted; Enter opens the product at that figure.
/// With a period pinned (`c`) of the same length, its column header is marked and a last column gives the
/// chosen period's figure minus the pinned one's.
struct MatrixScreen {
    var state: AppState

    static let cellWidth = 9

    /// The rows of the matrix, under the caption, the column header and its rule.
    static func rows(_ body: Rect) -> Rect { body.splitTop(3).rest }

    func render(in body: Rect, buffer: inout Buffer) {
        let strings = state.strings
        guard let matrix = state.matrix else { return }
        let lines = state.matrixLines
        let granularity = strings.granularities[matrix.granularity] ?? ""
        let filled = matrix.rows.reduce(0) { $0 + $1.cells.count }
        let caption = strings.matrixCaption(
            strings.mode(matrix.mode, for: state.period), granularity, matrix.rows.count, matrix.periods.count, filled)
        buffer.write(caption, in: body.row(0), style: Style(.dim))
        guard !matrix.rows.isEmpty else {
            let period = state.period.map { strings.period($0) } ?? strings.noPeriod
            buffer.write(
                strings.noFigures(strings.mode(state.mode, for: state.period), period), in: body.row(4),
                alignment: .center, style: Style(.dim))
            return
        }

        let nameWidth = min(state.matrixNameWidth + 2, max(12, body.width / 3))
        let chosen = state.period.flatMap { matrix.column(of: $0) }
        let pinned = state.pinnedPeriod.flatMap { matrix.column(of: $0) }
        let differenceWidth = pinned != nil && chosen != nil ? Self.cellWidth : 0
        let shown = MatrixScreenColumns.range(
            count: matrix.periods.count, fitting: (body.width - nameWidth - differenceWidth) / Self.cellWidth,
            chosen: chosen)
        let differenceX = body.x + nameWidth + shown.count * Self.cellWidth

        let header = body.row(1)
        for (offset, column) in shown.enumerated() {
            let x = header.x + nameWidth + offset * Self.cellWidth
            let label = strings.shortPeriod(matrix.periods[column])
            var style = column == chosen ? Style(.header).adding(.reverse) : Style(.header)
            if column == pinned { style = Style(.accent).adding(.underline) }
            buffer.write(
                label, in: Rect(x: x, y: header.y, width: Self.cellWidth - 1, height: 1), alignment: .right,
                style: style)
        }
        if differenceWidth > 0 {
            buffer.write(
                strings.differenceColumn, in: Rect(x: differenceX, y: header.y, width: Self.cellWidth - 1, height: 1),
                alignment: .right, style: Style(.header))
        }
        buffer.write(String(repeating: "─", count: body.width), in: body.row(2), style: Style(.dim))

        let area = Self.rows(body)
        let cursor = state.cursor(.tab(.matrix))
        for (y, index) in (cursor.offset..<min(lines.count, cursor.offset + area.height)).enumerated() {
            let row = area.row(y)
            let selected = index == cursor.selected
            switch lines[index] {
            case .line(let line):
                let name = state.language == .english && !line.nameEN.isEmpty ? line.nameEN : line.name
                buffer.write(name, in: row, style: Style(.header).adding(.bold))
            case .product(let rowIndex):
                buffer.write(
                    "  " + state.name(of: matrix.rows[rowIndex].product), in: row.splitLeft(nameWidth - 1).left)
                for (offset, column) in shown.enumerated() {
                    let cell = Rect(
                        x: row.x + nameWidth + offset * Self.cellWidth, y: row.y, width: Self.cellWidth - 1, height: 1)
                    renderCell(matrix.rows[rowIndex].cells[column], in: cell, chosen: column == chosen, buffer: &buffer)
                }
                if differenceWidth > 0, let chosen, let pinned {
                    let cells = matrix.rows[rowIndex].cells
                    let difference = cells[chosen].flatMap { now in cells[pinned].map { now.value - $0.value } }
                    buffer.write(
                        difference.map { FigureText(strings).number($0, signed: true) } ?? "·",
                        in: Rect(x: differenceX, y: row.y, width: Self.cellWidth - 1, height: 1), alignment: .right,
                        style: Style(difference.map { $0 > 0 ? .positive : $0 < 0 ? .negative : .normal } ?? .dim))
                }
            }
            if selected { buffer.modifyStyle(in: row) { $0.background = .selection } }
        }
    }

    /// A cell: the value signed for growth ("+12,5", "−4,2"), "~" for an estimate, "≠" where articles
    /// disagree; bold from 10 points of growth; a dim "·" when empty. The chosen column is underlined.
    private func renderCell(_ point: SeriesPoint?, in cell: Rect, chosen: Bool, buffer: inout Buffer) {
        let text = FigureText(state.strings)
        var style: Style
        let content: String
        if let point {
            let observation = point.observation
            let growth = observation.kind == .growth
            content =
                (observation.approximate ? "~" : "") + text.number(point.value, signed: growth)
                + (point.alternatives.isEmpty ? "" : "≠")
            style = Style(text.role(observation))
            if growth && abs(point.value) >= 10 { style = style.adding(.bold) }
        } else {
            content = "·"
            style = Style(.dim)
        }
        if chosen { style = style.adding(.underline) }
        buffer.write(content, in: cell, alignment: .right, style: style)
    }
}
