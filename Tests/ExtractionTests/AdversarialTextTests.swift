import XCTest

@testable import ThdashExtraction

/// Texts made to be slow or to break a promise: reading stops at the article's budget of candidate figures
/// and says where; a clause is looked back over for a bounded number of tokens; fuzz findings.
final class AdversarialTextTests: XCTestCase {
    private let extractor = FigureExtractor(catalog: TestSupport.catalog)

    private func read(_ text: String) throws -> FigureExtractor.Reading {
        extractor.read(try ArticleLoader.article(from: Array(text.utf8), path: "a.txt").get(), memo: nil)
    }

    func testAnArticleDenserWithFiguresThanItsBudgetIsReadInPartAndSaysWhere() throws {
        let sentence = "Xi măng tăng 1% so với tháng trước. "
        let count = 4_000
        let text = String(repeating: sentence, count: count)
        let budget = FigureExtractor.candidateBudget(bodyBytes: text.utf8.count)
        XCTAssertLessThan(budget, count, "the text must spend the budget")
        let reading = try read(text)
        let stop = try XCTUnwrap(reading.stoppedAt)
        // Each sentence holds one candidate: reading stops at the end of the sentence that spent the budget.
        XCTAssertEqual(stop, budget * sentence.utf8.count - 1, "the end of sentence \(budget), before its space")
        XCTAssertEqual(reading.figures.map(\.value), [1], "what was read is kept (once: the repeats are one)")
        // One candidate fewer than the budget: read whole.
        let within = String(repeating: sentence, count: 2_000)
        XCTAssertGreaterThan(FigureExtractor.candidateBudget(bodyBytes: within.utf8.count), 2_000)
        XCTAssertNil(try read(within).stoppedAt)
    }

    func testAChainOfFiguresWithoutASubjectStopsAtTheBudgetToo() throws {
        // "lần lượt tăng 6%, " a megabyte long once took four seconds; each of its figures looked back over
        // every one before it for a subject.
        let text = String(repeating: "lần lượt tăng 6%, ", count: 60_000)
        let reading = try read(text)
        XCTAssertEqual(reading.figures, [])
        let stop = try XCTUnwrap(reading.stoppedAt)
        XCTAssertLessThan(stop, text.utf8.count / 2)
    }

    func testTheEmbeddedArticlesAreReadWhole() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Data/articles").path
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            guard case .success(let article) = ArticleLoader.load(folder + "/" + name) else { continue }
            XCTAssertNil(extractor.read(article, memo: nil).stoppedAt, name)
        }
    }

    /// A fuzz finding: a list's item took a basis "compared with a base period" from the sentence before
    /// without the period itself.
    func testAListCarryingABasePeriodFromTheSentenceBeforeKeepsNoBasisWithoutItsBase() throws {
        let figures = TestSupport.figures(
            "Giai đoạn 2016-2020, giá trị sản xuất công nghiệp của tỉnh tăng bình quân 21% mỗi năm, năm 2020 gấp "
                + "2,6 lần năm 2015. Sản lượng điện và nước thải tăng tương ứng 0,41% và 40,28%.",
            header: ["date": "2020-12-20"])
        XCTAssertTrue(figures.contains { $0.value == 40.28 }, figures.map(\.quote).description)
        for figure in figures where figure.basis == .basePeriod {
            XCTAssertNotNil(figure.base, figure.quote)
        }
    }
}
