import XCTest

@testable import ThdashExtraction

/// Lists, periods that carry forward, years, bases, hedges and targets.
final class ListAndContextTests: XCTestCase {
    func testListItemsInheritPeriodAndBasisAndKeepTheirOwnSign() throws {
        let figures = TestSupport.figures(
            """
            Tháng 9/2021, sản xuất công nghiệp phục hồi. So với tháng trước, có 15 sản phẩm tăng, như: \
            xi măng tăng 4,2%, bia tăng 10,5%; thuốc lá bao giảm 2,1%, đường kết tinh tăng 1,7%...
            """)
        XCTAssertEqual(figures.map(\.product), ["cement", "beer", "cigarettes", "sugar"])
        XCTAssertEqual(figures.map(\.value), [4.2, 10.5, -2.1, 1.7])
        XCTAssertTrue(figures.allSatisfy { $0.basis == .previousMonth })
        XCTAssertTrue(figures.allSatisfy { $0.period.month == 9 && $0.period.year == 2021 })
    }

    func testVerblessItemsTakeTheListDirection() throws {
        let figures = TestSupport.figures(
            "Quý II/2023, so với cùng kỳ, một số sản phẩm giảm, gồm: bia (5,2%), thép (3%), xi măng (1,5%).")
        XCTAssertEqual(figures.map(\.value), [-5.2, -3, -1.5])
        XCTAssertTrue(figures.allSatisfy { $0.period.type == .quarter && $0.period.quarter == 2 })
    }

    func testRespectiveLists() throws {
        let figures = TestSupport.figures(
            """
            Tháng 6/2022, quần áo may sẵn và giày thể thao tăng lần lượt 12,1% và 8,4% so với cùng kỳ. \
            Xi măng tăng 3% so với tháng trước và 7% so với cùng kỳ; clinker tăng tương ứng 2% và 5%.
            """)
        XCTAssertEqual(figures.only("garments")?.value, 12.1)
        XCTAssertEqual(figures.only("sports-shoes")?.value, 8.4)
        let clinker = figures.filter { $0.product == "clinker" }
        XCTAssertEqual(clinker.map(\.value), [2, 5])
        XCTAssertEqual(clinker.map(\.basis), [.previousMonth, .samePeriodLastYear])
    }

    func testPeriodsOfEveryShape() throws {
        let cases: [(String, PeriodType, Int?, Int?)] = [
            ("Tháng 8, xi măng tăng 3%.", .month, 8, nil),
            ("Tháng 8/2021, xi măng tăng 3%.", .month, 8, 2021),
            ("Tháng 9-2022, xi măng tăng 3%.", .month, 9, 2022),
            ("Tháng 2 – 2020, xi măng tăng 3%.", .month, 2, 2020),
            ("Quý III/2019, xi măng tăng 3%.", .quarter, 3, 2019),
            ("Quý I, xi măng tăng 3%.", .quarter, 1, nil),
            ("6 tháng đầu năm, xi măng tăng 3%.", .monthsToDate, 6, nil),
            ("8 tháng, xi măng tăng 3%.", .monthsToDate, 8, nil),
            ("Lũy kế 8 tháng, xi măng tăng 3%.", .monthsToDate, 8, nil),
            ("Tính chung 9 tháng năm 2022, xi măng tăng 3%.", .monthsToDate, 9, 2022),
            ("Năm tháng đầu năm 2025, xi măng tăng 3%.", .monthsToDate, 5, 2025),
            ("Cả năm, xi măng tăng 3%.", .year, nil, nil),
            ("Năm 2023, xi măng tăng 3%.", .year, nil, 2023),
        ]
        for (text, type, number, year) in cases {
            let figure = TestSupport.figures(text).only("cement")
            XCTAssertEqual(figure?.period.type, type, text)
            XCTAssertEqual(figure?.period.month ?? figure?.period.quarter ?? figure?.period.months, number, text)
            XCTAssertEqual(figure?.period.year, year, text)
        }
    }

    func testPeriodCarriesForwardUntilReplaced() throws {
        let figures = TestSupport.figures(
            """
            Trong tháng 10/2023, ngành công nghiệp gặp khó. Xi măng giảm 4% so với tháng trước.

            Bia tăng 2% so với tháng trước. Tính chung 10 tháng, thép tăng 9,1%.
            """)
        XCTAssertEqual(figures.only("cement")?.period.month, 10)
        XCTAssertEqual(figures.only("beer")?.period.month, 10)
        XCTAssertEqual(figures.only("steel")?.period.months, 10)
        XCTAssertEqual(figures.only("steel")?.period.year, 2023, "the year the text named carries forward")
        XCTAssertEqual(figures.only("steel")?.basis, .samePeriodLastYear, "first-N-months growth is year on year")
    }

    func testYearFromHeaderDateButNeverAfterPublication() throws {
        let header = ["date": "2024-02-05"]
        let figures = TestSupport.figures(
            "Tháng 1, xi măng tăng 3% so với tháng trước. Tháng 12, bia tăng 4% so với tháng trước.", header: header)
        XCTAssertEqual(figures.only("cement")?.period.year, 2024)
        XCTAssertEqual(figures.only("beer")?.period.year, 2023, "December before a February article is last year's")
        XCTAssertNil(TestSupport.figures("Tháng 1, xi măng tăng 3%.").first?.period.year)
    }

    func testYearImpliedByTheComparison() throws {
        let figure = TestSupport.figures("Tháng 5, xi măng tăng 3% so với cùng kỳ năm 2019.").only("cement")
        XCTAssertEqual(figure?.period.year, 2020)
        XCTAssertEqual(figure?.basis, .samePeriodLastYear)
    }

    func testBases() throws {
        let cases: [(String, Basis?)] = [
            ("Tháng 4/2022, xi măng tăng 3% so với tháng trước.", .previousMonth),
            ("Tháng 4/2022, xi măng tăng 3% so tháng trước.", .previousMonth),
            ("Tháng 4/2022, xi măng tăng 3% so với tháng 3.", .previousMonth),
            ("Tháng 4/2022, xi măng tăng 3% so với cùng kỳ.", .samePeriodLastYear),
            ("Tháng 4/2022, xi măng tăng 3% so với tháng cùng kỳ.", .samePeriodLastYear),
            ("Tháng 4/2022, xi măng tăng 3% CK.", .samePeriodLastYear),
            ("Năm 2023, xi măng tăng 3% so với năm 2022.", .previousYear),
            ("Tháng 4/2022, xi măng tăng 3%.", nil),
        ]
        for (text, basis) in cases {
            XCTAssertEqual(TestSupport.figures(text).only("cement")?.basis, basis, text)
        }
    }

    func testHedgesAndBounds() throws {
        let figures = TestSupport.figures(
            """
            Năm 2024, thép đạt khoảng 5,2 triệu tấn. Xi măng đạt trên 12 triệu tấn. Bia đạt hơn 200 triệu lít. \
            Phân bón đạt gần 900 nghìn tấn. Đường kết tinh ước đạt 120 nghìn tấn. Tinh bột sắn đạt 60 nghìn tấn.
            """)
        XCTAssertEqual(figures.only("steel")?.approximate, true)
        XCTAssertEqual(figures.only("cement")?.bound, .lower)
        XCTAssertEqual(figures.only("beer")?.bound, .lower)
        XCTAssertEqual(figures.only("fertiliser")?.bound, .upper)
        XCTAssertEqual(figures.only("sugar")?.approximate, true)
        XCTAssertEqual(figures.only("cassava-starch")?.approximate, false)
    }

    func testTargetsAndForecastsAreNotResults() throws {
        let figures = TestSupport.figures(
            """
            Năm 2023, tỉnh đặt mục tiêu chỉ số sản xuất công nghiệp tăng 17% trở lên, giá trị sản xuất công \
            nghiệp đạt 200 nghìn tỷ đồng. Dự kiến cả năm, xi măng đạt 14 triệu tấn. Phấn đấu bia tăng 5%.
            """)
        XCTAssertEqual(figures.map(\.kind), [.target, .target, .forecast, .target], figures.map(\.quote).description)
        XCTAssertEqual(figures.only("iip")?.bound, .lower)
        XCTAssertEqual(figures.only("iip")?.basis, .previousYear)
        XCTAssertEqual(figures.only("production-value")?.unit, "nghìn tỷ đồng")
        XCTAssertEqual(figures.only("cement")?.period.type, .year)
    }

    func testAResultOfAPeriodNotYetOverWhenPublishedIsAForecast() throws {
        let figures = TestSupport.figures(
            "Năm 2023, giá trị sản xuất công nghiệp đạt 200 nghìn tỷ đồng.", header: ["date": "2023-10"])
        XCTAssertEqual(figures.only("production-value")?.kind, .forecast)
    }

    func testSubjectThatCannotBeToldIsDropped() throws {
        let figures = TestSupport.figures("Tháng 3/2024, tăng 5% so với cùng kỳ. Con số đạt 12%.")
        XCTAssertEqual(figures.count, 0, figures.map(\.subject).joined(separator: " | "))
    }

    func testUnknownSubjectsAreKeptAsWritten() throws {
        let figure = TestSupport.figures("Tháng 3/2024, gỗ dán xuất khẩu tăng 12% so với cùng kỳ.").first
        XCTAssertEqual(figure?.subject, "gỗ dán xuất khẩu")
        XCTAssertNil(figure?.product)
    }
}
