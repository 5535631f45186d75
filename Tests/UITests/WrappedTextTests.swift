import Testing
import ThdashExtraction
import ThdashUI

/// The reader's wrapping: Vietnamese text to a width, marks kept on the right characters across wraps.
@Suite struct WrappedTextTests {
    static let text =
        "Sản lượng xi măng năm 2024 ước đạt 12,3 triệu tấn, tăng 12,5% so với cùng kỳ; clinker giảm 5,1%.\n\n"
        + "Giày thể thao tăng 22,8%."

    /// The scalar range of `part` in `text`.
    static func range(of part: String, in text: String = text) -> Range<Int> {
        let found = text.range(of: part)!
        let start = text.unicodeScalars.distance(from: text.startIndex, to: found.lowerBound)
        return start..<(start + part.unicodeScalars.count)
    }

    /// The text of each line's runs of mark `mark`.
    static func marked(_ wrapped: WrappedText, _ mark: Int) -> [String] {
        wrapped.lines.map { $0.filter { $0.mark == mark }.map(\.text).joined() }
    }

    @Test(arguments: [80, 40, 24, 12])
    func linesFitTheWidthAndKeepEveryWord(width: Int) {
        let wrapped = WrappedText(Self.text, marks: [], width: width)
        for index in wrapped.lines.indices {
            #expect(TerminalText.width(wrapped.text(ofLine: index)) <= width, "line \(index) at \(width)")
            #expect(!wrapped.text(ofLine: index).hasPrefix(" "), "a wrapped line starts with its word")
        }
        let words = (0..<wrapped.lines.count).flatMap { wrapped.text(ofLine: $0).split(separator: " ") }
        #expect(words == Self.text.split(whereSeparator: { $0 == " " || $0 == "\n" }))
        #expect(wrapped.lines.contains { $0.isEmpty }, "the blank line between paragraphs stays")
    }

    @Test func wideTextIsOneLinePerParagraph() {
        let wrapped = WrappedText(Self.text, marks: [], width: 200)
        #expect(wrapped.lines.count == 3)
        #expect(wrapped.text(ofLine: 2) == "Giày thể thao tăng 22,8%.")
    }

    @Test func aMarkThatCrossesAWrapIsMarkedOnBothLines() {
        let quote = "ước đạt 12,3 triệu tấn"
        let wrapped = WrappedText(Self.text, marks: [Self.range(of: quote)], width: 34)
        let parts = Self.marked(wrapped, 0).filter { !$0.isEmpty }
        #expect(parts.count == 2, "\(wrapped.lines)")
        #expect(parts.joined(separator: " ") == quote)
        #expect(wrapped.markLines == [wrapped.lines.firstIndex { $0.contains { $0.mark == 0 } }])
        #expect(wrapped.text(ofLine: 0) == "Sản lượng xi măng năm 2024 ước đạt")
    }

    @Test func marksLandOnTheirCharactersAtEveryWidth() {
        let quotes = ["tăng 12,5%", "clinker giảm 5,1%", "Giày thể thao tăng 22,8%"]
        for width in [80, 30, 9, 5] {
            let wrapped = WrappedText(Self.text, marks: quotes.map { Self.range(of: $0) }, width: width)
            for (index, quote) in quotes.enumerated() {
                let shown = Self.marked(wrapped, index).filter { !$0.isEmpty }
                #expect(shown.joined().filter { $0 != " " } == quote.filter { $0 != " " }, "width \(width)")
            }
            #expect(wrapped.markLines.allSatisfy { $0 != nil })
        }
    }

    @Test func aWordWiderThanTheLineIsCutOverLines() {
        let wrapped = WrappedText("Công nghiệp", marks: [0..<4], width: 4)
        #expect((0..<wrapped.lines.count).map { wrapped.text(ofLine: $0) } == ["Công", "nghi", "ệp"])
        #expect(Self.marked(wrapped, 0) == ["Công", "", ""])
    }

    @Test func bracketsEncloseEachMarkAndCloseBeforeTheSpace() {
        let quote = "tăng 12,5%"
        let wrapped = WrappedText(Self.text, marks: [Self.range(of: quote)], width: 80, brackets: true)
        let all = (0..<wrapped.lines.count).map { wrapped.text(ofLine: $0) }.joined(separator: "\n")
        #expect(all.contains("tấn, ⟦tăng 12,5%⟧ so với"))
        #expect(all.count { $0 == "⟦" } == 1 && all.count { $0 == "⟧" } == 1)
        let narrow = WrappedText(Self.text, marks: [Self.range(of: quote)], width: 8, brackets: true)
        let lines = (0..<narrow.lines.count).map { narrow.text(ofLine: $0) }
        #expect(lines.contains("⟦tăng") && lines.contains("12,5%⟧"), "\(lines)")
        #expect(lines.allSatisfy { TerminalText.width($0) <= 8 })
    }

    @Test func overlappingMarksGiveEachCharacterToTheFirst() {
        let text = "điện sản xuất tăng 20,5%"
        let wrapped = WrappedText(text, marks: [5..<18, 0..<24], width: 80)
        #expect(wrapped.lines[0].map(\.mark) == [1, 0, 1])
        #expect(wrapped.markLines == [0, 0])
    }

    @Test func controlCharactersTakeTheWidthOfTheirEscape() {
        // The normaliser takes controls out of articles; were one to get through, it shows as its escape.
        let wrapped = WrappedText("ab\u{1B}cd ef", marks: [], width: 7)
        #expect((0..<wrapped.lines.count).map { wrapped.text(ofLine: $0) } == ["ab\u{1B}c", "d ef"])
        var buffer = Buffer(width: 8, height: 1)
        buffer.write(wrapped.text(ofLine: 0), x: 0, y: 0)
        #expect(buffer.lines[0] == "ab\\x1Bc ")
    }

    @Test func noWidthNoLines() {
        let wrapped = WrappedText(Self.text, marks: [0..<3], width: 0)
        #expect(wrapped.lines.isEmpty && wrapped.markLines == [nil])
    }
}
