import XCTest

@testable import ThdashExtraction

/// Names sort in Vietnamese alphabetical order: a ă â b c d đ e ê … o ô ơ … u ư, tones only where the
/// letters tie, capitals only where all else ties.
final class VietnameseSortKeyTests: XCTestCase {
    private func sorted(_ names: [String]) -> [String] {
        names.map { (VietnameseSortKey($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    func testLettersWithBreveCircumflexHornAndStrokeFollowTheirBase() {
        XCTAssertEqual(
            sorted(["Ưu", "Ơn", "Ôn", "On", "Đá", "Da", "Ân", "Ăn", "An", "Bê", "Ên", "En", "Uy", "Vở"]),
            ["An", "Ăn", "Ân", "Bê", "Da", "Đá", "En", "Ên", "On", "Ôn", "Ơn", "Uy", "Ưu", "Vở"])
        // Unicode's order would put every one of these after "Z".
        XCTAssertEqual(
            sorted(["Ương", "Ống", "Đường", "Zin", "Ơi", "Xi măng"]),
            ["Đường", "Ống", "Ơi", "Ương", "Xi măng", "Zin"])
    }

    /// Tones in dictionary order: none, grave, hook above, tilde, acute, dot below.
    func testTonesOrderOnlyWhereTheLettersTie() {
        XCTAssertEqual(sorted(["mạ", "má", "mã", "mả", "mà", "ma"]), ["ma", "mà", "mả", "mã", "má", "mạ"])
        // The letters decide first: "ab" before "ác" (b before c) though "ab" has no tone and "ác" sorts
        // before "ach" (c before c-h) though acute comes after none.
        XCTAssertEqual(sorted(["ạch", "ác", "ab", "ach"]), ["ab", "ác", "ach", "ạch"])
        XCTAssertEqual(sorted(["Đương", "Đường", "Được", "Đuôi"]), ["Đuôi", "Được", "Đương", "Đường"])
    }

    func testCaseMattersOnlyWhereAllElseTies() {
        XCTAssertEqual(sorted(["đá", "Đá", "Dầu", "dầu", "đa"]), ["dầu", "Dầu", "đa", "đá", "Đá"])
        XCTAssertEqual(sorted(["ÔTÔ", "ô tô", "ôm"]), ["ô tô", "ôm", "ÔTÔ"])
    }

    func testAShorterNameBeginningALongerOneComesFirst() {
        XCTAssertEqual(sorted(["anh", "an", "a", "ăn"]), ["a", "an", "anh", "ăn"])
        XCTAssertEqual(sorted(["Xi măng", "Xi", "Xiên"]), ["Xi", "Xi măng", "Xiên"])
    }

    func testComposedAndDecomposedNamesSortAlike() {
        for name in ["Ương", "ệ", "Đuống", "ằng", "Ở"] {
            XCTAssertEqual(VietnameseSortKey(name), VietnameseSortKey(name.decomposedStringWithCanonicalMapping))
        }
    }

    func testDigitsBeforeLettersOtherScriptsAfter() {
        XCTAssertEqual(sorted(["水泥", "xăng", "2 bánh", "10 tấn", "A"]), ["10 tấn", "2 bánh", "A", "xăng", "水泥"])
        // A stray mark after something that is no letter changes nothing and breaks nothing.
        XCTAssertEqual(sorted(["\u{301}x", "水\u{302}", ""]), ["", "\u{301}x", "水\u{302}"])
    }
}
