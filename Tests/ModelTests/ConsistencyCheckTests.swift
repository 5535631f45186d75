import ThdashExtraction
import XCTest

@testable import ThdashModel

final class ConsistencyCheckTests: XCTestCase {
    private func planChecks(completion: Double, target: Figure) -> [ConsistencyCheck] {
        Fixture.dataset([
            Fixture.value("production-value", 88926, "tỷ đồng", Fixture.firstMonths(8, 2020)),
            Fixture.figure(
                "production-value", .planCompletion, completion, basis: .annualPlan,
                period: Fixture.firstMonths(8, 2020)),
            target,
        ]).checks.filter { $0.rule == .planCompletion }
    }

    private let target2020 = Fixture.figure(
        "production-value", .target, 151300, unit: "tỷ đồng", period: Fixture.year(2020))

    func testPlanCompletionThatMatchesPasses() throws {
        let checks = planChecks(completion: 58.8, target: target2020)
        let check = try XCTUnwrap(checks.first)
        XCTAssertEqual(checks.count, 1)
        XCTAssertEqual(check.computed, 58.7746, accuracy: 0.0001)
        XCTAssertTrue(check.passed)
        XCTAssertEqual(check.period, .firstMonths(8, of: 2020))
        XCTAssertEqual(check.inputs.map(\.value), [88926, 151300])
        XCTAssertEqual(check.formula, "88.926 tỷ đồng / 151.300 tỷ đồng = 58,77%")
    }

    func testPlanCompletionOffByMoreThanRoundingFails() throws {
        let failing = try XCTUnwrap(planChecks(completion: 58.5, target: target2020).first)
        XCTAssertFalse(failing.passed)
        XCTAssertEqual(failing.difference, 0.2746, accuracy: 0.0001)
        let withinRounding = try XCTUnwrap(planChecks(completion: 58.9, target: target2020).first)
        XCTAssertTrue(withinRounding.passed, "0,13 points is within 0,15 for a one-decimal ratio")
    }

    func testPlanCompletionNeedsTheSameBaseUnitAndTheYearsTarget() {
        let scaled = Fixture.figure(
            "production-value", .target, 151.3, unit: "nghìn tỷ đồng", period: Fixture.year(2020))
        XCTAssertEqual(planChecks(completion: 58.8, target: scaled).map(\.passed), [true])
        let otherUnit = Fixture.figure(
            "production-value", .target, 151300, unit: "triệu USD", period: Fixture.year(2020))
        XCTAssertTrue(planChecks(completion: 58.8, target: otherUnit).isEmpty)
        let otherYear = Fixture.figure("production-value", .target, 151300, unit: "tỷ đồng", period: Fixture.year(2021))
        XCTAssertTrue(planChecks(completion: 58.8, target: otherYear).isEmpty)
        let growthTarget = Fixture.figure(
            "production-value", .target, 160, unit: "%", basis: .previousYear, period: Fixture.year(2020))
        XCTAssertTrue(planChecks(completion: 58.8, target: growthTarget).isEmpty)
    }

    func testPlanCompletionLeavesOutValuesArticlesDisagreeOn() throws {
        // Twenty articles each state a different value and completion for the same months (every combination
        // would make 400 checks); one target all agree on. Only clear disagreements are flagged, as conflicts.
        var figures = [target2020]
        for k in 0..<20 {
            let path = "bai-\(k).md"
            figures += [
                Fixture.value(
                    "production-value", 88926 + Double(k), "tỷ đồng", Fixture.firstMonths(8, 2020), article: path),
                Fixture.figure(
                    "production-value", .planCompletion, 58.8 + Double(k) / 10, basis: .annualPlan,
                    period: Fixture.firstMonths(8, 2020), article: path),
            ]
        }
        let disagreeing = Fixture.dataset(figures)
        XCTAssertEqual(disagreeing.conflicts.count, 2)
        XCTAssertTrue(disagreeing.checks.filter { $0.rule == .planCompletion }.isEmpty)
        // When they agree on the value, the completions still disagree: no check either; when only one
        // completion is stated, it is checked against the agreed value.
        let agreeingValue = Fixture.dataset(
            [target2020, Fixture.value("production-value", 88926, "tỷ đồng", Fixture.firstMonths(8, 2020))]
                + (0..<20).map {
                    Fixture.figure(
                        "production-value", .planCompletion, 58.8 + Double($0) / 10, basis: .annualPlan,
                        period: Fixture.firstMonths(8, 2020), article: "bai-\($0).md")
                })
        XCTAssertTrue(agreeingValue.checks.filter { $0.rule == .planCompletion }.isEmpty)
        XCTAssertEqual(planChecks(completion: 58.8, target: target2020).count, 1)
    }

    func testMonthOnMonthGrowthAgainstTwoStatedMonths() throws {
        func check(_ rate: Double) throws -> ConsistencyCheck {
            let dataset = Fixture.dataset([
                Fixture.value("cement", 1.04, "triệu tấn", Fixture.month(7, 2021)),
                Fixture.value("cement", 1.092, "triệu tấn", Fixture.month(8, 2021)),
                Fixture.growth("cement", rate, .previousMonth, Fixture.month(8, 2021)),
            ])
            XCTAssertEqual(dataset.checks.count, 1)
            return try XCTUnwrap(dataset.checks.first { $0.rule == .monthOnMonth })
        }
        XCTAssertTrue(try check(5.1).passed)
        let failing = try check(5.8)
        XCTAssertFalse(failing.passed)
        XCTAssertEqual(failing.computed, 5, accuracy: 1e-9)
        XCTAssertEqual(failing.period, .month(8, of: 2021))
    }

    func testMonthOnMonthGrowthAgainstAMonthGivenByTwoCumulatives() throws {
        func check(_ rate: Double) throws -> ConsistencyCheck {
            let dataset = Fixture.dataset([
                Fixture.value("production-value", 10490, "tỷ đồng", Fixture.month(7, 2020)),
                Fixture.value("production-value", 77001, "tỷ đồng", Fixture.firstMonths(7, 2020)),
                Fixture.value("production-value", 88926, "tỷ đồng", Fixture.firstMonths(8, 2020)),
                Fixture.growth("production-value", rate, .previousMonth, Fixture.month(8, 2020)),
            ])
            return try XCTUnwrap(dataset.checks.first { $0.rule == .monthOnMonth })
        }
        let passing = try check(13.7)
        XCTAssertEqual(passing.computed, (11925.0 / 10490 - 1) * 100, accuracy: 1e-9)
        XCTAssertTrue(passing.passed)
        XCTAssertEqual(passing.inputs.map(\.value), [10490, 88926, 77001])
        XCTAssertFalse(try check(10.0).passed)
    }

    func testCumulativeAgainstMonthsCarriedByMonthOnMonthGrowth() throws {
        func check(_ stated: Double) throws -> ConsistencyCheck {
            let dataset = Fixture.dataset([
                Fixture.value("petrol", 100, "nghìn tấn", Fixture.month(1, 2022)),
                Fixture.growth("petrol", 10, .previousMonth, Fixture.month(2, 2022)),
                Fixture.growth("petrol", 9.1, .previousMonth, Fixture.month(3, 2022)),
                Fixture.value("petrol", stated, "nghìn tấn", Fixture.quarter(1, 2022)),
            ])
            return try XCTUnwrap(dataset.checks.first { $0.rule == .cumulative })
        }
        let passing = try check(330)
        XCTAssertEqual(passing.computed, 100 + 110 + 120.01, accuracy: 1e-9)
        XCTAssertTrue(passing.passed)
        XCTAssertTrue(passing.formula.contains("tháng 2/2022 (110*)"), passing.formula)
        let failing = try check(340)
        XCTAssertFalse(failing.passed)
        XCTAssertEqual(failing.difference, 330.01 - 340, accuracy: 1e-9)
    }

    func testCumulativeFromAnEarlierCumulativeAndTheMonthAfterIt() throws {
        func check(_ stated: Double) throws -> ConsistencyCheck {
            let dataset = Fixture.dataset([
                Fixture.value("production-value", 77001, "tỷ đồng", Fixture.firstMonths(7, 2020)),
                Fixture.value("production-value", 11925, "tỷ đồng", Fixture.month(8, 2020)),
                Fixture.value("production-value", stated, "tỷ đồng", Fixture.firstMonths(8, 2020)),
            ])
            return try XCTUnwrap(dataset.checks.first { $0.rule == .cumulative })
        }
        XCTAssertTrue(try check(88926).passed)
        XCTAssertEqual(try check(88926).inputs.map(\.value), [77001, 11925])
        XCTAssertFalse(try check(89926).passed)
    }

    func testChecksSkipApproximateConflictingAndIncompleteData() {
        let approximate = Fixture.dataset([
            Fixture.value("cement", 1.00, "triệu tấn", Fixture.month(7, 2021)),
            Fixture.value("cement", 1.05, "triệu tấn", Fixture.month(8, 2021), approximate: true),
            Fixture.growth("cement", 9, .previousMonth, Fixture.month(8, 2021)),
        ])
        XCTAssertTrue(approximate.checks.isEmpty)
        let conflicting = Fixture.dataset([
            Fixture.value("cement", 1.00, "triệu tấn", Fixture.month(7, 2021), article: "a.md"),
            Fixture.value("cement", 1.20, "triệu tấn", Fixture.month(7, 2021), article: "b.md"),
            Fixture.value("cement", 1.05, "triệu tấn", Fixture.month(8, 2021)),
            Fixture.growth("cement", 9, .previousMonth, Fixture.month(8, 2021)),
        ])
        XCTAssertTrue(conflicting.checks.isEmpty)
        let missingMonth = Fixture.dataset([
            Fixture.value("petrol", 100, "nghìn tấn", Fixture.month(1, 2022)),
            Fixture.growth("petrol", 10, .previousMonth, Fixture.month(2, 2022)),
            Fixture.value("petrol", 500, "nghìn tấn", Fixture.quarter(1, 2022)),
        ])
        XCTAssertTrue(missingMonth.checks.isEmpty)
        XCTAssertTrue(missingMonth.failedChecks.isEmpty)
    }
}
