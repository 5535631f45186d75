import Foundation
import XCTest

/// `thdash check --format json` on the embedded corpus: the report tools read, and what it must never hold.
final class CheckJSONEndToEndTests: XCTestCase {
    func testTheEmbeddedCorpusHasNoConflictBetweenUnlikeFigures() throws {
        let (status, output) = try Spawn.run(
            try ThdashBinary.path(), ["check", "--no-cache", "--format", "json"],
            environment: [
                "PATH": "/usr/bin:/bin", "THDASH_DATA": ThdashBinary.packageRoot.appendingPathComponent("Data").path,
            ])
        XCTAssertEqual(status, 0)
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        XCTAssertEqual(report["home_region"] as? String, "Thanh Hóa")
        let articles = try XCTUnwrap(report["articles"] as? [[String: Any]])
        XCTAssertGreaterThanOrEqual(articles.count, 32)
        XCTAssertTrue(
            articles.allSatisfy { $0["region_from"] as? String == "header" && $0["entity"] as? String == "province" })
        let figures = try XCTUnwrap(report["figures"] as? [String: Any])
        let kinds = try XCTUnwrap(figures["by_kind"] as? [String: Int])
        XCTAssertGreaterThan(kinds["forecast"] ?? 0, 0, "the corpus holds forecasts")
        XCTAssertGreaterThan(kinds["target"] ?? 0, 0, "and targets")

        let conflicts = try XCTUnwrap(report["conflicts"] as? [[String: Any]])
        XCTAssertFalse(conflicts.isEmpty, "the sources that disagree on the 2024 IIP still conflict")
        for conflict in conflicts {
            let product = conflict["product"] as? String ?? ""
            // Like with like: one kind, one region, one measure (another measure is another product id).
            XCTAssertEqual(conflict["kind"] as? String, "growth", "\(conflict)")
            XCTAssertFalse(product.contains("@"), "exports or sales never conflict with output: \(conflict)")
            XCTAssertNotEqual(product, "industry-unspecified", "\(conflict)")
            let values = try XCTUnwrap(conflict["values"] as? [[String: Any]])
            XCTAssertGreaterThanOrEqual(values.count, 2)
            for value in values {
                let sources = try XCTUnwrap(value["articles"] as? [[String: Any]])
                XCTAssertFalse(sources.isEmpty)
                for source in sources {
                    let quote = (source["quote"] as? String ?? "").lowercased()
                    // The IIP's values come from articles that name the index, never from a generic phrase.
                    if product == "iip" {
                        XCTAssertTrue(quote.contains("iip") || quote.contains("chỉ số"), quote)
                    }
                }
            }
        }
        XCTAssertEqual((report["unreadable"] as? [Any])?.count, 0)
        XCTAssertNotNil(report["failed_checks"] as? [Any])
    }
}
