// Gauge: a bar filled to a value, with a marker at a second value (plan completion against the year's pace).

/// A horizontal bar filled in eighths to `value` out of `maximum`, over a light-shade track so its full length
/// shows without colour, with a thin marker line at `marker` (the linear-year pace, say) and an optional label
/// to the right. Values past the maximum fill the bar; NaN fills nothing.
/// Every row of the area gets the bar; the label sits on the first.
public struct Gauge: Widget {
    public var value: Double
    public var maximum: Double
    public var marker: Double?
    public var label: String?
    public var style = Style(.gauge)
    public var trackStyle = Style(.dim)
    public var markerStyle = Style(.accent)
    public var labelStyle = Style.normal
    public static let track: Unicode.Scalar = "░"

    public init(value: Double, maximum: Double = 100, marker: Double? = nil, label: String? = nil) {
        self.value = value
        self.maximum = maximum
        self.marker = marker
        self.label = label
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        var barWidth = area.width
        if let label, !label.isEmpty {
            let labelWidth = min(TerminalText.width(label), area.width / 2)
            if labelWidth > 0 {
                barWidth = area.width - labelWidth - 1
                let labelArea = Rect(x: area.right - labelWidth, y: area.y, width: labelWidth, height: 1)
                buffer.fill(Rect(x: area.x + barWidth, y: area.y, width: labelWidth + 1, height: 1))
                buffer.write(label, in: labelArea, alignment: .right, style: labelStyle)
            }
        }
        guard barWidth > 0 else { return }
        let units = barWidth * 8
        let upper = maximum.isFinite && maximum > 0 ? maximum : 100
        let filled = BlockGlyphs.fraction(value, lower: 0, upper: upper).map { BlockGlyphs.scaled($0, units: units) }
        let markerPosition = marker.flatMap { m in
            m.isFinite
                ? BlockGlyphs.fraction(m, lower: 0, upper: upper).map { BlockGlyphs.scaled($0, units: units) } : nil
        }
        for y in area.y..<area.bottom {
            buffer.repeatGlyph(Self.track, count: barWidth, x: area.x, y: y, style: trackStyle)
            if let filled, filled > 0 {
                buffer.repeatGlyph(BlockGlyphs.full, count: filled / 8, x: area.x, y: y, style: style)
                if filled % 8 > 0 {
                    buffer.repeatGlyph(
                        BlockGlyphs.leftEighths[filled % 8], count: 1, x: area.x + filled / 8, y: y, style: style)
                }
            }
            if let position = markerPosition {
                let cell = min(position / 8, barWidth - 1)
                let glyph = BlockGlyphs.verticalLine(atEighth: position - cell * 8)
                buffer.repeatGlyph(glyph, count: 1, x: area.x + cell, y: y, style: markerStyle)
            }
        }
    }
}
