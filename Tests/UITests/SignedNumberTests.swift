import Testing
import ThdashUI

@Suite struct SignedNumberTests {
    @Test func signsAreAlwaysWritten() {
        #expect(SignedNumber.text(3.6) == "+3,6")
        #expect(SignedNumber.text(-0.4) == "−0,4")
        #expect(SignedNumber.text(0) == "0")
        #expect(SignedNumber.text(-0.01) == "0")
        #expect(SignedNumber.text(12_345.67, decimals: 0) == "+12.346")
        #expect(SignedNumber.arrow(3.6) == "▲ 3,6")
        #expect(SignedNumber.arrow(-2) == "▼ 2")
        #expect(SignedNumber.arrow(0) == "• 0")
    }

    @Test func extremeValuesFormatWithoutTrapping() {
        #expect(SignedNumber.text(.nan) == "—")
        #expect(SignedNumber.text(.infinity) == "+∞")
        #expect(SignedNumber.text(-.infinity) == "−∞")
        #expect(SignedNumber.text(1e308) == "+1e+308")
        #expect(SignedNumber.text(-.greatestFiniteMagnitude).hasPrefix("−1.79"))
        #expect(SignedNumber.arrow(-.infinity) == "▼ ∞")
        #expect(SignedNumber.arrow(.nan) == "—")
        #expect(SignedNumber.text(2.5, decimals: 99) == "+2,5")
    }
}
