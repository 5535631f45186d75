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

    func testPeriodsWithAFigureForABasisInAScope() {
        XCTAssertEqual(
            dataset.periods(with: .yearOnYear, in: .everything),
            [.year(2019), .month(7, of: 2020), .month(8, of: 2020), .firstMonths(8, of: 2020), .month(9, of: 2020)],
            "a year's growth against the previous year is a year-on-year figure; other regions' add no period")
        XCTAssertEqual(
            dataset.periods(with: .yearOnYear, in: .line("construction-materials")),
            [.year(2019), .month(7, of: 2020), .month(9, of: 2020)])
        XCTAssertEqual(
            dataset.periods(with: .yearOnYear, in: .product("petrol")),
            [.month(8, of: 2020), .firstMonths(8, of: 2020)])
        XCTAssertEqual(dataset.periods(with: .monthOnMonth, in: .everything), [])
        XCTAssertEqual(dataset.periods(with: .yearOnYear, in: .line("no-such-line")), [])
        XCTAssertEqual(dataset.periods(with: .yearOnYear, in: .product("no-such-product")), [])
    }

    func testGranularityOfEveryKeyAndItsCycle() {
        XCTAssertEqual(PeriodKey.month(8, of: 2020).granularity, .month)
        XCTAssertEqual(PeriodKey.quarter(3, of: 2020).granularity, .quarter)
        XCTAssertEqual(PeriodKey.firstMonths(8, of: 2020).granularity, .yearToDate)
        XCTAssertEqual(PeriodKey.firstMonths(12, of: 2020).granularity, .year)
        var seen: [PeriodGranularity] = []
        var granularity = PeriodGranularity.month
        repeat {
            seen.append(granularity)
            granularity = granularity.next
        } while granularity != .month
        XCTAssertEqual(seen, [.month, .quarter, .yearToDate, .year])
        XCTAssertNil(PeriodGranularity(.span))
    }

    func testUndatedFiguresAreCountedButNotPeriods() {
        XCTAssertEqual(dataset.undated(product: "cement").map(\.value), [150, 2.0])
        XCTAssertEqual(dataset.undatedObservations.count, 2)
        XCTAssertEqual(dataset.product(id: "cement")?.figureCount, 5)
        XCTAssertEqual(dataset.observations(product: "cement").count, 5)
    }
}
