import ThdashExtraction
import XCTest

@testable import ThdashModel

final class SeriesTests: XCTestCase {
    let dataset = Fixture.dataset(
        [
            Fixture.growth("cement", 4.2, .samePeriodLastYear, Fixture.month(9, 2020), article: "b.md"),
            Fixture.growth("cement", 3.6, .samePeriodLastYear, Fixture.month(8, 2020), article: "a.md"),
            Fixture.growth("cement", 3.7, .samePeriodLastYear, Fixture.month(8, 2020), article: "b.md"),
            Fixture.growth("cement", 5.0, .samePeriodLastYear, Fixture.firstMonths(9, 2020), article: "b.md"),
            Fixture.value("cement", 1.5, "triệu tấn", Fixture.month(8, 2020), article: "a.md"),
            Fixture.value("cement", 1700, "nghìn tấn", Fixture.month(9, 2020), article: "b.md"),
            Fixture.growth("cement", 1.0, .samePeriodLastYear, Fixture.month(10, 2020), region: "cả nước"),
        ],
        articles: [Fixture.article("a.md", 2020, 9), Fixture.article("b.md", 2020, 10)])

    func testSeriesForASparklineFollowsThePeriodsOfOneType() throws {
        let monthly = try XCTUnwrap(dataset.series(product: "cement", mode: .yearOnYear, periodType: .month))
        XCTAssertEqual(monthly.points.map(\.period), [.month(8, of: 2020), .month(9, of: 2020)])
        XCTAssertEqual(monthly.values, [3.7, 4.2], "the later article's value is shown")
        XCTAssertEqual(monthly.points[0].alternatives.map(\.value), [3.6])
        let cumulative = try XCTUnwrap(dataset.series(product: "cement", mode: .yearOnYear, periodType: .monthsToDate))
        XCTAssertEqual(cumulative.values, [5.0])
        XCTAssertNil(dataset.series(product: "cement", mode: .monthOnMonth, periodType: .month))
    }

    func testValueSeriesIsInTheCatalogUnit() throws {
        let values = try XCTUnwrap(dataset.series(product: "cement").first { $0.kind == .value })
        XCTAssertEqual(values.unit, "triệu tấn")
        XCTAssertEqual(values.values, [1.5, 1.7])
    }

    func testEveryPointKeepsItsArticleDateAndQuote() throws {
        let monthly = try XCTUnwrap(dataset.series(product: "cement", mode: .yearOnYear, periodType: .month))
        let sources = dataset.sources(of: monthly.points[1].observation)
        XCTAssertEqual(sources.map(\.articlePath), ["b.md"])
        XCTAssertEqual(sources.first?.date, ArticleDate(year: 2020, month: 10))
        XCTAssertEqual(sources.first?.quote, "Xi măng 4.2")
        XCTAssertEqual(dataset.series(product: "cement").count, 3, "monthly growth, cumulative growth, monthly value")
    }
}
