import ThdashExtraction
import XCTest

@testable import ThdashModel

final class MergeAndConflictTests: XCTestCase {
    let articles = [
        Fixture.article("old.md", 2024, 12), Fixture.article("new.md", 2025, 1), Fixture.article("newer.md", 2025, 2),
    ]

    func testSameValueFromSeveralArticlesIsMergedKeepingEverySource() {
        let dataset = Fixture.dataset(
            [
                Fixture.growth("iip", 19.25, .previousYear, Fixture.year(2024), article: "old.md", approximate: true),
                Fixture.growth("iip", 19.25, .previousYear, Fixture.year(2024), article: "newer.md"),
            ], articles: articles)
        let observations = dataset.observations(product: "iip")
        XCTAssertEqual(observations.count, 1)
        XCTAssertEqual(observations[0].figureIndices, [0, 1])
        XCTAssertFalse(observations[0].approximate, "one source states it exactly")
        XCTAssertFalse(observations[0].isConflicted)
        XCTAssertEqual(dataset.sources(of: observations[0]).map(\.articlePath), ["old.md", "newer.md"])
        XCTAssertEqual(
            dataset.sources(of: observations[0]).map(\.date),
            articles.map(\.date).enumerated().filter { $0.offset != 1 }.map(\.element))
        XCTAssertTrue(dataset.conflicts.isEmpty)
    }

    func testValuesEqualAfterRoundingToTheirPrecisionAreMerged() {
        let dataset = Fixture.dataset([
            Fixture.growth("cement", 0.1 + 0.2, .samePeriodLastYear, Fixture.month(8, 2020), article: "a.md"),
            Fixture.growth("cement", 0.3, .samePeriodLastYear, Fixture.month(8, 2020), article: "b.md"),
            Fixture.value("cement", 1.61, "triệu tấn", Fixture.month(8, 2020), article: "a.md"),
            Fixture.value("cement", 1610, "nghìn tấn", Fixture.month(8, 2020), article: "b.md"),
        ])
        XCTAssertEqual(dataset.observations.count, 2)
        XCTAssertTrue(dataset.conflicts.isEmpty)
        XCTAssertEqual(dataset.observations.map(\.sourceCount), [2, 2])
    }

    func testDifferentValuesAreBothKeptAndFlaggedWithTheirSources() {
        let dataset = Fixture.dataset(
            [
                Fixture.growth("iip", 19.25, .previousYear, Fixture.year(2024), article: "old.md"),
                Fixture.growth("iip", 19.26, .previousYear, Fixture.year(2024), article: "new.md"),
                Fixture.growth("iip", 19.25, .samePeriodLastYear, Fixture.year(2024), article: "newer.md"),
            ], articles: articles)
        XCTAssertEqual(dataset.conflicts.count, 1)
        let conflict = dataset.conflicts[0]
        XCTAssertEqual(conflict.product, "iip")
        XCTAssertEqual(conflict.period, .year(2024))
        XCTAssertEqual(conflict.basis, .previousYear, "same period last year of a whole year is the previous year")
        XCTAssertEqual(conflict.observations.map(\.value), [19.25, 19.26], "the latest article's value comes first")
        XCTAssertEqual(conflict.observations.map(\.figureIndices), [[0, 2], [1]])
        XCTAssertTrue(conflict.observations.allSatisfy(\.isConflicted))
        XCTAssertEqual(
            dataset.sources(of: conflict.observations[1]).map(\.articlePath), ["new.md"])
    }

    func testDifferentRegionPeriodBasisKindOrUnitIsNoConflict() {
        let dataset = Fixture.dataset([
            Fixture.growth("cement", 5, .samePeriodLastYear, Fixture.month(8, 2020)),
            Fixture.growth("cement", 6, .samePeriodLastYear, Fixture.month(8, 2020), region: "cả nước"),
            Fixture.growth("cement", 7, .previousMonth, Fixture.month(8, 2020)),
            Fixture.growth("cement", 8, .samePeriodLastYear, Fixture.firstMonths(8, 2020)),
            Fixture.figure("cement", .target, 9, unit: "%", basis: .previousYear, period: Fixture.year(2020)),
            Fixture.figure("cement", .target, 10, unit: "triệu tấn", period: Fixture.year(2020)),
        ])
        XCTAssertTrue(dataset.conflicts.isEmpty)
        XCTAssertEqual(dataset.observations.count, 6)
    }

    func testUnknownSubjectsAreGroupedByFoldedTextUnderTheOtherLine() {
        let dataset = Fixture.dataset([
            Fixture.growth(nil, 7.2, .samePeriodLastYear, Fixture.month(2, 2019), subject: "nước thải"),
            Fixture.growth(nil, 7.9, .samePeriodLastYear, Fixture.month(3, 2019), subject: "Nước  thải"),
            Fixture.growth(
                nil, 8.0, .samePeriodLastYear, Fixture.month(3, 2019), article: "b.md", subject: "nuoc thai"),
            Fixture.growth(nil, 1.0, .samePeriodLastYear, Fixture.month(3, 2019), subject: "khí đốt"),
            Fixture.growth("cement", 3.0, .samePeriodLastYear, Fixture.month(3, 2019)),
        ])
        let unknown = dataset.unknownSubjects
        XCTAssertEqual(unknown.map(\.id), ["other:khi dot", "other:nuoc thai"])
        XCTAssertEqual(unknown[1].spellings, ["nước thải", "Nước  thải", "nuoc thai"])
        XCTAssertEqual(unknown[1].figureCount, 3)
        XCTAssertEqual(unknown[1].name, "Nước thải", "the first spelling, in sentence case")
        XCTAssertEqual(dataset.lines.map(\.id), ["construction-materials", "other"], "other comes last")
        XCTAssertEqual(dataset.line(id: "other")?.products, ["other:khi dot", "other:nuoc thai"])
        XCTAssertEqual(dataset.conflicts.count, 1, "7,9 and 8,0 for the same folded subject disagree")
        XCTAssertEqual(dataset.conflicts.first?.product, "other:nuoc thai")
    }

    func testFiguresOfOtherRegionsAreKeptAndListedByRegion() {
        let dataset = Fixture.dataset([
            Fixture.growth("cement", 5, .samePeriodLastYear, Fixture.month(8, 2020)),
            Fixture.growth("cement", 6, .samePeriodLastYear, Fixture.month(8, 2020), region: "cả nước"),
            Fixture.growth("petrol", 7, .samePeriodLastYear, Fixture.month(8, 2020), region: "Nghệ An"),
            Fixture.growth("petrol", 8, .samePeriodLastYear, Fixture.month(8, 2020), region: "Thanh Hoá"),
        ])
        XCTAssertEqual(dataset.otherRegions, ["cả nước", "Nghệ An"])
        XCTAssertEqual(dataset.observations(region: "Nghệ An").map(\.value), [7])
        XCTAssertEqual(dataset.otherRegions(product: "cement").map(\.value), [6])
        XCTAssertEqual(
            dataset.rows(period: .month(8, of: 2020), mode: .yearOnYear).map { $0.observation?.value },
            [5, 8], "\"Thanh Hoá\" with the old tone placement is the home region")
    }
}
