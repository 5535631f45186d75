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

    func testARankingAgainstTheCountryMakesTheArticleANationalRoundUp() throws {
        // The lead's figure comes before the text shows what it is about; it is the country's too.
        let body = """
            Ba tháng đầu năm, chỉ số sản xuất công nghiệp ước tăng 7,4% so với cùng kỳ.

            Nghệ An và Thanh Hóa là hai địa phương dẫn đầu cả nước về tốc độ tăng sản xuất công nghiệp quý này.

            Tính riêng tháng 3, chỉ số sản xuất công nghiệp tăng 12,1% so với tháng trước; ngành khai khoáng giảm 2,5%.
            """
        XCTAssertEqual(TestSupport.figures(body).map(\.region), ["cả nước", "cả nước", "cả nước"])
        // The same text under a header that names its region keeps that region.
        XCTAssertEqual(
            TestSupport.figures(body, header: ["region": "Thanh Hóa"]).map(\.region),
            ["Thanh Hóa", "Thanh Hóa", "Thanh Hóa"])
    }

    func testThreeProvincesWithTheirOwnFiguresMakeANationalRoundUp() throws {
        let figures = TestSupport.figures(
            """
            Trong tháng 5, chỉ số sản xuất công nghiệp của Bắc Ninh tăng 9,3%; Thanh Hóa tăng 14,2%; Hải Dương tăng 6,1%.

            Tính chung 5 tháng, chỉ số sản xuất công nghiệp tăng 8,9% so với cùng kỳ.
            """)
        XCTAssertEqual(figures.map(\.region), ["Bắc Ninh", "Thanh Hóa", "Hải Dương", "cả nước"])
    }

    func testAProvinceRankedAmongOthersWithoutTheirFiguresStaysTheArticlesOwn() throws {
        let figures = TestSupport.figures(
            """
            Năm 2023, chỉ số sản xuất công nghiệp ước tăng 11,2% so với năm 2022.

            Tỉnh xếp thứ 4 về tăng trưởng; ba địa phương đứng trên là Bắc Giang, Hải Phòng và Quảng Ninh.

            Sản lượng xi măng tăng 3,3% so với năm trước.
            """)
        XCTAssertEqual(figures.map(\.region), ["Thanh Hóa", "Thanh Hóa"])
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
        let nfd = "Tháng 1/2024, giầy thể thao tăng 5%. Chỉ số sản xuất công nghiệp Thanh Hoá tăng 7%."
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

    func testTheTokenizersASCIIKeysEqualTheBuildersKeys() {
        // The tokenizer keys ASCII words without the builder; the two must never disagree.
        for word in [
            "so", "CK", "A95", "KWh", "Ron92", "IIP", "abcdefghijklmnopqrstuvwxyz0123456789", "TOTALLYLONGWORDSHOUTING",
        ] {
            var bytes = Array(word.utf8)
            let viaBuilder = WordKeyBuilder.key(of: &bytes)
            let direct = Array(word.utf8).withUnsafeBufferPointer { WordKey(asciiLetters: $0) }
            XCTAssertEqual(direct, viaBuilder, word)
        }
        XCTAssertEqual(Array("XI".utf8).withUnsafeBufferPointer { WordKey(asciiLetters: $0) }, "xi")
    }

    func testTheWordKeyMemoGivesTheBuildersKeys() {
        // A text of Vietnamese words of every length around the memo's 8- and 16-byte boundaries, repeated so
        // that most lookups are hits, with a tiny memo (4 slots) so that words keep evicting each other; the
        // last word ends the buffer, where the memo cannot read 16 bytes at once.
        let words = [
            "tăng", "Tháng", "HOÁ", "thuỷ", "sản", "phẩm", "nghìn", "tỉ", "giầy", "Đường", "khoảng",
            "chuyểnđổiổn", "nướcgiảikhátcó", "điệnthươngphẩmđã", "điệnthươngphẩmđãx",
            // Pairs of one length that differ in their last byte only (below 8 bytes, and between 8 and 16).
            "tháng", "thánh", "chuyểnđổi", "chuyểnđổa", "ướ",
        ]
        let text = Array(((words + words.reversed() + words).joined(separator: " ")).utf8)
        let memo = WordKeyMemo(bits: 2)
        var seen = 0
        text.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = start
                while end < buffer.count && buffer[end] != 0x20 { end += 1 }
                let fresh = WordKeyBuilder.key(of: buffer, start..<end)
                XCTAssertEqual(memo.key(of: buffer, start..<end), fresh, "first lookup at \(start)")
                XCTAssertEqual(memo.key(of: buffer, start..<end), fresh, "second lookup at \(start)")
                seen += 1
                start = end + 1
            }
        }
        XCTAssertEqual(seen, 3 * words.count)
        XCTAssertEqual(VietnameseText.key("HOÁ"), VietnameseText.key("hóa"), "the builder's rules still apply")
    }

    func testToneMarkPlacementIsIgnoredInKeys() {
        XCTAssertEqual(VietnameseText.key("Hoá"), VietnameseText.key("hóa"))
        XCTAssertEqual(VietnameseText.key("THUỶ"), VietnameseText.key("thủy"))
        XCTAssertEqual(VietnameseText.key("tỉ"), "tỷ")
        XCTAssertNotEqual(VietnameseText.key("quý"), VietnameseText.key("qúy") + "x")
        XCTAssertEqual(VietnameseText.fold("Xi Măng Đường"), "xi mang duong")
    }

    func testTerminalWidthOfVietnameseText() {
        XCTAssertEqual(TerminalWidth.columns("Thanh Hóa"), 9)
        XCTAssertEqual(TerminalWidth.columns("Thanh Hóa".decomposedStringWithCanonicalMapping), 9)
        XCTAssertEqual(TerminalWidth.columns("水泥"), 4)
        XCTAssertEqual(TextTable.truncate("chỉ số sản xuất công nghiệp", to: 10), "chỉ số sả…")
    }
}
