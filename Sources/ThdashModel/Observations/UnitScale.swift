import ThdashExtraction

/// A unit split into its scale word and base unit, so "1,61 triệu tấn" and "1.610 nghìn tấn" compare equal.
///
/// Scale words: nghìn/ngàn (10³), triệu (10⁶), tỷ/tỉ (10⁹), and their products ("nghìn tỷ đồng" is 10¹²
/// đồng). A unit with no scale word is its own base ("%", "chiếc", "USD").
public struct UnitScale: Sendable, Hashable {
    /// The unit without its scale words ("tấn", "đồng", "%"), in lowercase.
    public var base: String
    /// The factor from the written unit to `base`.
    public var factor: Double

    public init(_ unit: String) {
        var factor = 1.0
        var rest: [Substring] = []
        var leading = true
        for word in unit.split(separator: " ") {
            if leading, let scale = Self.scales[VietnameseText.key(word)] {
                factor *= scale
            } else {
                leading = false
                rest.append(word)
            }
        }
        if rest.isEmpty && factor != 1 {
            // A bare scale word ("nghìn") is a count, not a unit of its own.
            rest = ["(số)"]
        }
        self.base = rest.map { VietnameseText.key($0) }.joined(separator: " ")
        self.factor = factor
    }

    private static let scales: [String: Double] = [
        "nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9,
    ]
}
