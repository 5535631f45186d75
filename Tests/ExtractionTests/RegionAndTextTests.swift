import XCTest

@testable import ThdashExtraction

/// Regions, page furniture, spelling variants and untrusted text.
final class RegionAndTextTests: XCTestCase {
    func testOtherProvincesAndTheCountryKeepTheirRegion() throws {
        let figures = TestSupport.figures(
            """
            Quý I/2024, một số địa phương có chỉ số IIP tăng cao như Hải Phòng tăng 14,8%, Bắc Giang tăng 23,9%, \
            Thanh Hóa tăng 20%. Trên cả nước, chỉ số sản xuất công nghiệp tăng 6,18% so với cùng kỳ.
            """)
        XCTAssertEqual(figures.map(\.region), ["Hải Phòng", "Bắc Giang", "Thanh Hóa", "cả nước"])
        XCTAssertTrue(figures.allSatisfy { $0.product == "iip" })
    }

    func testNationalOfficeCitationHoldsUntilTheProvinceIsNamed() throws {
        let figures = TestSupport.figures(
            """
            Theo Tổng cục Thống kê, quý I/2024 sản xuất công nghiệp cả nước khởi sắc.

            Chỉ số sản xuất công nghiệp tăng 6,18% so với cùng kỳ. Trong đó, ngành khai khoáng giảm 5,84%.

            Riêng tại Thanh Hóa, chỉ số sản xuất công nghiệp tăng 20%.
            """)
        XCTAssertEqual(figures.map(\.region), ["cả nước", "cả nước", "Thanh Hóa"])
    }

    func testHeaderRegionIsTheDefault() throws {
        let figure = TestSupport.figures("Tháng 1/2024, xi măng tăng 3%.", header: ["region": "Nghệ An"]).first
        XCTAssertEqual(figure?.region, "Nghệ An")
        let spelled = TestSupport.figures("Tháng 1/2024, xi măng tăng 3%.", header: ["region": "Thanh Hoá"]).first
        XCTAssertEqual(spelled?.region, "Thanh Hóa")
    }

    func testNothingAfterPageFurniture() throws {
        for marker in ["Có thể bạn quan tâm", "Tin khác", "Cùng chuyên mục", "Xem thêm", "## Tin liên quan"] {
            let figures = TestSupport.figures(
                "Tháng 1/2024, xi măng tăng 3%.\n\(marker)\nTháng 2/2025, bia tăng 65%.\nLãi suất 0%/năm.")
            XCTAssertEqual(figures.map(\.product), ["cement"], marker)
        }
    }

    func testSpellingVariantsAndNFD() throws {
        let nfd = "Tháng 1/2024, giầy thể thao tăng 5%. Sản xuất công nghiệp Thanh Hoá tăng 7%."
            .decomposedStringWithCanonicalMapping
        let figures = TestSupport.figures(nfd)
        XCTAssertEqual(figures.only("sports-shoes")?.value, 5)
        XCTAssertEqual(figures.only("iip")?.region, "Thanh Hóa")
        XCTAssertEqual(
            figures.only("iip")?.quote.unicodeScalars.count,
            figures.only("iip")?.quote.precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    func testEscapeSequencesNeverSurvive() throws {
        let text = "Tháng 1/2024, xi \u{1B}[31mmăng\u{1B}[0m tăng 3%.\u{1B}]0;title\u{07} \u{9B}2J Bia\u{0}"
        let normalized = TextNormalizer.normalize(text)
        XCTAssertFalse(normalized.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        XCTAssertFalse(normalized.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
        XCTAssertTrue(normalized.contains("xi măng tăng 3%"))
        XCTAssertFalse(normalized.contains("[31m"))
        XCTAssertFalse(normalized.contains("title"))
    }

    func testToneMarkPlacementIsIgnoredInKeys() {
        XCTAssertEqual(VietnameseText.key("Hoá"), VietnameseText.key("hóa"))
        XCTAssertEqual(VietnameseText.key("THUỶ"), VietnameseText.key("thủy"))
        XCTAssertEqual(VietnameseText.key("tỉ"), "tỷ")
        XCTAssertNotEqual(VietnameseText.key("quý"), VietnameseText.key("qúy") + "x")
        XCTAssertEqual(VietnameseText.fold("Xi Măng Đường"), "xi mang duong")
    }

    func testDisplayWidth() {
        XCTAssertEqual(VietnameseText.displayWidth("Thanh Hóa"), 9)
        XCTAssertEqual(VietnameseText.displayWidth("Thanh Hóa".decomposedStringWithCanonicalMapping), 9)
        XCTAssertEqual(VietnameseText.displayWidth("水泥"), 4)
        XCTAssertEqual(TextTable.truncate("chỉ số sản xuất công nghiệp", to: 10), "chỉ số sả…")
    }
}
