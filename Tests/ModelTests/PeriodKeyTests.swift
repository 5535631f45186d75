import ThdashExtraction
import XCTest

@testable import ThdashModel

final class PeriodKeyTests: XCTestCase {
    func testOrdersEveryTypeOnOneTimeline() {
        let shuffled: [PeriodKey] = [
            .year(2020), .firstMonths(9, of: 2020), .quarter(3, of: 2020), .month(8, of: 2020), .month(9, of: 2020),
            .year(2019), .month(1, of: 2021), .firstMonths(3, of: 2020), .quarter(1, of: 2020), .month(3, of: 2020),
        ]
        XCTAssertEqual(
            shuffled.sorted(),
            [
                .year(2019), .month(3, of: 2020), .quarter(1, of: 2020), .firstMonths(3, of: 2020), .month(8, of: 2020),
                .month(9, of: 2020), .quarter(3, of: 2020), .firstMonths(9, of: 2020), .year(2020), .month(1, of: 2021),
            ])
    }

    func testStepsWithinItsTypeAcrossYears() {
        XCTAssertEqual(PeriodKey.month(12, of: 2020).next, .month(1, of: 2021))
        XCTAssertEqual(PeriodKey.month(1, of: 2021).previous, .month(12, of: 2020))
        XCTAssertEqual(PeriodKey.quarter(4, of: 2020).next, .quarter(1, of: 2021))
        XCTAssertEqual(PeriodKey.quarter(1, of: 2021).previous, .quarter(4, of: 2020))
        XCTAssertEqual(PeriodKey.firstMonths(8, of: 2020).next, .firstMonths(9, of: 2020))
        XCTAssertEqual(PeriodKey.firstMonths(11, of: 2020).next, .firstMonths(1, of: 2021))
        XCTAssertEqual(PeriodKey.firstMonths(1, of: 2021).previous, .firstMonths(11, of: 2020))
        XCTAssertEqual(PeriodKey.year(2020).next, .year(2021))
        XCTAssertEqual(PeriodKey.month(8, of: 2020).yearEarlier, .month(8, of: 2019))
        for key: PeriodKey in [.month(5, of: 2020), .quarter(2, of: 2020), .firstMonths(6, of: 2020), .year(2020)] {
            XCTAssertEqual(key.next.previous, key)
            XCTAssertLessThan(key, key.next)
        }
    }

    func testReadsExtractedPeriodsAndSendsTheUnusableToUndated() {
        XCTAssertEqual(PeriodKey(Fixture.month(8, 2020)), .month(8, of: 2020))
        XCTAssertEqual(PeriodKey(Fixture.quarter(3, 2020)), .quarter(3, of: 2020))
        XCTAssertEqual(PeriodKey(Fixture.firstMonths(8, 2020)), .firstMonths(8, of: 2020))
        XCTAssertEqual(PeriodKey(Fixture.firstMonths(12, 2020)), .year(2020), "twelve months are the year")
        XCTAssertNil(PeriodKey(Period(label: "tháng 8", type: .month, year: nil, month: 8)))
        XCTAssertNil(PeriodKey(Period(label: "2016 - 2020", type: .other, year: 2020)))
        XCTAssertNil(PeriodKey(Period(label: "tháng 13", type: .month, year: 2020, month: 13)))
        XCTAssertNil(PeriodKey(Period(label: "quý", type: .quarter, year: 2020, quarter: nil)))
    }

    func testVietnameseLabelsAndSpans() {
        XCTAssertEqual(PeriodKey.month(8, of: 2020).label, "tháng 8/2020")
        XCTAssertEqual(PeriodKey.quarter(3, of: 2020).label, "quý III/2020")
        XCTAssertEqual(PeriodKey.firstMonths(8, of: 2020).label, "8 tháng đầu năm 2020")
        XCTAssertEqual(PeriodKey.year(2020).label, "năm 2020")
        XCTAssertEqual(PeriodKey.quarter(3, of: 2020).months, 7...9)
        XCTAssertEqual(PeriodKey.firstMonths(8, of: 2020).monthCount, 8)
    }
}
