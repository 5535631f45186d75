// ColumnChart: one vertical bar per period, growing up from zero for a rise and down for a fall.

/// A time series as columns: one per item (a period), left to right, drawn to an eighth of a cell. Up bars
/// are bottom-aligned blocks (▁▂…█) rising from the zero row; down bars fall from it, their partial cell
/// drawn as the complementary lower block in reverse video (so "▆" reversed fills the top quarter). A nil
/// value leaves its column empty but for a dim "·" on the zero row: a gap is visibly a gap. The zero row
/// is a rule "─" where no bar covers it; an optional reference (100 for plan completion) is a dotted rule.
/// Under the bars, each column's label where it fits (else every few); above each bar, its value where it
/// fits in the column.
public struct ColumnChart: Widget {
    public struct Item: Hashable, Sendable {
        public var label: String
        public var value: Double?
        public var valueText: String

        public init(_ label: String, value: Double?, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    public var items: [Item]
    public var reference: Double?
    /// The item drawn highlighted (the period in force), if any.
    public var highlighted: Int?
    public var upStyle = Style(.positive)
    public var downStyle = Style(.negative)
    public var axisStyle = Style(.dim)
    public var labelStyle = Style(.dim)
    public var highlightStyle = Style(.header).adding(.reverse)

    public init(_ items: [Item], reference: Double? = nil, highlighted: Int? = nil) {
        self.items = items
        self.reference = reference
        self.highlighted = highlighted
    }

    /// Each column's width: wide enough for the labels and values when the area allows, at least 2.
    public static func columnWidth(for items: [Item], areaWidth: Int) -> Int {
        guard !items.isEmpty else { return 0 }
        let widest = items.map { max(TerminalText.width($0.label), TerminalText.width($0.valueText)) }.max() ?? 1
        let fitting = areaWidth / items.count
        return max(2, min(widest + 1, fitting))
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard area.height >= 3, !items.isEmpty else { return }
        let width = Self.columnWidth(for: items, areaWidth: area.width)
        let shown = items.suffix(max(1, area.width / width))
        let offset = items.count - shown.count
        let bars = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
        let bounds =
            BlockGlyphs.bounds(of: shown.compactMap(\.value), including: [0] + (reference.map { [$0] } ?? []))
            ?? (0, 1)
        let (lower, upper) = bounds.upper > bounds.lower ? bounds : (bounds.lower, bounds.lower + 1)
        let units = bars.height * 8
        // The zero row: the row whose bottom edge is zero, kept inside the area.
        let zero = min(
            max(BlockGlyphs.scaled(BlockGlyphs.fraction(0, lower: lower, upper: upper) ?? 0, units: units), 0), units)
        let zeroRow = bars.bottom - 1 - min(zero / 8, bars.height - 1)

        buffer.repeatGlyph("─", count: shown.count * width, x: area.x, y: zeroRow, style: axisStyle)
        if let reference, let f = BlockGlyphs.fraction(reference, lower: lower, upper: upper) {
            let row = bars.bottom - 1 - min(BlockGlyphs.scaled(f, units: units) / 8, bars.height - 1)
            if row != zeroRow {
                buffer.repeatGlyph("┄", count: shown.count * width, x: area.x, y: row, style: axisStyle)
            }
        }
        let labelEvery = max(
            1, Int((Double(shown.map { TerminalText.width($0.label) + 1 }.max() ?? 1) / Double(width)).rounded(.up)))
        for (column, item) in shown.enumerated() {
            let index = offset + column
            let x = area.x + column * width
            let barWidth = max(1, width - 1)
            if let value = item.value, let f = BlockGlyphs.fraction(value, lower: lower, upper: upper) {
                let top = BlockGlyphs.scaled(f, units: units)
                let style = value >= 0 ? upStyle : downStyle
                let (from, to) = value >= 0 ? (zero, max(top, zero + 1)) : (min(top, zero - 1), zero)
                drawSpan(
                    from: max(0, from), to: min(units, to), x: x, width: barWidth, in: bars, style: style,
                    buffer: &buffer)
                // The value just above an up bar or just below a down bar, where it fits.
                if TerminalText.width(item.valueText) <= width {
                    let textRow =
                        value >= 0
                        ? bars.bottom - 1 - min((to + 7) / 8, bars.height)
                        : bars.bottom - 1 - max((from / 8) - 1, -1)
                    if textRow >= area.y, textRow < area.bottom - 1 {
                        buffer.write(item.valueText, in: Rect(x: x, y: textRow, width: width, height: 1), style: style)
                    }
                }
            } else {
                buffer.write(
                    "·", in: Rect(x: x, y: zeroRow, width: barWidth, height: 1), alignment: .center, style: axisStyle)
            }
            // Every few labels, counted from the newest, which always has one.
            if (shown.count - 1 - column) % labelEvery == 0 && index != highlighted {
                // The newest label ends at the edge rather than being cut there.
                let labelWidth = TerminalText.width(item.label)
                let labelX = min(x, area.right - labelWidth)
                buffer.write(
                    item.label,
                    in: Rect(x: labelX, y: area.bottom - 1, width: max(width * labelEvery, labelWidth), height: 1),
                    style: labelStyle)
            }
        }
        // The period in force's label over whatever its neighbours wrote.
        if let highlighted, highlighted >= offset {
            let x = area.x + (highlighted - offset) * width
            let label = items[highlighted].label
            buffer.write(
                label,
                in: Rect(x: x, y: area.bottom - 1, width: min(area.right - x, TerminalText.width(label)), height: 1),
                style: highlightStyle)
        }
    }

    /// Fills eighths `from..<to` (counted up from the bottom of `bars`) of one column.
    private func drawSpan(
        from: Int, to: Int, x: Int, width: Int, in bars: Rect, style: Style, buffer: inout Buffer
    ) {
        guard to > from else { return }
        for cell in (from / 8)...((to - 1) / 8) where cell < bars.height {
            let y = bars.bottom - 1 - cell
            let low = max(from - cell * 8, 0)
            let high = min(to - cell * 8, 8)
            if low == 0 {
                buffer.repeatGlyph(BlockGlyphs.lowerEighths[high], count: width, x: x, y: y, style: style)
            } else {
                // Filled from `low` to the top of the cell: the complementary lower block, reversed.
                buffer.repeatGlyph(
                    BlockGlyphs.lowerEighths[low], count: width, x: x, y: y, style: style.adding(.reverse))
            }
        }
    }
}
