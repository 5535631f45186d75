import Foundation
import XCTest

@testable import ThdashExtraction

/// The article the project started from (../shared/seeds), read from disk when it is there.
final class SeedArticleTests: XCTestCase {
    static let seedPath = TestSupport.packageRoot
        .deletingLastPathComponent().appendingPathComponent("shared/seeds/000_0542560ea2deb521.txt").path

    func testSeedGivesItsTwelveFiguresAndNothingFromTheTeasers() throws {
        guard FileManager.default.fileExists(atPath: Self.seedPath) else {
            throw XCTSkip("seed article not found at \(Self.seedPath)")
        }
        let article = try ArticleLoader.load(Self.seedPath).get()
        let figures = TestSupport.extractor.extract(article)

        struct Expected {
            var product: String
            var kind: FigureKind
            var value: Double
            var unit: String
            var basis: Basis?
            var periodType: PeriodType
            var number: Int?
        }
        let expected: [Expected] = [
            .init(
                product: "production-value", kind: .planCompletion, value: 44.1, unit: "%", basis: .annualPlan,
                periodType: .monthsToDate, number: 6),
            .init(
                product: "production-value", kind: .target, value: 151_300, unit: "tỷ đồng", basis: nil,
                periodType: .year, number: nil),
            .init(
                product: "cooking-oil", kind: .growth, value: 99, unit: "%", basis: .previousMonth,
                periodType: .month, number: 8),
            .init(
                product: "cement", kind: .growth, value: 3.6, unit: "%", basis: .previousMonth,
                periodType: .month, number: 8),
            .init(
                product: "clinker", kind: .growth, value: 6.9, unit: "%", basis: .previousMonth,
                periodType: .month, number: 8),
            .init(
                product: "fresh-milk", kind: .growth, value: 4.8, unit: "%", basis: .previousMonth,
                periodType: .month, number: 8),
            .init(
                product: "petrol", kind: .growth, value: 54.1, unit: "%", basis: .previousMonth,
                periodType: .month, number: 8),
            .init(
                product: "diesel", kind: .growth, value: 31.3, unit: "%", basis: .previousMonth,
                periodType: .month, number: 8),
            .init(
                product: "sulphur", kind: .growth, value: 67.5, unit: "%", basis: .previousMonth,
                periodType: .month, number: 8),
            .init(
                product: "production-value", kind: .value, value: 88_926, unit: "tỷ đồng", basis: nil,
                periodType: .monthsToDate, number: 8),
            .init(
                product: "production-value", kind: .planCompletion, value: 58.8, unit: "%", basis: .annualPlan,
                periodType: .monthsToDate, number: 8),
            .init(
                product: "production-value", kind: .growth, value: 7.1, unit: "%", basis: .samePeriodLastYear,
                periodType: .monthsToDate, number: 8),
        ]
        XCTAssertEqual(figures.count, expected.count, figures.map(\.quote).joined(separator: " | "))
        for (figure, want) in zip(figures, expected) {
            XCTAssertEqual(figure.product, want.product, figure.quote)
            XCTAssertEqual(figure.kind, want.kind, figure.quote)
            XCTAssertEqual(figure.value, want.value, accuracy: 1e-9, figure.quote)
            XCTAssertEqual(figure.unit, want.unit, figure.quote)
            XCTAssertEqual(figure.basis, want.basis, figure.quote)
            XCTAssertEqual(figure.period.type, want.periodType, figure.quote)
            XCTAssertEqual(figure.period.month ?? figure.period.months, want.number, figure.quote)
            XCTAssertNil(figure.period.year, "the seed states no year: \(figure.quote)")
            XCTAssertEqual(figure.region, "Thanh Hóa")
            XCTAssertFalse(figure.approximate, figure.quote)
        }
        // Subjects as written, for the list items.
        XCTAssertEqual(
            figures[2...8].map(\.subject),
            [
                "dầu ăn thực vật", "xi măng", "clinker tiêu thụ", "sữa tươi các loại", "xăng", "dầu diesel",
                "lưu huỳnh rắn",
            ])
        // Every quote is a piece of the normalised text at its offset.
        let scalars = Array(article.text.unicodeScalars)
        for figure in figures {
            let quote = Array(figure.quote.unicodeScalars)
            XCTAssertEqual(Array(scalars[figure.offset..<(figure.offset + quote.count)]), quote)
        }
    }
}
