// Table: rows of cells under a header, with per-column widths, alignment and "…" truncation.

/// A scrolling table with a header, a highlighted selected row and "—" for missing values.
///
/// Rows come from a closure asked only for the rows on screen, so a table of thousands of rows costs what
/// its visible rows cost. The selection and scroll offset come from the app state; if the offset would hide
/// the selected row, rendering shows it anyway (see `Scrolling.offset`), and `update` can call the same
/// function to keep its stored offset in step.
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rowCount: Int
    /// The cells of row `index` (missing trailing cells are drawn as missing).
    public var row: (Int) -> [TableCell]
    public var selected: Int?
    /// The first row the state wants on screen.
    public var offset: Int
    public var showsHeader = true
    /// A rule under the header.
    public var showsHeaderRule = true
    public var columnSpacing = 1
    public var headerStyle = Style(.header)
    public var ruleStyle = Style(.border)
    public var rowStyle = Style.normal
    public var missingStyle = Style(.dim)
    public var selectionStyle = Style(.selection)
    public var missingText = "—"

    public init(
        columns: [TableColumn], rowCount: Int, selected: Int? = nil, offset: Int = 0,
        row: @escaping (Int) -> [TableCell]
    ) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.selected = selected
        self.offset = offset
        self.row = row
    }

    public init(columns: [TableColumn], rows: [[TableCell]], selected: Int? = nil, offset: Int = 0) {
        self.init(columns: columns, rowCount: rows.count, selected: selected, offset: offset) { rows[$0] }
    }

    /// Rows of data that fit in an area of this height, after the header and its rule.
    public func bodyHeight(forHeight height: Int) -> Int {
        max(0, height - (showsHeader ? 1 + (showsHeaderRule ? 1 : 0) : 0))
    }

    /// The width of each column in a table `width` columns wide: fixed widths and fill minimums first, left
    /// to right, then the rest shared by the fill columns; columns that find no room get 0.
    public func columnWidths(forWidth width: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        var remaining = max(0, width)
        var widths = Array(repeating: 0, count: columns.count)
        var weights = Array(repeating: 0, count: columns.count)
        for (index, column) in columns.enumerated() {
            if index > 0 { remaining = max(0, remaining - max(0, columnSpacing)) }
            let wanted: Int
            switch column.width {
            case .fixed(let n): wanted = max(0, n)
            case .fill(let minimum, let weight):
                wanted = max(0, minimum)
                weights[index] = max(0, weight)
            }
            widths[index] = min(wanted, remaining)
            remaining -= widths[index]
        }
        let weightSum = weights.reduce(0, +)
        guard remaining > 0, weightSum > 0 else { return widths }
        var handed = 0
        for index in columns.indices where weights[index] > 0 {
            let share = remaining * weights[index] / weightSum
            widths[index] += share
            handed += share
        }
        var leftover = remaining - handed
        for index in columns.indices where weights[index] > 0 && leftover > 0 {
            widths[index] += 1
            leftover -= 1
        }
        return widths
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let widths = columnWidths(forWidth: area.width)
        var lefts: [Int] = []
        var x = area.x
        for width in widths {
            lefts.append(x)
            x += width + max(0, columnSpacing)
        }
        var y = area.y
        if showsHeader {
            buffer.fill(area.row(0), with: .blank(headerStyle))
            for (index, column) in columns.enumerated() where widths[index] > 0 {
                let cellArea = Rect(x: lefts[index], y: y, width: widths[index], height: 1).intersection(area)
                buffer.write(column.title, in: cellArea, alignment: column.alignment, style: headerStyle)
            }
            y += 1
            if showsHeaderRule, y < area.bottom {
                buffer.repeatGlyph("─", count: area.width, x: area.x, y: y, style: ruleStyle)
                y += 1
            }
        }
        let visible = area.bottom - y
        guard visible > 0, rowCount > 0 else { return }
        let first = Scrolling.offset(selected: selected, current: offset, visibleRows: visible, rowCount: rowCount)
        for line in 0..<min(visible, rowCount - first) {
            let index = first + line
            let isSelected = index == selected
            let lineStyle = isSelected ? selectionStyle : rowStyle
            let rowArea = Rect(x: area.x, y: y + line, width: area.width, height: 1)
            buffer.fill(rowArea, with: .blank(lineStyle))
            let cells = row(index)
            for (column, spec) in columns.enumerated() where widths[column] > 0 {
                let cell = column < cells.count ? cells[column] : .missing
                let style: Style
                if isSelected {
                    style = selectionStyle
                } else if cell.text == nil {
                    style = cell.style ?? missingStyle
                } else {
                    style = cell.style ?? rowStyle
                }
                let cellArea = Rect(x: lefts[column], y: y + line, width: widths[column], height: 1).intersection(area)
                buffer.write(cell.text ?? missingText, in: cellArea, alignment: spec.alignment, style: style)
            }
        }
    }
}
