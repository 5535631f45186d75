import XCTest

@testable import ThdashExtraction

/// A figure keeps its quote as a place in its sentence; what it says must not depend on how it is kept.
final class FigureQuoteTests: XCTestCase {
    private func figure(quote: String, sentence: String) -> Figure {
        Figure(
            article: "a.txt", subject: "xi măng", product: "cement", line: nil, kind: .growth, value: 3.6, unit: "%",
            basis: .previousMonth, period: Period(label: "tháng 8", type: .month, month: 8), region: "Thanh Hóa",
            approximate: false, bound: nil, quote: quote, sentence: sentence, offset: 7)
    }

    private func figure(sentence: String, quoteBytes: Range<Int>) -> Figure? {
        Figure(
            article: "a.txt", subject: "xi măng", product: "cement", line: nil, kind: .growth, value: 3.6, unit: "%",
            basis: .previousMonth, period: Period(label: "tháng 8", type: .month, month: 8), region: "Thanh Hóa",
            approximate: false, bound: nil, sentence: sentence, quoteBytes: quoteBytes, offset: 7)
    }

    func testAQuoteInItsSentenceIsKeptAsItsPlace() {
        let sentence = "Tháng 8, xi măng tăng 3,6% so với tháng trước."
        let f = figure(quote: "xi măng tăng 3,6%", sentence: sentence)
        XCTAssertEqual(f.quote, "xi măng tăng 3,6%")
        let bytes = try! XCTUnwrap(f.quoteBytesInSentence)
        XCTAssertEqual(Array(sentence.utf8)[bytes], Array("xi măng tăng 3,6%".utf8)[...])
    }

    func testAQuoteOutsideItsSentenceKeepsItsOwnText() {
        let f = figure(quote: "điện tăng 5%", sentence: "Xi măng tăng 3,6%.")
        XCTAssertEqual(f.quote, "điện tăng 5%")
        XCTAssertNil(f.quoteBytesInSentence)
    }

    func testTheSameWordsAtAnotherPlaceMakeAnEqualFigure() throws {
        // "tăng 5%" twice: a figure made from the second place equals one made from the words.
        let sentence = "Điện tăng 5%, nước tăng 5%."
        let second = try XCTUnwrap(sentence.utf8.indices.lastIndex { sentence.utf8[$0...].starts(with: "tăng".utf8) })
        let start = sentence.utf8.distance(from: sentence.utf8.startIndex, to: second)
        let byPlace = try XCTUnwrap(figure(sentence: sentence, quoteBytes: start..<(start + "tăng 5%".utf8.count)))
        let byWords = figure(quote: "tăng 5%", sentence: sentence)
        XCTAssertEqual(byPlace.quote, "tăng 5%")
        XCTAssertEqual(byPlace, byWords)
        XCTAssertEqual(Set([byPlace, byWords]).count, 1)
        XCTAssertNotEqual(byPlace, figure(quote: "nước tăng 5%", sentence: sentence))
    }

    func testPlacesOutsideTheSentenceOrInsideACharacterAreRefused() {
        let sentence = "xi măng"  // "ă" is bytes 4 and 5
        XCTAssertNil(figure(sentence: sentence, quoteBytes: 0..<5))
        XCTAssertNil(figure(sentence: sentence, quoteBytes: 5..<8))
        XCTAssertNil(figure(sentence: sentence, quoteBytes: 0..<9))
        XCTAssertNil(figure(sentence: sentence, quoteBytes: -1..<2))
        XCTAssertEqual(figure(sentence: sentence, quoteBytes: 3..<6)?.quote, "mă")
    }

    func testChangingTheSentenceKeepsTheQuote() {
        var f = figure(quote: "xi măng tăng 3,6%", sentence: "Tháng 8, xi măng tăng 3,6%.")
        f.sentence = "Trong tháng 8 xi măng tăng 3,6% so với tháng 7."
        XCTAssertEqual(f.quote, "xi măng tăng 3,6%")
        XCTAssertNotNil(f.quoteBytesInSentence)
        f.sentence = "Khác hẳn."
        XCTAssertEqual(f.quote, "xi măng tăng 3,6%")
        XCTAssertNil(f.quoteBytesInSentence)
        f.quote = "Khác"
        XCTAssertEqual(f.quoteBytesInSentence, 0..<5)  // "á" takes two bytes
    }

    func testExtractedQuotesLieInTheirSentences() {
        let figures = TestSupport.figures(
            "Tháng 8, xi măng tăng 3,6% so với tháng trước; clinker tăng 6,9%. Điện thương phẩm tăng 5%.")
        XCTAssertEqual(figures.count, 3)
        for f in figures {
            XCTAssertNotNil(f.quoteBytesInSentence, f.quote)
            XCTAssertTrue(f.sentence.contains(f.quote), f.quote)
        }
    }
}
