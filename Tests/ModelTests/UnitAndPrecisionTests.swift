import XCTest

@testable import ThdashModel

final class UnitAndPrecisionTests: XCTestCase {
    func testScaleWordsSplitFromTheBaseUnit() {
        XCTAssertEqual(UnitScale("triệu tấn"), UnitScale("tấn").scaled(1e6))
        XCTAssertEqual(UnitScale("nghìn tỷ đồng").factor, 1e12)
        XCTAssertEqual(UnitScale("nghìn tỷ đồng").base, "đồng")
        XCTAssertEqual(UnitScale("tỉ USD").base, UnitScale("triệu USD").base)
        XCTAssertEqual(UnitScale("%").base, "%")
        XCTAssertEqual(UnitScale("%").factor, 1)
        XCTAssertNotEqual(UnitScale("triệu m3").base, UnitScale("triệu kWh").base)
    }

    func testStatedPrecision() {
        XCTAssertEqual(StatedPrecision.decimals(of: 88926), 0)
        XCTAssertEqual(StatedPrecision.decimals(of: 58.8), 1)
        XCTAssertEqual(StatedPrecision.decimals(of: 19.25), 2)
        XCTAssertEqual(StatedPrecision.decimals(of: 0.1 + 0.2), 1)
        XCTAssertEqual(StatedPrecision.halfUnit(of: 58.8), 0.05, accuracy: 1e-12)
        XCTAssertTrue(StatedPrecision.sameValue(StatedPrecision.rounded(0.1 + 0.2), 0.3))
        XCTAssertFalse(StatedPrecision.sameValue(19.25, 19.26))
    }

    func testValueTextNeverShowsZeroForAMissingFigure() {
        XCTAssertEqual(ValueText.value(nil), "—")
        XCTAssertEqual(ValueText.number(88926), "88.926")
        XCTAssertEqual(ValueText.number(-0.4), "-0,4")
    }
}

extension UnitScale {
    fileprivate func scaled(_ by: Double) -> UnitScale {
        var copy = self
        copy.factor *= by
        return copy
    }
}
