import Foundation
import XCTest

@testable import ThdashExtraction

/// The embedded corpus doubles as a regression suite: every article in Data/articles has a checked file of
/// the figures it states (Tests/ExtractionTests/Expected/NAME.tsv), and extraction must give exactly those.
/// `THDASH_RECORD=1 swift test --filter CorpusRegressionTests` rewrites the files (and fails, so that a
/// recording is never taken for a pass); read them before committing.
final class CorpusRegressionTests: XCTestCase {
    static let articles = TestSupport.packageRoot.appendingPathComponent("Data/articles")
    static let expected = TestSupport.packageRoot.appendingPathComponent("Tests/ExtractionTests/Expected")

    static func row(_ f: Figure) -> String {
        let p = f.period
        let number = p.month ?? p.quarter ?? p.months
        let span = p.fromYear.map { "\($0)-" } ?? ""
        return [
            f.subject, f.product ?? "-", f.subjectClass?.rawValue ?? "-", f.measure?.rawValue ?? "-", f.kind.rawValue,
            NumberFormatting.plain(f.value), f.unit, f.basis?.rawValue ?? "-", f.base?.label ?? "-",
            p.label.isEmpty ? "-" : p.label, p.type.rawValue, span + (p.year.map(String.init) ?? "-"),
            number.map(String.init) ?? "-", f.region.isEmpty ? "-" : f.region, f.entity.rawValue,
            f.approximate ? "~" : "=", f.bound?.rawValue ?? "-",
        ].joined(separator: "\t")
    }

    static let header = [
        "subject", "product", "class", "measure", "kind", "value", "unit", "basis", "base", "period", "type", "year",
        "number", "region", "entity", "approx", "bound",
    ].joined(separator: "\t")

    func testEveryArticleGivesExactlyItsCheckedFigures() throws {
        let recording = ProcessInfo.processInfo.environment["THDASH_RECORD"] == "1"
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.articles.path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 24, "the corpus has at least 24 articles")
        var recorded = 0
        for name in names {
            let article = try ArticleLoader.load(Self.articles.appendingPathComponent(name).path).get()
            let rows = [Self.header] + TestSupport.extractor.extract(article).map(Self.row)
            let expectedURL = Self.expected.appendingPathComponent(
                (name as NSString).deletingPathExtension + ".tsv")
            let actual = rows.joined(separator: "\n") + "\n"
            if recording {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                recorded += 1
                continue
            }
            guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
                XCTFail("\(name): no expected file \(expectedURL.lastPathComponent); record with THDASH_RECORD=1")
                continue
            }
            if expected != actual {
                let want = expected.split(separator: "\n").map(String.init)
                let got = actual.split(separator: "\n").map(String.init)
                let missing = want.filter { !got.contains($0) }
                let extra = got.filter { !want.contains($0) }
                XCTFail("\(name): figures differ\n  missing: \(missing)\n  extra: \(extra)")
            }
        }
        if recording { XCTFail("recorded \(recorded) expected files; read them, then run again without THDASH_RECORD") }
    }
}
