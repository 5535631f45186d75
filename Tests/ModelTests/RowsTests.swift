import ThdashExtraction
import XCTest

@testable import ThdashModel

final class RowsTests: XCTestCase {
    let august = PeriodKey.month(8, of: 2020)
    lazy var dataset = Fixture.dataset([
        Fixture.growth("cement", 3.6, .samePeriodLastYear, Fixture.month(8, 2020)),
        Fixture.growth("cement", 1.2, .previousMonth, Fixture.month(8, 2020)),
        Fixture.value("cement", 1.61, "triệu tấn", Fixture.month(8, 2020)),
        Fixture.growth("clinker", 6.9, .samePeriodLastYear, Fixture.month(8, 2020), article: "a.md"),
        Fixture.growth("clinker", 7.1, .samePeriodLastYear, Fixture.month(8, 2020), article: "b.md"),
        Fixture.growth("petrol", 54.1, .samePeriodLastYear, Fixture.month(8, 2020)),
        Fixture.growth("petrol", 99, .samePeriodLastYear, Fixture.month(8, 2020), region: "cả nước"),
        Fixture.growth("diesel", 31.3, .samePeriodLastYear, Fixture.month(7, 2020)),
        Fixture.growth("bricks", 2.0, nil, Fixture.month(8, 2020)),
        Fixture.figure("production-value", .planCompletion, 58.8, basis: .annualPlan, period: Fixture.month(8, 2020)),
    ])

    func testEveryProductWithHomeDataHasARowAndMissingFiguresAreNil() throws {
        let rows = dataset.rows(period: august, mode: .yearOnYear)
        XCTAssertEqual(
            rows.map(\.product.id), ["production-value", "cement", "clinker", "bricks", "petrol", "diesel"])
        XCTAssertEqual(rows.map { $0.observation?.value }, [nil, 3.6, 6.9, nil, 54.1, nil])
        let diesel = try XCTUnwrap(rows.first { $0.product.id == "diesel" })
        XCTAssertNil(diesel.observation, "no August figure: shown as —, never 0")
        XCTAssertEqual(ValueText.value(diesel.observation), "—")
    }

    func testRowsCarryTheValueFigureAndTheConflictingAlternatives() throws {
        let rows = dataset.rows(period: august, mode: .yearOnYear)
        let cement = try XCTUnwrap(rows.first { $0.product.id == "cement" })
        XCTAssertEqual(cement.valueObservation?.value, 1.61)
        XCTAssertEqual(cement.valueObservation?.unit, "triệu tấn")
        XCTAssertFalse(cement.isConflicted)
        let clinker = try XCTUnwrap(rows.first { $0.product.id == "clinker" })
        XCTAssertTrue(clinker.isConflicted)
        XCTAssertEqual(clinker.alternatives.map(\.value), [7.1])
    }

    func testModesSelectTheirBasisAndKind() {
        XCTAssertEqual(
            dataset.rows(period: august, mode: .monthOnMonth).compactMap { $0.observation?.value }, [1.2])
        let plan = dataset.rows(period: august, mode: .planCompletion)
        XCTAssertEqual(plan.compactMap { $0.observation?.value }, [58.8])
        XCTAssertEqual(plan.count, 6, "products without a completion still have rows")
    }

    func testYearOnYearOfAYearTakesThePreviousYearBasis() {
        let dataset = Fixture.dataset([
            Fixture.growth("iip", 16.31, .samePeriodLastYear, Fixture.year(2022)),
            Fixture.growth("cement", 19.2, .previousYear, Fixture.year(2022)),
        ])
        XCTAssertEqual(
            dataset.rows(period: .year(2022), mode: .yearOnYear).map { $0.observation?.value }, [16.31, 19.2])
    }

    func testSortsByValueWithEmptyRowsLastAndByName() {
        let descending = dataset.rows(period: august, mode: .yearOnYear, order: .valueDescending)
        XCTAssertEqual(
            descending.map(\.product.id), ["petrol", "clinker", "cement", "diesel", "bricks", "production-value"])
        let ascending = dataset.rows(period: august, mode: .yearOnYear, order: .valueAscending)
        XCTAssertEqual(
            ascending.map(\.product.id), ["cement", "clinker", "petrol", "diesel", "bricks", "production-value"])
        let byName = dataset.rows(period: august, mode: .yearOnYear, order: .name)
        XCTAssertEqual(
            byName.map(\.product.name),
            ["Clinker", "Dầu diesel", "Gạch xây", "Giá trị sản xuất công nghiệp", "Xăng", "Xi măng"])
    }

    /// Names in Vietnamese alphabetical order (issue 14): Đ after D, Ô and Ơ after O, Ư after U, tones only
    /// where the letters tie; Unicode's order would put Đ, Ô, Ơ and Ư after every other letter.
    func testSortsByNameInVietnameseAlphabeticalOrder() throws {
        let names = ["Ưu", "Ơn", "Ôn", "Ong", "Đá", "Dầu", "Óng", "Ống", "Mạ", "Má", "Mã", "Mả", "Mà", "Ma", "Zin"]
        let catalog = try ProductCatalog(
            tsv: (["line\tgoods\t\tHàng hóa\tGoods\t\t"]
                + names.indices.map { "product\tp\($0)\tgoods\t\(names[$0])\tP\($0)\ttấn\t" })
                .joined(separator: "\n"))
        let figures = names.indices.map { index in
            Figure(
                article: "a.md", subject: names[index], product: "p\(index)", line: "goods", kind: .growth,
                value: Double(index), unit: "%", basis: .samePeriodLastYear, period: Fixture.month(8, 2020),
                region: "Thanh Hóa", approximate: false, bound: nil, quote: "", sentence: "", offset: 0)
        }
        let dataset = Dataset(figures: figures, articles: [], catalog: catalog)
        let byName = dataset.rows(period: august, mode: .yearOnYear, order: .name).map(\.product.name)
        XCTAssertEqual(
            byName, ["Dầu", "Đá", "Ma", "Mà", "Mả", "Mã", "Má", "Mạ", "Ong", "Óng", "Ôn", "Ống", "Ơn", "Ưu", "Zin"])
    }

    /// Other regions are listed in Vietnamese alphabetical order too: "cả nước" among the C's, not after
    /// the capitals; "Dak Lak" before "Đà Nẵng".
    func testOtherRegionsAreInVietnameseAlphabeticalOrder() {
        let regions = ["Đà Nẵng", "cả nước", "Dak Lak", "Bắc Giang"]
        let dataset = Fixture.dataset(
            regions.map { Fixture.growth("cement", 5, .samePeriodLastYear, Fixture.month(8, 2020), region: $0) })
        let expected = ["Bắc Giang", "cả nước", "Dak Lak", "Đà Nẵng"]
        XCTAssertEqual(dataset.otherRegions, expected)
        XCTAssertEqual(dataset.otherRegions(product: "cement").map(\.region), expected)
    }

    func testRowsOfALineAndSections() {
        let rows = dataset.rows(period: august, mode: .yearOnYear, line: "refining")
        XCTAssertEqual(rows.map(\.product.id), ["petrol", "diesel"])
        let sections = dataset.sections(period: august, mode: .yearOnYear)
        XCTAssertEqual(sections.map(\.line.id), ["indicators", "construction-materials", "refining"])
        XCTAssertEqual(sections.map(\.filledCount), [0, 2, 1])
    }

    func testAPeriodWithoutAnyDataGivesEmptyRows() {
        let rows = dataset.rows(period: .month(1, of: 2030), mode: .yearOnYear)
        XCTAssertEqual(rows.count, 6)
        XCTAssertTrue(rows.allSatisfy { $0.observation == nil && $0.valueObservation == nil })
    }

    func testSortingCatalogRowsGivesWhatEachOrderGives() {
        for period in dataset.periods {
            for mode in ComparisonMode.allCases {
                let catalog = dataset.rows(period: period, mode: mode, order: .catalog)
                // Rows made by hand know no slot: they sort by the product's id the same way.
                let handMade = catalog.map {
                    ProductRow(
                        product: $0.product, observation: $0.observation, alternatives: $0.alternatives,
                        valueObservation: $0.valueObservation)
                }
                for order in RowOrder.allCases {
                    let expected = dataset.rows(period: period, mode: mode, order: order).map(\.product.id)
                    XCTAssertEqual(dataset.sorted(catalog, by: order).map(\.product.id), expected, "\(period) \(order)")
                    XCTAssertEqual(
                        dataset.sorted(handMade, by: order).map(\.product.id), expected, "\(period) \(order)")
                }
            }
        }
    }

    func testRowsCompareByTheirFieldsAndChangeOneFieldAtATime() throws {
        let rows = dataset.rows(period: august, mode: .yearOnYear)
        var cement = try XCTUnwrap(rows.first { $0.product.id == "cement" })
        let copy = ProductRow(
            product: cement.product, observation: cement.observation, valueObservation: cement.valueObservation)
        XCTAssertEqual(cement, copy)
        XCTAssertEqual(rows.map(\.value), rows.map { $0.observation?.value })
        XCTAssertEqual(cement.hashValue, copy.hashValue)
        cement.observation = nil
        XCTAssertNotEqual(cement, copy)
        XCTAssertNil(cement.observation)
        XCTAssertEqual(cement.valueObservation?.value, 1.61, "the other fields stay")
        XCTAssertEqual(copy.observation?.value, 3.6, "the copy keeps its own value")
    }
}
