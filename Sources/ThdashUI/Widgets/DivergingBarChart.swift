// DivergingBarChart: labelled horizontal bars growing right of zero for up, left of zero for down.

/// One bar per row: label, bar, value text. Bars are drawn to an eighth of a cell. Positive bars grow right
/// from the zero axis with left-aligned blocks (▏▎▍▌▋▊▉█). Negative bars grow left; their partial cell
/// must fill from the right, which Unicode offers only for an eighth (▕) and a half (▐), so it is drawn as
/// the complementary left block in reverse video: "▊" reversed fills the right quarter. Full cells are "█".
///
/// An optional reference value (100 for plan completion) is drawn as a thin line where no bar covers it.
/// Direction, not colour alone, tells up from down, and the default value text carries its sign ("+3,6",
/// "−0,4"), so the chart reads on a monochrome screen.
public struct DivergingBarChart: Widget {
    /// One bar.
    public struct Item: Hashable, Sendable {
        public var label: String
        /// nil (or NaN) draws no bar and the missing mark.
        public var value: Double?
        /// Text right of the bar; nil shows the value with its sign.
        public var valueText: String?

        public init(_ label: String, value: Double?, valueText: String? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    public var items: [Item]
    /// The values at the bar area's edges; nil fits every finite value, zero and the reference.
    public var range: ClosedRange<Double>?
    /// A value marked by a vertical line on every row (100 for plan completion).
    public var reference: Double?
    public var selected: Int?
    /// The first item the state wants on screen.
    public var offset: Int
    /// Label column width; nil: the widest label, at most a third of the area.
    public var labelWidth: Int?
    /// Value column width; nil: the widest value text, at most a quarter of the area.
    public var valueWidth: Int?
    public var decimals = 1
    public var labelStyle = Style.normal
    public var selectionStyle = Style(.selection)
    public var upStyle = Style(.positive)
    public var downStyle = Style(.negative)
    public var referenceStyle = Style(.dim)
    public var missingStyle = Style(.dim)
    public var missingText = "—"

    public init(
        _ items: [Item], range: ClosedRange<Double>? = nil, reference: Double? = nil, selected: Int? = nil,
        offset: Int = 0
    ) {
        self.items = items
        self.range = range
        self.reference = reference
        self.selected = selected
        self.offset = offset
    }

    /// The value column's text for an item.
    public func valueText(of item: Item) -> String {
        if let text = item.valueText { return text }
        guard let value = item.value, !value.isNaN else { return missingText }
        return SignedNumber.text(value, decimals: decimals)
    }

    /// The values at the left and right edges of the bar area.
    public func bounds() -> (lower: Double, upper: Double) {
        let auto = BlockGlyphs.bounds(
            of: items.lazy.compactMap(\.value), including: [0] + (reference.map { [$0] } ?? []))
        var lower = auto?.lower ?? 0
        var upper = auto?.upper ?? 1
        if let range {
            if range.lowerBound.isFinite { lower = range.lowerBound }
            if range.upperBound.isFinite { upper = range.upperBound }
        }
        if !(upper > lower) { upper = lower + max(1, abs(lower)) }
        if !upper.isFinite { upper = .greatestFiniteMagnitude }
        return (lower, upper)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty, !items.isEmpty else { return }
        let texts = items.map(valueText(of:))
        var labelColumns = labelWidth ?? items.map { TerminalText.width($0.label) }.max() ?? 0
        var valueColumns = valueWidth ?? texts.map { TerminalText.width($0) }.max() ?? 0
        if labelWidth == nil { labelColumns = min(labelColumns, area.width / 3) }
        if valueWidth == nil { valueColumns = min(valueColumns, area.width / 4) }
        func barColumns() -> Int {
            area.width - labelColumns - valueColumns - (labelColumns > 0 ? 1 : 0) - (valueColumns > 0 ? 1 : 0)
        }
        if barColumns() < 1 { valueColumns = 0 }
        if barColumns() < 1 { labelColumns = 0 }
        let barWidth = max(0, barColumns())
        let barX = area.x + labelColumns + (labelColumns > 0 ? 1 : 0)
        let valueX = area.right - valueColumns

        let (lower, upper) = bounds()
        let base = min(max(0, lower), upper)
        let units = barWidth * 8
        let baseFraction = BlockGlyphs.fraction(base, lower: lower, upper: upper) ?? 0
        var axis = BlockGlyphs.scaled(baseFraction, units: barWidth)
        if lower < base, axis == 0, barWidth >= 2 { axis = 1 }
        if upper > base, axis == barWidth, barWidth >= 2 { axis = barWidth - 1 }

        let first = Scrolling.offset(
            selected: selected, current: offset, visibleRows: area.height, rowCount: items.count)
        for line in 0..<min(area.height, items.count - first) {
            let index = first + line
            let item = items[index]
            let y = area.y + line
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1))
            if labelColumns > 0 {
                let labelArea = Rect(x: area.x, y: y, width: labelColumns, height: 1)
                let style = index == selected ? selectionStyle : labelStyle
                if index == selected { buffer.fill(labelArea, with: .blank(style)) }
                buffer.write(item.label, in: labelArea, style: style)
            }
            guard barWidth > 0 else { continue }
            if let reference, let f = BlockGlyphs.fraction(reference, lower: lower, upper: upper),
                reference.isFinite
            {
                let position = BlockGlyphs.scaled(f, units: units)
                let cell = min(position / 8, barWidth - 1)
                let glyph = BlockGlyphs.verticalLine(atEighth: position - cell * 8)
                buffer.repeatGlyph(glyph, count: 1, x: barX + cell, y: y, style: referenceStyle)
            }
            let value = item.value ?? .nan
            let valueStyle: Style
            if let f = BlockGlyphs.fraction(value, lower: lower, upper: upper), value != base {
                if value > base {
                    var length = BlockGlyphs.scaled(f - baseFraction, units: units)
                    length = min(max(length, 1), (barWidth - axis) * 8)
                    drawRight(length, from: barX + axis, y: y, buffer: &buffer)
                    valueStyle = upStyle
                } else {
                    var length = BlockGlyphs.scaled(baseFraction - f, units: units)
                    length = min(max(length, 1), axis * 8)
                    drawLeft(length, from: barX + axis, y: y, buffer: &buffer)
                    valueStyle = downStyle
                }
            } else {
                valueStyle = value.isNaN ? missingStyle : labelStyle
            }
            if valueColumns > 0 {
                let valueArea = Rect(x: valueX, y: y, width: valueColumns, height: 1)
                buffer.write(texts[index], in: valueArea, alignment: .right, style: valueStyle)
            }
        }
    }

    /// A bar of `length` eighths starting at column `x` and growing right.
    private func drawRight(_ length: Int, from x: Int, y: Int, buffer: inout Buffer) {
        guard length > 0 else { return }
        buffer.repeatGlyph(BlockGlyphs.full, count: length / 8, x: x, y: y, style: upStyle)
        if length % 8 > 0 {
            buffer.repeatGlyph(BlockGlyphs.leftEighths[length % 8], count: 1, x: x + length / 8, y: y, style: upStyle)
        }
    }

    /// A bar of `length` eighths ending just left of column `x` and growing left; the partial cell is the
    /// complementary left block in reverse video, which fills from the right.
    private func drawLeft(_ length: Int, from x: Int, y: Int, buffer: inout Buffer) {
        guard length > 0 else { return }
        let full = length / 8
        buffer.repeatGlyph(BlockGlyphs.full, count: full, x: x - full, y: y, style: downStyle)
        if length % 8 > 0 {
            buffer.repeatGlyph(
                BlockGlyphs.leftEighths[8 - length % 8], count: 1, x: x - full - 1, y: y,
                style: downStyle.adding(.reverse))
        }
    }
}
