import XCTest

@testable import ThdashExtraction

/// What a figure is, checked field by field on short articles written for these tests (their figures are
/// real ones, from the examples and the project's facts): actual, forecast or target; named base
/// periods and yearly averages; exports beside output; companies, plants and zones beside the province;
/// articles about other provinces, with and without a header; generic wording; units.
final class FigureSemanticsTests: XCTestCase {
    // MARK: Actual, forecast, target

    func testAForecastIsNeitherAResultNorAPlanAndThePlanKeepsItsSubject() throws {
        let figures = TestSupport.figures(
            """
            Chín tháng năm 2023, chỉ số sản xuất công nghiệp của tỉnh ước tăng 7,93% so với cùng kỳ. Dự kiến cả \
            năm 2023, chỉ số sản xuất công nghiệp chỉ tăng khoảng 9,5%, thấp hơn nhiều so với kế hoạch tăng 17%.
            """, header: ["date": "2023-10-05"])
        XCTAssertEqual(figures.count, 3, figures.map(\.quote).description)
        let actual = try XCTUnwrap(figures.first { $0.value == 7.93 })
        XCTAssertEqual(actual.kind, .growth)
        XCTAssertEqual(actual.approximate, true)
        XCTAssertEqual(actual.period.type, .monthsToDate)
        let forecast = try XCTUnwrap(figures.first { $0.value == 9.5 })
        XCTAssertEqual(forecast.kind, .forecast)
        XCTAssertEqual(forecast.product, "iip")
        XCTAssertEqual(forecast.unit, "%")
        XCTAssertEqual(forecast.basis, .previousYear)
        XCTAssertEqual(forecast.period.type, .year)
        XCTAssertEqual(forecast.period.year, 2023)
        let plan = try XCTUnwrap(figures.first { $0.value == 17 })
        XCTAssertEqual(plan.kind, .target)
        XCTAssertEqual(plan.product, "iip", "the plan keeps the sentence's subject")
        XCTAssertEqual(plan.basis, .previousYear)
        XCTAssertEqual(plan.period.year, 2023)
    }

    func testAnExpectationForAPeriodAlreadyOverIsAnEstimatedResult() throws {
        let figures = TestSupport.figures(
            "Tháng 8/2023, chỉ số sản xuất công nghiệp dự kiến tăng 2,23% so với cùng kỳ.",
            header: ["date": "2023-09-02"])
        let figure = try XCTUnwrap(figures.only("iip"))
        XCTAssertEqual(figure.kind, .growth)
        XCTAssertEqual(figure.approximate, true)
        XCTAssertEqual(figure.basis, .samePeriodLastYear)
    }

    func testAnEstimateMonthsBeforeItsPeriodEndsIsAForecastAndOneAtItsEndAResult() throws {
        let early = TestSupport.figures(
            "Năm 2024, chỉ số sản xuất công nghiệp ước tăng 19,25%.", header: ["date": "2024-10-02"])
        XCTAssertEqual(early.only("iip")?.kind, .forecast)
        let late = TestSupport.figures(
            "Năm 2024, chỉ số sản xuất công nghiệp ước tăng 19,25%.", header: ["date": "2024-12-20"])
        XCTAssertEqual(late.only("iip")?.kind, .growth)
        XCTAssertEqual(late.only("iip")?.approximate, true)
    }

    func testAPlanTheResultIsMeasuredAgainstSetsNoTarget() throws {
        let figures = TestSupport.figures(
            """
            Giai đoạn 2015-2020, giá trị sản xuất công nghiệp tăng trưởng bình quân ước đạt trên 21%/năm, đạt kế \
            hoạch đề ra.
            """, header: ["date": "2020-05-22"])
        let figure = try XCTUnwrap(figures.only("production-value"))
        XCTAssertEqual(figure.kind, .growth)
        XCTAssertEqual(figure.bound, .lower)
    }

    // MARK: Bases

    func testAMultipleOfANamedYearIsAgainstThatBasePeriod() throws {
        let figures = TestSupport.figures(
            "Năm 2019, giá trị sản xuất công nghiệp gấp 2,2 lần năm 2015.", header: ["date": "2020-01-27"])
        let figure = try XCTUnwrap(figures.only("production-value"))
        XCTAssertEqual(figure.kind, .growth)
        XCTAssertEqual(figure.value, 120)
        XCTAssertEqual(figure.decimals, 1)
        XCTAssertEqual(figure.basis, .basePeriod)
        XCTAssertEqual(figure.base?.type, .year)
        XCTAssertEqual(figure.base?.year, 2015)
        XCTAssertEqual(figure.base?.label, "năm 2015")
        XCTAssertEqual(figure.period.year, 2019)
    }

    func testAComparisonWithASpanOfYearsIsABasePeriod() throws {
        let figures = TestSupport.figures(
            "Từ năm 2021 đến nay, so với giai đoạn 2016 - 2020, sản lượng thép các loại tăng 10 lần.",
            header: ["date": "2025-02-10"])
        let figure = try XCTUnwrap(figures.only("steel"))
        XCTAssertEqual(figure.basis, .basePeriod)
        XCTAssertEqual(figure.base?.type, .span)
        XCTAssertEqual(figure.base?.fromYear, 2016)
        XCTAssertEqual(figure.base?.year, 2020)
        XCTAssertEqual(figure.base?.label, "giai đoạn 2016 - 2020")
    }

    func testAYearlyAverageOverASpanIsAnAverageOfThatSpan() throws {
        let figures = TestSupport.figures(
            "Giai đoạn 2016-2020, chỉ số sản xuất công nghiệp tăng bình quân 19,4%/năm.", header: ["date": "2021-01"])
        let figure = try XCTUnwrap(figures.only("iip"))
        XCTAssertEqual(figure.kind, .growth)
        XCTAssertEqual(figure.value, 19.4)
        XCTAssertEqual(figure.basis, .averageAnnual)
        XCTAssertNil(figure.base)
        XCTAssertEqual(figure.period.type, .span)
        XCTAssertEqual(figure.period.fromYear, 2016)
        XCTAssertEqual(figure.period.year, 2020)
        XCTAssertEqual(figure.quote, "chỉ số sản xuất công nghiệp tăng bình quân 19,4%/năm")
    }

    // MARK: Measures

    func testExportsBesideOutputAreAnotherMeasure() throws {
        let figures = TestSupport.figures(
            """
            Năm 2020, sản lượng xi măng đạt 14,5 triệu tấn, giảm 3,1% so với năm 2019. Xuất khẩu xi măng đạt 1,2 \
            triệu tấn, tăng 12%; xuất khẩu đá ốp lát tăng 87,4%, hàng may mặc tăng 3%.
            """, header: ["date": "2021-01-05"])
        let output = figures.filter { $0.product == "cement" && $0.measure == .output }
        XCTAssertEqual(output.map(\.value), [14.5, -3.1])
        let exports = figures.filter { $0.product == "cement" && $0.measure == .export }
        XCTAssertEqual(exports.map(\.value), [1.2, 12])
        XCTAssertEqual(exports.map(\.kind), [.value, .growth])
        XCTAssertEqual(figures.only("facing-stone")?.measure, .export)
        XCTAssertEqual(figures.only("garments")?.measure, .export, "a list shares its measure")
        XCTAssertTrue(figures.allSatisfy { $0.subjectClass == .product })
    }

    func testSalesAndStocksAreNotOutput() throws {
        let figures = TestSupport.figures(
            "Tháng 8/2020, clinker tiêu thụ tăng 6,9% so với tháng trước; tồn kho xi măng giảm 5%.",
            header: ["date": "2020-08-28"])
        XCTAssertEqual(figures.only("clinker")?.measure, .consumption)
        XCTAssertEqual(figures.only("cement")?.measure, .inventory)
    }

    func testIndicesAndAggregatesHaveTheirClassAndNoMeasure() throws {
        let figures = TestSupport.figures(
            "Năm 2022, GRDP tăng 12,51%; chỉ số sản xuất công nghiệp tăng 16,31%; kim ngạch xuất khẩu đạt 5 tỷ USD.",
            header: ["date": "2023-01-05"])
        XCTAssertEqual(figures.only("grdp")?.subjectClass, .economy)
        XCTAssertEqual(figures.only("iip")?.subjectClass, .index)
        XCTAssertEqual(figures.only("exports")?.subjectClass, .economy)
        XCTAssertTrue(figures.allSatisfy { $0.measure == nil })
    }

    // MARK: Whose figure

    func testCompanyPlantAndZoneFiguresAreTheirsNotTheProvinces() throws {
        let figures = TestSupport.figures(
            """
            Năm 2023, chỉ số sản xuất công nghiệp toàn tỉnh tăng 9,5%. Công ty Cổ phần Xi măng Nghi Sơn đã hoàn \
            thành 46% kế hoạch năm. Tháng 7/2020, Nhà máy Lọc hóa dầu Nghi Sơn giảm 12,6% so với tháng trước. \
            Giá trị sản xuất công nghiệp trong KKT Nghi Sơn tăng 15%. Nhờ Nhà máy xi măng Long Sơn mở rộng, sản \
            lượng xi măng tăng 20%.
            """, header: ["date": "2024-01-05"])
        XCTAssertEqual(figures.count, 5, figures.map(\.quote).description)
        XCTAssertEqual(figures.only("iip")?.entity, .province)
        XCTAssertEqual(figures.only("iip")?.region, "Thanh Hóa")
        let company = try XCTUnwrap(figures.first { $0.value == 46 })
        XCTAssertEqual(company.kind, .planCompletion)
        XCTAssertEqual(company.entity, .company)
        XCTAssertEqual(company.region, "Công ty Cổ phần Xi măng Nghi Sơn")
        XCTAssertNil(company.product, "the company's name is no product")
        let plant = try XCTUnwrap(figures.first { $0.value == -12.6 })
        XCTAssertEqual(plant.entity, .company)
        XCTAssertEqual(plant.region, "Nhà máy Lọc hóa dầu Nghi Sơn")
        let zone = try XCTUnwrap(figures.first { $0.value == 15 })
        XCTAssertEqual(zone.entity, .company)
        XCTAssertEqual(zone.region, "KKT Nghi Sơn")
        let cement = try XCTUnwrap(figures.only("cement"))
        XCTAssertEqual(cement.entity, .province, "a plant that caused a rise does not own it")
    }

    func testAnotherProvincesArticleNamedInItsTitleOnly() throws {
        let figures = TestSupport.figures(
            """
            ---
            title: Chỉ số sản xuất công nghiệp Nghệ An 7 tháng năm 2025 tăng 15,8%
            date: 2025-08-09
            ---
            Chỉ số sản xuất công nghiệp của tỉnh 7 tháng năm 2025 tăng 15,8% so với cùng kỳ.

            Nhiều sản phẩm chủ lực đạt sản lượng cao: đá xây dựng 3,917 triệu m³ (tăng 29,8%), xi măng 5,3 triệu \
            tấn (tăng 12,13%).
            """, outlet: false)
        XCTAssertEqual(figures.count, 5, figures.map(\.quote).description)
        XCTAssertTrue(figures.allSatisfy { $0.region == "Nghệ An" && $0.entity == .otherProvince })
        XCTAssertEqual(figures.filter { $0.product == "stone" }.map(\.value), [3.917, 29.8])
        XCTAssertEqual(figures.filter { $0.product == "cement" }.map(\.unit), ["triệu tấn", "%"])
    }

    func testAnotherProvincesArticleNamedOnlyByItsOutlet() throws {
        for header in [["url": "https://baonghean.vn/kinh-te/bai-viet.html"], ["source": "Báo Nghệ An"]] {
            let figures = TestSupport.figures(
                "Tháng 8/2025, chỉ số sản xuất công nghiệp toàn tỉnh ước tăng 19,54% so với cùng kỳ.", header: header,
                outlet: false)
            XCTAssertEqual(figures.only("iip")?.region, "Nghệ An", header.description)
            XCTAssertEqual(figures.only("iip")?.entity, .otherProvince, header.description)
        }
    }

    func testAnArticleNothingPlacesIsNobodysAndItsHomeSaysSo() throws {
        let text = "---\ntitle: Sản xuất công nghiệp tháng 8\n---\nTháng 8/2025, xi măng tăng 5%.\n"
        let article = try ArticleLoader.article(from: Array(text.utf8), path: "a.txt").get()
        let reading = TestSupport.extractor.read(article, memo: nil)
        XCTAssertEqual(reading.home, .unknown)
        XCTAssertEqual(reading.figures.first?.region, "")
        XCTAssertEqual(reading.figures.first?.entity, .unknown)
    }

    func testAHeaderRegionAndALeadAreWhereTheHomeComesFrom() throws {
        func home(_ text: String) throws -> HomeRegion {
            TestSupport.extractor.homeRegion(of: try ArticleLoader.article(from: Array(text.utf8), path: "a").get())
        }
        XCTAssertEqual(try home("---\nregion: Hà Tĩnh\n---\nThân bài.").source, .header)
        XCTAssertEqual(try home("---\nregion: Hà Tĩnh\n---\nThân bài.").entity, .otherProvince)
        let lead = try home("---\ntitle: Sản xuất phục hồi\n---\nChỉ số sản xuất công nghiệp của Hà Tĩnh tăng 6,46%.\n")
        XCTAssertEqual(lead, HomeRegion(name: "Hà Tĩnh", source: .lead))
        let ranked = try home(
            "---\ntitle: Xếp hạng\n---\nBa địa phương đứng đầu là Bắc Giang, Hải Phòng và Quảng Ninh.\n")
        XCTAssertEqual(ranked, .unknown, "a lead that names several provinces as often tells nothing")
        let national = try home("---\ntitle: IIP 7 tháng\n---\nTheo Tổng cục Thống kê, IIP tăng 8,6%.\n")
        XCTAssertEqual(national.entity, .country)
        let company = try home(
            "---\ntitle: Điện thương phẩm 6 tháng\n---\n6 tháng đầu năm 2021, Công ty Điện lực Thanh Hóa hoàn thành nhiệm vụ.\n"
        )
        XCTAssertEqual(company, HomeRegion(name: "Công ty Điện lực Thanh Hóa", source: .lead, company: true))
    }

    // MARK: Wording and units

    func testGenericIndustryIsNoIndex() throws {
        let figures = TestSupport.figures(
            "Năm 2022, sản xuất công nghiệp tăng 17,2% so với năm 2021; chỉ số sản xuất công nghiệp tăng 16,31%.",
            header: ["date": "2023-01-05"])
        XCTAssertEqual(figures.first { $0.value == 17.2 }?.product, "industry-unspecified")
        XCTAssertEqual(figures.first { $0.value == 16.31 }?.product, "iip")
    }

    func testAliasesKeepWhatTheProductIs() throws {
        let figures = TestSupport.figures(
            "Năm 2024, đường tinh luyện tăng 85,9%, đường kết tinh tăng 12%, đá ốp lát tăng 5%, dầu hỏa tăng 3%.",
            header: ["date": "2025-01-05"])
        XCTAssertEqual(figures.map { $0.product ?? "-" }, ["refined-sugar", "sugar", "facing-stone", "kerosene"])
    }

    func testEveryFigureKeepsItsStatedUnitAndPrecision() throws {
        let figures = TestSupport.figures(
            "Tháng 12/2024, điện thương phẩm ước 616,913 triệu kWh; điện sản xuất ước 1,296 tỉ kWh.",
            header: ["date": "2024-12-20"])
        XCTAssertEqual(figures.only("electricity-sold")?.unit, "triệu kWh")
        XCTAssertEqual(figures.only("electricity-sold")?.decimals, 3)
        XCTAssertEqual(figures.only("electricity-generated")?.unit, "tỷ kWh")
        XCTAssertEqual(figures.only("electricity-generated")?.value, 1.296)
    }
}
