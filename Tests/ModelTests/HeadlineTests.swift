import ThdashExtraction
import XCTest

@testable import ThdashModel

final class HeadlineTests: XCTestCase {
    func testLatestIIPGrowthPrefersYearOnYearWithinTheLatestPeriod() throws {
        let dataset = Fixture.dataset([
            Fixture.growth("iip", 15.02, .samePeriodLastYear, Fixture.firstMonths(6, 2025)),
            Fixture.growth("iip", 2.23, .previousMonth, Fixture.month(8, 2025)),
            Fixture.growth("iip", 8.43, .samePeriodLastYear, Fixture.month(8, 2025)),
            Fixture.growth("iip", 1.0, nil, Fixture.month(8, 2025)),
            Fixture.growth("iip", 30, .samePeriodLastYear, Fixture.month(9, 2025), region: "cả nước"),
        ])
        let iip = try XCTUnwrap(dataset.headlines.iip)
        XCTAssertEqual(iip.observation.value, 8.43)
        XCTAssertEqual(iip.period, .month(8, of: 2025))
        XCTAssertEqual(iip.mode, .yearOnYear)
    }

    func testLatestIIPGrowthFallsBackToMonthOnMonth() throws {
        let dataset = Fixture.dataset([
            Fixture.growth("iip", 15.02, .samePeriodLastYear, Fixture.month(7, 2025)),
            Fixture.growth("iip", 2.23, .previousMonth, Fixture.month(8, 2025)),
        ])
        XCTAssertEqual(dataset.headlines.iip?.observation.value, 2.23)
        XCTAssertEqual(dataset.headlines.iip?.mode, .monthOnMonth)
    }

    func testProductionValueWithPlanCompletionAndPace() throws {
        let dataset = Fixture.dataset([
            Fixture.value("production-value", 77001, "tỷ đồng", Fixture.firstMonths(7, 2020)),
            Fixture.value("production-value", 88926, "tỷ đồng", Fixture.firstMonths(8, 2020)),
            Fixture.figure(
                "production-value", .planCompletion, 58.8, basis: .annualPlan, period: Fixture.firstMonths(8, 2020)),
            Fixture.figure("production-value", .target, 151300, unit: "tỷ đồng", period: Fixture.year(2020)),
            Fixture.figure(
                "production-value", .target, 160, unit: "%", basis: .previousYear, period: Fixture.year(2020)),
            Fixture.growth("production-value", 7.1, .samePeriodLastYear, Fixture.firstMonths(8, 2020)),
        ])
        let production = try XCTUnwrap(dataset.headlines.production)
        XCTAssertEqual(production.value.value, 88926)
        XCTAssertEqual(production.value.period, .firstMonths(8, of: 2020))
        XCTAssertEqual(production.planCompletion?.value, 58.8)
        XCTAssertEqual(production.target?.value, 151300)
        XCTAssertEqual(try XCTUnwrap(production.computedCompletion), 58.7746, accuracy: 0.0001)
        let pace = try XCTUnwrap(production.pace)
        XCTAssertEqual(pace.monthsElapsed, 8)
        XCTAssertEqual(pace.expectedPercent, 66.6667, accuracy: 0.0001)
        XCTAssertEqual(pace.gap, 58.8 - 200.0 / 3, accuracy: 1e-9)
        XCTAssertTrue(pace.isBehind)
    }

    func testPaceUsesTheComputedCompletionWhenNoneIsStated() throws {
        let dataset = Fixture.dataset([
            Fixture.value("production-value", 120, "nghìn tỷ đồng", Fixture.firstMonths(6, 2023)),
            Fixture.figure("production-value", .target, 200, unit: "nghìn tỷ đồng", period: Fixture.year(2023)),
        ])
        let production = try XCTUnwrap(dataset.headlines.production)
        XCTAssertNil(production.planCompletion)
        XCTAssertEqual(production.completion, 60)
        XCTAssertEqual(production.pace?.expectedPercent, 50)
        XCTAssertEqual(production.pace?.isBehind, false)
    }

    func testNoHeadlinesWithoutTheirProducts() {
        let dataset = Fixture.dataset([Fixture.growth("cement", 3, .samePeriodLastYear, Fixture.month(1, 2020))])
        XCTAssertNil(dataset.headlines.iip)
        XCTAssertNil(dataset.headlines.production)
    }

    func testHeadlinesAtAPeriodAreOfItsYearAndPreferItsLength() throws {
        let dataset = Fixture.dataset([
            Fixture.growth("iip", 12.4, .samePeriodLastYear, Fixture.year(2023)),
            Fixture.growth("iip", 20.2, .samePeriodLastYear, Fixture.firstMonths(9, 2024)),
            Fixture.growth("iip", 25.5, .samePeriodLastYear, Fixture.month(8, 2024)),
            Fixture.growth("iip", -2.1, .previousMonth, Fixture.month(8, 2024)),
            Fixture.value("production-value", 88926, "tỷ đồng", Fixture.firstMonths(8, 2024)),
            Fixture.value("production-value", 9000, "tỷ đồng", Fixture.month(8, 2024)),
            Fixture.figure("production-value", .target, 151300, unit: "tỷ đồng", period: Fixture.year(2024)),
        ])
        let december = dataset.headlines(at: .month(12, of: 2024), mode: .yearOnYear)
        XCTAssertEqual(december.iip?.observation.value, 25.5, "a month stands for a month before a longer period")
        XCTAssertEqual(december.production?.value.value, 9000)
        XCTAssertNil(december.production?.computedCompletion, "a month's output is no share of the year's plan")
        let monthly = dataset.headlines(at: .month(12, of: 2024), mode: .monthOnMonth)
        XCTAssertEqual(monthly.iip?.observation.value, -2.1)
        XCTAssertEqual(monthly.iip?.mode, .monthOnMonth)
        let year = dataset.headlines(at: .year(2024), mode: .yearOnYear)
        XCTAssertEqual(year.iip?.observation.value, 20.2, "no yearly figure: the latest of the year, of any length")
        XCTAssertEqual(year.production?.value.value, 88926)
        XCTAssertEqual(try XCTUnwrap(year.production?.computedCompletion), 88926.0 / 151300 * 100, accuracy: 1e-9)
        let earlier = dataset.headlines(at: .year(2023), mode: .yearOnYear)
        XCTAssertEqual(earlier.iip?.observation.value, 12.4)
        XCTAssertNil(earlier.production, "2024's output is no figure of 2023")
        XCTAssertNil(dataset.headlines(at: .year(2022), mode: .yearOnYear).iip)
    }

    func testYearOutlookProjectsThePaceSoFarAndWhatThePlanStillNeeds() throws {
        let outlook = try XCTUnwrap(YearOutlook(monthsElapsed: 8, completionPercent: 58.8, value: 88926))
        XCTAssertEqual(outlook.projectedCompletion, 88.2, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(outlook.projectedValue), 133_389, accuracy: 1e-6)
        // 41.2 points in 4 months (10.3 a month) against 7.35 a month so far.
        XCTAssertEqual(try XCTUnwrap(outlook.neededChange), (10.3 / 7.35 - 1) * 100, accuracy: 1e-9)
        let ahead = try XCTUnwrap(YearOutlook(monthsElapsed: 6, completionPercent: 60, value: nil))
        XCTAssertEqual(try XCTUnwrap(ahead.neededChange), (40.0 / 6 / 10 - 1) * 100, accuracy: 1e-9)
        XCTAssertLessThan(try XCTUnwrap(ahead.neededChange), 0, "ahead of plan: the months left may be slower")
        XCTAssertNil(YearOutlook(monthsElapsed: 9, completionPercent: 104, value: nil)?.neededChange, "plan met")
        XCTAssertNil(YearOutlook(monthsElapsed: 12, completionPercent: 90, value: nil), "the year is over")
        XCTAssertNil(YearOutlook(monthsElapsed: 3, completionPercent: 0, value: nil), "no pace to project")
    }
}
