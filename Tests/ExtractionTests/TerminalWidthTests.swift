import XCTest

@testable import ThdashExtraction

/// Widths are the C library's `wcwidth` (ncursesw's), whatever the process locale; emoji sequences and
/// unprintable characters are shown in forms whose width no terminal disputes.
final class TerminalWidthTests: XCTestCase {
    private func shown(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for glyph in ShownGlyphs(text) { out.append(glyph.scalar) }
        return String(out)
    }

    /// Emoji a table of thdash's own counted as one column; the terminal draws them as two.
    func testWideEmojiTakeTwoColumns() {
        for scalar: Unicode.Scalar in ["\u{2615}", "\u{26A1}", "\u{2705}", "\u{1F680}"] {
            XCTAssertEqual(TerminalWidth.columns(of: scalar), 2, "U+\(String(scalar.value, radix: 16))")
        }
        XCTAssertEqual(TerminalWidth.columns("☕☕☕☕"), 8)
        XCTAssertEqual(TerminalWidth.columns("⚡ ✅ 🚀"), 8)
    }

    /// Marks and joiners a table of thdash's own counted as one column; the terminal gives them none.
    func testZeroWidthCharactersTakeNoColumn() {
        let marks: [Unicode.Scalar] = ["\u{2060}", "\u{1DC0}", "\u{0483}", "\u{1161}", "\u{0E31}", "\u{05B0}"]
        for scalar in marks {
            XCTAssertEqual(TerminalWidth.columns(of: scalar), 0, "U+\(String(scalar.value, radix: 16))")
            XCTAssertEqual(TerminalWidth.columns("a" + String(scalar) + "b"), 2)
        }
    }

    /// The ideographic half fill space is narrow, inside a range of thdash's old table marked wide.
    func testIdeographicHalfFillSpaceTakesOneColumn() {
        XCTAssertEqual(TerminalWidth.columns(of: "\u{303F}"), 1)
        XCTAssertEqual(TerminalWidth.columns("\u{303F}\u{303F}"), 2)
    }

    func testVietnameseTakesOneColumnPerLetterComposedOrNot() {
        let name = "Đường Ống Ơn Ưu ệ"
        XCTAssertEqual(TerminalWidth.columns(name), 17)
        XCTAssertEqual(TerminalWidth.columns(name.decomposedStringWithCanonicalMapping), 17)
        // Decomposed marks are shown with their letter, not dropped.
        XCTAssertEqual(shown("e\u{323}\u{302}"), "e\u{323}\u{302}")
    }

    /// Unassigned code points and noncharacters (wcwidth -1) never reach the terminal as they are.
    func testUnprintableCharactersAreShownAsReplacement() {
        for scalar: Unicode.Scalar in ["\u{0378}", "\u{FFFF}", "\u{10FFFF}", "\u{1FAF8}"] {
            XCTAssertEqual(TerminalWidth.columns(of: scalar), -1, "U+\(String(scalar.value, radix: 16))")
            XCTAssertEqual(shown("a" + String(scalar)), "a\u{FFFD}")
        }
        XCTAssertEqual(TerminalWidth.columns("a\u{0378}b"), 3)
    }

    /// Terminals disagree on how wide an emoji sequence is drawn: it is shown as parts whose widths they agree on.
    func testEmojiSequencesAreShownAsTheirParts() {
        // Joined with U+200D: the parts side by side.
        XCTAssertEqual(shown("👩‍💻"), "👩💻")
        XCTAssertEqual(TerminalWidth.columns("👩‍💻"), 4)
        // A skin-tone modifier is left out.
        XCTAssertEqual(shown("👍🏽"), "👍")
        XCTAssertEqual(TerminalWidth.columns("👍🏽"), 2)
        // Variation selectors are left out: text presentation, wcwidth's width.
        XCTAssertEqual(shown("❤️ ☕️"), "❤ ☕")
        XCTAssertEqual(TerminalWidth.columns("❤️"), 1)
        // A flag is its letters.
        XCTAssertEqual(shown("🇻🇳 2024"), "VN 2024")
        XCTAssertEqual(TerminalWidth.columns("🇻🇳"), 2)
    }

    func testControlsAreMeasuredAsTheirEscapes() {
        XCTAssertEqual(shown("a\u{1B}b\tc"), "a\\x1Bb c")
        XCTAssertEqual(TerminalWidth.columns("\u{202E}"), 8)
    }

    /// The C library is asked in C.UTF-8 whatever the process's locale: this test process never calls
    /// setlocale, so its own locale is "C", where wcwidth knows no character beyond ASCII.
    func testWidthsDoNotDependOnTheProcessLocale() {
        XCTAssertEqual(TerminalWidth.columns(of: "ệ"), 1)
        XCTAssertEqual(TerminalWidth.columns(of: "\u{0301}"), 0)
        XCTAssertEqual(TerminalWidth.columns(of: "水"), 2)
    }

    func testTextTablePadsAndCutsByTerminalWidth() {
        var table = TextTable(headers: ["Tên", "Số"], alignments: [.left, .right])
        table.add(["☕☕ cà phê", "1"])
        table.add(["xi măng\u{2060}", "22"])
        table.add(["👩‍💻 \u{0378}🇻🇳", "3"])
        let output = table.render()
        let lines = output.split(separator: "\n")
        XCTAssertEqual(Set(lines.map { TerminalWidth.columns($0) }).count, 1, "\(lines)")
        // A cell is printed as it was measured: no joiner, no unprintable character, a flag as its letters.
        XCTAssertTrue(output.contains("👩💻 \u{FFFD}VN  "), output)
        XCTAssertFalse(output.unicodeScalars.contains { $0 == "\u{200D}" || $0 == "\u{0378}" }, output)
        XCTAssertEqual(TextTable.truncate("☕☕☕☕", to: 6), "☕☕…")
        // A wide glyph that would straddle the cut is left out.
        XCTAssertEqual(TextTable.truncate("🇻🇳👩‍💻abc", to: 6), "VN👩…")
    }
}
