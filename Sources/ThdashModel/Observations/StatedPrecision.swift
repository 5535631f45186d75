/// The number of decimals a value was stated with, read back from the parsed number.
///
/// "3,6" parses to 3.6 and has one decimal; "88.926" has none. Trailing zeros written in the text
/// ("3,60") cannot be seen and count as absent, which only makes comparisons stricter by one place.
public enum StatedPrecision {
    /// At most this many decimals are recognised; longer fractions are float noise.
    public static let maximumDecimals = 6

    public static func decimals(of value: Double) -> Int {
        guard value.isFinite else { return 0 }
        var scaled = value
        for decimals in 0..<maximumDecimals {
            if abs(scaled - scaled.rounded()) <= 1e-7 * max(1, abs(scaled)) { return decimals }
            scaled *= 10
        }
        return maximumDecimals
    }

    /// The value rounded to the precision it was stated with.
    public static func rounded(_ value: Double) -> Double {
        let decimals = decimals(of: value)
        let scale = powerOfTen(decimals)
        return (value * scale).rounded() / scale
    }

    /// `value` rounded to `decimals` places: arithmetic on stated numbers without binary noise.
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        let scale = powerOfTen(decimals)
        return (value * scale).rounded() / scale
    }

    /// Half a unit in the last stated place: the most the written number can differ from the true one.
    public static func halfUnit(of value: Double) -> Double {
        0.5 / powerOfTen(decimals(of: value))
    }

    /// One unit in the last stated place (0.1 for "58,8").
    public static func unit(of value: Double) -> Double {
        1 / powerOfTen(decimals(of: value))
    }

    static func powerOfTen(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    /// Equality after rounding each value to its stated precision, to 1e-9 (relative for large values).
    public static func sameValue(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }
}
