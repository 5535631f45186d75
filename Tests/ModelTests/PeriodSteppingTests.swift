import ThdashExtraction
import XCTest

@testable import ThdashModel

final class PeriodSteppingTests: XCTestCase {
    /// Cement has months 7 and 9, petrol has month 8 and 8 months; national and undated figures add none.
    let dataset = Fixture.dataset([
        Fixture.growth("cement", 3.1, .samePeriodLastYear, Fixture.month(7, 2020)),
        Fixture.growth("cement", 4.2, .samePeriodLastYear, Fixture.month(9, 2020)),
        Fixture.growth("petrol", 5.0, .samePeriodLastYear, Fixture.month(8, 2020)),
        Fixture.growth("petrol", 6.0, .samePeriodLastYear, Fixture.firstMonths(8, 2020)),
        Fixture.growth("cement", 1.0, .previousYear, Fixture.year(2019)),
        Fixture.growth("diesel", 9.0, .samePeriodLastYear, Fixture.month(10, 2020), region: "cả nước"),
        Fixture.growth(
            "cement", 150, nil, Period(label: "2016 - 2020", type: .other, year: 2020)),
        Fixture.growth("cement", 2.0, .samePeriodLastYear, Period(label: "tháng 6", type: .month, month: 6)),
    ])

    func testPeriodsAreTheDatedHomePeriodsInTimeOrder() {
        XCTAssertEqual(
            dataset.periods,
            [.year(2019), .month(7, of: 2020), .month(8, of: 2020), .firstMonths(8, of: 2020), .month(9, of: 2020)])
        XCTAssertEqual(dataset.latestPeriod, .month(9, of: 2020))
    }

    func testStepsAcrossTypesOverPeriodsWithData() {
        XCTAssertEqual(dataset.period(after: .month(8, of: 2020)), .firstMonths(8, of: 2020))
        XCTAssertEqual(dataset.period(after: .firstMonths(8, of: 2020)), .month(9, of: 2020))
        XCTAssertEqual(dataset.period(before: .month(7, of: 2020)), .year(2019))
        XCTAssertNil(dataset.period(after: .month(9, of: 2020)))
        XCTAssertNil(dataset.period(before: .year(2019)))
    }

    func testStepsWithinTheSameType() {
        XCTAssertEqual(dataset.period(after: .month(8, of: 2020), sameType: true), .month(9, of: 2020))
        XCTAssertEqual(dataset.period(before: .month(9, of: 2020), sameType: true), .month(8, of: 2020))
        XCTAssertNil(dataset.period(after: .firstMonths(8, of: 2020), sameType: true))
        XCTAssertEqual(dataset.period(before: .month(7, of: 2020), sameType: true), nil)
    }

    func testStepsFromAPeriodWithoutData() {
        XCTAssertEqual(dataset.period(after: .month(1, of: 2020)), .month(7, of: 2020))
        XCTAssertEqual(dataset.period(before: .month(1, of: 2021)), .month(9, of: 2020))
        XCTAssertEqual(dataset.period(after: .quarter(3, of: 2020)), nil, "quý III/2020 sorts after tháng 9/2020")
    }

    func testStepsWithinAProductLine() {
        XCTAssertEqual(
            dataset.periods(line: "construction-materials"), [.year(2019), .month(7, of: 2020), .month(9, of: 2020)])
        XCTAssertEqual(dataset.periods(line: "refining"), [.month(8, of: 2020), .firstMonths(8, of: 2020)])
        XCTAssertEqual(dataset.period(after: .month(7, of: 2020), line: "construction-materials"), .month(9, of: 2020))
        XCTAssertEqual(dataset.period(after: .month(7, of: 2020), line: "refining"), .month(8, of: 2020))
        XCTAssertEqual(dataset.periods(product: "petrol"), [.month(8, of: 2020), .firstMonths(8, of: 2020)])
    }

    func testUndatedFiguresAreCountedButNotPeriods() {
        XCTAssertEqual(dataset.undated(product: "cement").map(\.value), [150, 2.0])
        XCTAssertEqual(dataset.undatedObservations.count, 2)
        XCTAssertEqual(dataset.product(id: "cement")?.figureCount, 5)
        XCTAssertEqual(dataset.observations(product: "cement").count, 5)
    }
}
