import ThdashExtraction
import XCTest

@testable import ThdashModel

/// Large inputs are built on several cores; the result must not depend on how the work was split.
final class ShardedBuildTests: XCTestCase {
    /// 600 figures with repeats, conflicts, unknown subjects spelled differently in different stretches,
    /// products missing from the catalog, other regions and undated periods.
    private func figures() -> [Figure] {
        var figures: [Figure] = []
        let products: [String?] = ["cement", "petrol", nil, "iip", "production-value", "steel-new", nil, "clinker"]
        let subjects = ["nước thải", "Nước thải", "nuoc thai", "khí đốt"]
        for n in 0..<600 {
            let product = products[n % products.count]
            let period: Period
            switch n % 5 {
            case 0: period = Fixture.month(1 + n % 12, 2020 + n % 3)
            case 1: period = Fixture.firstMonths(2 + n % 10, 2020 + n % 3)
            case 2: period = Fixture.year(2020 + n % 3)
            case 3: period = Fixture.quarter(1 + n % 4, 2021)
            default: period = Period(label: "giai đoạn 2016-2020", type: .other, year: 2020)
            }
            let kind: FigureKind = [.growth, .value, .planCompletion, .target][n % 4]
            let basis: Basis? = kind == .growth ? [.samePeriodLastYear, .previousMonth, .previousYear][n % 3] : nil
            let unit = kind == .value || kind == .target ? ["nghìn tấn", "triệu tấn", "tỷ đồng"][n % 3] : "%"
            figures.append(
                Fixture.figure(
                    product, kind, Double((n * 37) % 50) / 10 + (n % 7 == 0 ? 0.1 : 0), unit: unit, basis: basis,
                    period: period, region: n % 9 == 0 ? "cả nước" : "Thanh Hóa", article: "a\(n % 13).md",
                    subject: product == nil ? subjects[(n / 8) % subjects.count] : nil))
        }
        return figures
    }

    func testShardedBuildEqualsSingleCoreBuild() {
        let figures = figures()
        let articles = (0..<13).map { Fixture.article("a\($0).md", 2020 + $0 % 4, 1 + $0 % 12) }
        let single = Dataset(
            figures: FigureList(figures), articles: articles, catalog: Fixture.catalog, homeRegion: "Thanh Hóa",
            shards: 1)
        // The sharded builds read the figures from uneven parts, so shards start and end inside parts.
        var parts = FigureList()
        var start = 0
        let sizes = [1, 5, 17, 2, 40]
        var partNumber = 0
        while start < figures.count {
            let end = min(start + sizes[partNumber % sizes.count], figures.count)
            parts.append(part: Array(figures[start..<end]))
            start = end
            partNumber += 1
        }
        XCTAssertGreaterThan(figures.count, 100)
        XCTAssertEqual(Array(parts), figures)
        for shards in [2, 3, 7] {
            let sharded = Dataset(
                figures: parts, articles: articles, catalog: Fixture.catalog, homeRegion: "Thanh Hóa",
                shards: shards)
            XCTAssertEqual(sharded.products, single.products, "\(shards) shards")
            XCTAssertEqual(sharded.lines, single.lines)
            XCTAssertEqual(sharded.periods, single.periods)
            XCTAssertEqual(sharded.observations, single.observations)
            XCTAssertEqual(sharded.conflicts, single.conflicts)
            XCTAssertEqual(sharded.checks, single.checks)
            XCTAssertEqual(sharded.otherRegions, single.otherRegions)
            XCTAssertEqual(
                sharded.rows(period: .year(2021), mode: .yearOnYear),
                single.rows(period: .year(2021), mode: .yearOnYear))
        }
        XCTAssertEqual(
            single.unknownSubjects.first { $0.id == "other:nuoc thai" }?.spellings,
            ["nước thải", "Nước thải", "nuoc thai"])
        XCTAssertEqual(single.product(id: "steel-new")?.line, "other", "a product the catalog lacks")
        XCTAssertFalse(single.conflicts.isEmpty)
        XCTAssertEqual(single.products.reduce(0) { $0 + $1.figureCount }, figures.count)
    }
}
