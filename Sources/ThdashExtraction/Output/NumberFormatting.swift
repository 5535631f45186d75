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
        // Written digit by digit into the string's own storage: the screens format every visible figure on
        // every frame, and the short results need no allocation at all.
        let wholeDigits = UInt64(whole)
        var fractionDigits = decimals > 0 ? UInt64((fraction * scale).rounded()) : 0
        // Places after the comma: `decimals`, or more when rounding carried into them; trailing zeros dropped.
        var places = fractionDigits == 0 ? 0 : max(digitCount(fractionDigits), decimals)
        while places > 0 && fractionDigits % 10 == 0 {
            fractionDigits /= 10
            places -= 1
        }
        let sign = negative && rounded != 0
        let count = digitCount(wholeDigits)
        let length = (sign ? 1 : 0) + count + (count - 1) / 3 + (places > 0 ? 1 + places : 0)
        return String(unsafeUninitializedCapacity: length) { out in
            var end = length
            func put(_ byte: UInt8) {
                end -= 1
                out[end] = byte
            }
            if places > 0 {
                var rest = fractionDigits
                for _ in 0..<places {
                    put(0x30 + UInt8(rest % 10))
                    rest /= 10
                }
                put(UInt8(ascii: ","))
            }
            var rest = wholeDigits
            for position in 0..<count {
                if position > 0 && position % 3 == 0 { put(UInt8(ascii: ".")) }
                put(0x30 + UInt8(rest % 10))
                rest /= 10
            }
            if sign { put(UInt8(ascii: "-")) }
            return length
        }
    }

    /// Decimal digits of a number (1 for 0).
    private static func digitCount(_ value: UInt64) -> Int {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }
}
