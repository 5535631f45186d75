import XCTest

@testable import ThdashExtraction

/// Vietnamese numbers, growth and multiples, plan completion and values with units.
final class NumberAndGrowthTests: XCTestCase {
    func testVietnameseSeparatorsAndScaleWords() throws {
        let figures = TestSupport.figures(
            """
            Tháng 3/2023, giá trị sản xuất công nghiệp đạt 88.926 tỷ đồng. Điện sản xuất đạt 616,913 triệu kWh. \
            Xi măng ước đạt 1,61 triệu tấn. Dầu diesel đạt 339,4 nghìn tấn. Điện thương phẩm đạt 1,296 tỉ kWh. \
            Giá trị xuất khẩu đạt 1,2 nghìn tỷ đồng.
            """)
        XCTAssertEqual(figures.only("production-value")?.value, 88_926)
        XCTAssertEqual(figures.only("production-value")?.unit, "tỷ đồng")
        XCTAssertEqual(figures.only("electricity-generated")?.value, 616.913)
        XCTAssertEqual(figures.only("electricity-generated")?.unit, "triệu kWh")
        XCTAssertEqual(figures.only("cement")?.value, 1.61)
        XCTAssertEqual(figures.only("cement")?.unit, "triệu tấn")
        XCTAssertEqual(figures.only("cement")?.approximate, true)
        XCTAssertEqual(figures.only("diesel")?.unit, "nghìn tấn")
        XCTAssertEqual(figures.only("electricity-sold")?.unit, "tỷ kWh", "tỉ is spelled tỷ")
        XCTAssertEqual(figures.only("exports")?.unit, "nghìn tỷ đồng")
        XCTAssertTrue(figures.allSatisfy { $0.kind == .value && $0.basis == nil })
    }

    func testGrowthForms() throws {
        let figures = TestSupport.figures(
            """
            Tháng 5/2022, chỉ số sản xuất công nghiệp tăng 6,5% so với tháng trước. Bia giảm 0,6% so với cùng kỳ. \
            Ngành chế biến, chế tạo tăng trưởng 1,36% so với cùng kỳ. Thuốc lá bao bằng 99,6% so với cùng kỳ. \
            Điện sản xuất gấp 2,3 lần cùng kỳ. Dầu ăn tăng 6,6 lần so với cùng kỳ. \
            Trong tháng, nhiều sản phẩm tăng khá, nổi bật là giày thể thao (tăng 66,8% so với cùng kỳ).
            """)
        XCTAssertEqual(figures.only("iip")?.value, 6.5)
        XCTAssertEqual(figures.only("iip")?.basis, .previousMonth)
        XCTAssertEqual(figures.only("beer")?.value, -0.6)
        XCTAssertEqual(figures.only("iip-manufacturing")?.value, 1.36)
        XCTAssertEqual(figures.only("cigarettes")?.value ?? 0, -0.4, accuracy: 1e-9)
        XCTAssertEqual(figures.only("cigarettes")?.basis, .samePeriodLastYear)
        XCTAssertEqual(figures.only("electricity-generated")?.value ?? 0, 130, accuracy: 1e-9)
        XCTAssertEqual(figures.only("cooking-oil")?.value ?? 0, 560, accuracy: 1e-9)
        XCTAssertEqual(figures.only("sports-shoes")?.value, 66.8)
        XCTAssertTrue(figures.allSatisfy { $0.kind == .growth && $0.period.month == 5 && $0.period.year == 2022 })
    }

    /// Found by the fuzzer (it trapped on a backwards range): a number glued to "lần lượt" (respectively)
    /// was read as a multiple whose "lần" was also the first word of "lần lượt".
    func testANumberBeforeLanLuotIsNotAMultiple() throws {
        let glued = TestSupport.figures("Thép tăng6lần lượt tăng6%.")
        XCTAssertEqual(glued.map(\.value), [6], "one figure, 6 %, not 500 %")
        let spaced = TestSupport.figures("Tháng 3/2023, thép và xi măng tăng 6 lần lượt tăng 6% và 8%.")
        XCTAssertFalse(spaced.contains { $0.value == 500 }, "\(spaced.map(\.value))")
        XCTAssertEqual(TestSupport.figures("c tăng6lần lượt tăng6%").count, 0, "no subject: dropped, and no trap")
        let multiple = TestSupport.figures("Điện sản xuất gấp 6 lần cùng kỳ.")
        XCTAssertEqual(multiple.only("electricity-generated")?.value, 500)
    }

    func testPlanCompletion() throws {
        let figures = TestSupport.figures(
            """
            Lũy kế 8 tháng năm 2021, giá trị sản xuất công nghiệp đạt 58,8% kế hoạch cả năm. \
            Tính đến hết tháng 6/2021, thu ngân sách nhà nước bằng 57,5% kế hoạch năm. \
            Năm 2021, kim ngạch xuất khẩu vượt 52,8% dự toán.
            """)
        let value = figures.only("production-value")
        XCTAssertEqual(value?.kind, .planCompletion)
        XCTAssertEqual(value?.value, 58.8)
        XCTAssertEqual(value?.basis, .annualPlan)
        XCTAssertEqual(value?.period.months, 8, "'cả năm' after 'kế hoạch' is part of the plan, not the period")
        XCTAssertEqual(figures.only("thu ngân sách nhà nước")?.value, 57.5)
        XCTAssertEqual(figures.only("exports")?.value ?? 0, 152.8, accuracy: 1e-9)
        XCTAssertTrue(figures.allSatisfy { $0.kind == .planCompletion })
    }

    func testMissingSpaceAndNonBreakingSpaces() throws {
        let figures = TestSupport.figures("Tháng\u{00A0}4/2024, xi măng tăng71,5%\u{00A0}so với cùng kỳ.")
        XCTAssertEqual(figures.only("cement")?.value, 71.5)
        XCTAssertEqual(figures.only("cement")?.basis, .samePeriodLastYear)
    }

    func testCountsFractionsPhonesDatesAndRanksAreNotFigures() throws {
        let figures = TestSupport.figures(
            """
            Tháng 8/2024, có 17/19 sản phẩm công nghiệp chủ yếu tăng so với cùng kỳ. Thanh Hóa xếp thứ 16/63 \
            tỉnh, thành phố. Đường dây nóng: 0237 3721150. Cập nhật 29/08/2024 18:02. Mã bài 180240829165747541. \
            Ngày 27/6, tỉnh tổ chức hội nghị với 300 doanh nghiệp.
            """)
        XCTAssertEqual(figures.count, 0, figures.map(\.quote).joined(separator: " | "))
    }

    func testAbsurdNumbersAreDroppedWithoutCrashing() throws {
        let figures = TestSupport.figures(
            """
            Tháng 1/2024, xi măng tăng 99999999999999999999999%. Bia tăng 1.000.000.000.000.000%. \
            Thép tăng 1e400%. Phân bón đạt \(String(repeating: "9", count: 400)) tấn.
            """)
        for figure in figures {
            XCTAssertTrue(figure.value.isFinite)
            XCTAssertLessThanOrEqual(abs(figure.value), 1e15)
        }
        XCTAssertNil(figures.first { $0.product == "cement" }, "a growth of 1e23 % is not a figure")
    }
}
