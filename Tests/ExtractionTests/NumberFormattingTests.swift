import ThdashExtraction
import XCTest

/// `NumberFormatting.vietnamese` writes its digits straight into the string; it must give exactly the text
/// the plain string-building version gave, kept here as the reference, for every kind of value.
final class NumberFormattingTests: XCTestCase {
    func testVietnameseMatchesTheStringBuildingReference() {
        var values: [Double] = [
            0, -0.0, 0.004, 0.005, -0.004, 0.995, 0.999, 9.995, 99.999, 999.5, 1000, 1e15 - 1, -1e14,
        ]
        var state: UInt64 = 12_345
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let mantissa = Double(state >> 11) / Double(1 << 53)
            let exponent = Int(state % 19) - 4
            let sign: Double = state & 1 == 0 ? 1 : -1
            values.append(sign * mantissa * pow(10, Double(exponent)))
        }
        for value in values {
            for decimals in 0...4 {
                XCTAssertEqual(
                    NumberFormatting.vietnamese(value, decimals: decimals), reference(value, decimals: decimals),
                    "\(value), \(decimals) decimals")
            }
        }
    }

    /// The former implementation, built from strings.
    private func reference(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "—" }
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
