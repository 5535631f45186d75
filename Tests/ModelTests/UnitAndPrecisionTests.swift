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

    func testValuesAreShownInTheCatalogUnitWhenTheirsConverts() {
        let figures = [
            Fixture.value("production-value", 200, "nghìn tỷ đồng", Fixture.year(2023)),
            Fixture.value("cement", 14_500, "nghìn tấn", Fixture.year(2023)),
            Fixture.value("cement", 9, "triệu m3", Fixture.year(2022)),
        ]
        let dataset = Fixture.dataset(figures)
        let production = dataset.observations(product: "production-value").first
        XCTAssertEqual(production?.value, 200_000)
        XCTAssertEqual(production?.unit, "tỷ đồng")
        XCTAssertEqual(production?.statedUnit, "nghìn tỷ đồng")
        let cement = dataset.observations(product: "cement")
        XCTAssertEqual(cement.first { $0.period == PeriodKey.year(2023) }?.value, 14.5)
        XCTAssertEqual(cement.first { $0.period == PeriodKey.year(2023) }?.unit, "triệu tấn")
        let notConverted = cement.first { $0.period == PeriodKey.year(2022) }
        XCTAssertEqual(notConverted?.unit, "triệu m3", "a unit of another kind is shown as written")
        let flagged = CheckReport(dataset: dataset).unconvertedUnits
        XCTAssertEqual(flagged.map { $0.product }, ["cement"])
        XCTAssertEqual(flagged.first?.unit, "triệu m3")
    }
}

extension UnitScale {
    fileprivate func scaled(_ by: Double) -> UnitScale {
        var copy = self
        copy.factor *= by
        return copy
    }
}
