/// Block characters for sub-cell bars, and the arithmetic that maps values onto them safely: NaN, infinities
/// and magnitudes near the limits of Double never reach an integer conversion unclamped.
public enum BlockGlyphs {
    /// Left-aligned blocks, index = eighths filled (0 = blank, 8 = full).
    public static let leftEighths: [Unicode.Scalar] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    /// Bottom-aligned blocks, index = eighths filled (0 = blank, 8 = full).
    public static let lowerEighths: [Unicode.Scalar] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    public static let full: Unicode.Scalar = "█"

    /// A thin vertical line placed as near as a cell allows to `eighth` eighths from the cell's left edge:
    /// "▏" near the left edge, "│" in the middle, "▕" near the right edge.
    public static func verticalLine(atEighth eighth: Int) -> Unicode.Scalar {
        switch eighth {
        case ..<2: "▏"
        case 2...5: "│"
        default: "▕"
        }
    }

    /// Where `value` falls between `lower` and `upper`, from 0 to 1 (clamped); nil for NaN or an empty range.
    /// Infinities go to the ends; huge finite spans are halved first so the subtraction cannot overflow.
    static func fraction(_ value: Double, lower: Double, upper: Double) -> Double? {
        guard !value.isNaN, lower.isFinite, upper.isFinite, upper > lower else { return nil }
        if value == .infinity { return 1 }
        if value == -.infinity { return 0 }
        let span = upper - lower
        let f = span.isFinite ? (value - lower) / span : (value / 2 - lower / 2) / (upper / 2 - lower / 2)
        guard !f.isNaN else { return nil }
        return min(max(f, 0), 1)
    }

    /// `fraction` of `units`, rounded and clamped to 0…units.
    static func scaled(_ fraction: Double, units: Int) -> Int {
        guard fraction.isFinite, units > 0 else { return 0 }
        let x = (fraction * Double(units)).rounded()
        if x <= 0 { return 0 }
        if x >= Double(units) { return units }
        return Int(x)
    }

    /// The smallest and largest finite values among `values` and `extras`; nil when there are none.
    static func bounds(of values: some Sequence<Double>, including extras: [Double] = []) -> (
        lower: Double, upper: Double
    )? {
        var lower = Double.infinity
        var upper = -Double.infinity
        for value in values where value.isFinite {
            lower = min(lower, value)
            upper = max(upper, value)
        }
        for value in extras where value.isFinite {
            lower = min(lower, value)
            upper = max(upper, value)
        }
        return lower <= upper ? (lower, upper) : nil
    }
}
