import ThdashExtraction

/// Numbers with an explicit sign, Vietnamese style ("+3,6", "−0,4", "▲ 3,6"), so up and down stay readable
/// on a monochrome screen where colour cannot carry them.
public enum SignedNumber {
    /// The typographic minus, which lines up with "+" (a hyphen is narrower in many fonts).
    public static let minus = "\u{2212}"

    /// "+3,6", "−0,4", "0"; "—" for NaN; "+∞" and "−∞" for infinities.
    public static func text(_ value: Double, decimals: Int = 1) -> String {
        if value.isNaN { return "—" }
        if value.isInfinite { return value > 0 ? "+∞" : minus + "∞" }
        let digits = magnitude(abs(value), decimals: decimals)
        if digits == "0" { return "0" }
        return (value > 0 ? "+" : minus) + digits
    }

    /// "▲ 3,6", "▼ 0,4", "• 0"; "—" for NaN.
    public static func arrow(_ value: Double, decimals: Int = 1) -> String {
        if value.isNaN { return "—" }
        let digits = value.isInfinite ? "∞" : magnitude(abs(value), decimals: decimals)
        if digits == "0" { return "• 0" }
        return (value > 0 ? "▲ " : "▼ ") + digits
    }

    /// Grouped digits; the shared formatter switches to Swift's exponent form past 10^15 ("1e+308").
    private static func magnitude(_ value: Double, decimals: Int) -> String {
        NumberFormatting.vietnamese(value, decimals: min(max(0, decimals), 6))
    }
}
