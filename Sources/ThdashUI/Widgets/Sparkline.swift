// Sparkline: a series as a row (or rows) of rising blocks, with gaps where values are missing.

/// A compact trend: one column per value, the height in eighths of the area's rows (▁▂▃▄▅▆▇█). Missing
/// values (nil or NaN) leave a blank gap; every present value shows at least ▁, so a low value never reads as a
/// gap. When there are more values than columns, the latest ones are shown, right-most last.
public struct Sparkline: Widget {
    public var values: [Double?]
    /// The values at the bottom and top; nil spans the finite values. A flat series sits at half height.
    public var range: ClosedRange<Double>?
    public var style = Style(.gauge)

    public init(_ values: [Double?], range: ClosedRange<Double>? = nil) {
        self.values = values
        self.range = range
    }

    public init(_ values: [Double], range: ClosedRange<Double>? = nil) {
        self.init(values.map { Optional($0) }, range: range)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty, !values.isEmpty else { return }
        let shown = values.suffix(area.width)
        var lower: Double
        var upper: Double
        if let range, range.lowerBound.isFinite, range.upperBound.isFinite {
            (lower, upper) = (range.lowerBound, range.upperBound)
        } else if let bounds = BlockGlyphs.bounds(of: shown.lazy.compactMap { $0 }) {
            (lower, upper) = bounds
        } else {
            (lower, upper) = (0, 1)
        }
        let flat = !(upper > lower)
        let units = area.height * 8
        buffer.fill(Rect(x: area.x, y: area.y, width: shown.count, height: area.height), with: .blank(style))
        for (column, value) in shown.enumerated() {
            guard let value, !value.isNaN else { continue }
            let level: Int
            if flat {
                level = value.isInfinite ? (value > 0 ? units : 1) : max(1, units / 2)
            } else {
                let f = BlockGlyphs.fraction(value, lower: lower, upper: upper) ?? 0
                level = max(1, BlockGlyphs.scaled(f, units: units))
            }
            for row in 0..<area.height {
                let filled = min(8, max(0, level - row * 8))
                guard filled > 0 else { break }
                buffer.repeatGlyph(
                    BlockGlyphs.lowerEighths[filled], count: 1, x: area.x + column, y: area.bottom - 1 - row,
                    style: style)
            }
        }
    }
}
