/// Plain, locale-free number text for output files: "3.6", "88926", "-0.4".
public enum NumberFormatting {
    /// Shortest text that reads back as the same double, without a trailing ".0".
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Vietnamese style for people: "88.926", "3,6", "-0,4" (up to `decimals` places, trailing zeros dropped).
    public static func vietnamese(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "—" }
        // Beyond 1e15 the grouped digits would mean nothing (and scaling could overflow to infinity).
        guard abs(value) < 1e15 else { return "\(value)" }
        let negative = value < 0
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(value) * scale).rounded() / scale
        var whole = rounded.rounded(.down)
        var fraction = rounded - whole
        if fraction >= 1 {
            whole += 1
            fraction = 0
        }
        var digits = whole < 1e18 ? String(UInt64(whole)) : "\(whole)"
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        var text = grouped
        if decimals > 0 {
            var fractionDigits = String(UInt64((fraction * scale).rounded()))
            while fractionDigits.count < decimals { fractionDigits = "0" + fractionDigits }
            while fractionDigits.hasSuffix("0") { fractionDigits.removeLast() }
            if !fractionDigits.isEmpty { text += "," + fractionDigits }
        }
        return (negative && rounded != 0 ? "-" : "") + text
    }
}
