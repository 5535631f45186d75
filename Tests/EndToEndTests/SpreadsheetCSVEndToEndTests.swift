import Foundation
import XCTest

/// `thdash figures --format csv --bom`: CSV that Excel and LibreOffice open as UTF-8, Vietnamese intact.
final class SpreadsheetCSVEndToEndTests: XCTestCase {
    private let articles = ThdashBinary.packageRoot.appendingPathComponent("Data/articles").path

    private func thdash(_ arguments: [String]) throws -> (status: Int32, output: Data, errors: Data) {
        let cache = try temporaryFolder("bom-e2e")
        return try Spawn.capture(
            try ThdashBinary.path(), arguments + ["--cache-dir", cache, articles],
            environment: ProcessInfo.processInfo.environment, timeout: 60)
    }

    func testByteOrderMarkComesFirstThenTheSameCSV() throws {
        let plain = try thdash(["figures", "--format", "csv"])
        let marked = try thdash(["figures", "--format", "csv", "--bom"])
        XCTAssertEqual(plain.status, 0, String(decoding: plain.errors, as: UTF8.self))
        XCTAssertEqual(marked.status, 0, String(decoding: marked.errors, as: UTF8.self))
        XCTAssertEqual(Array(marked.output.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(marked.output.dropFirst(3), plain.output)
        let text = try XCTUnwrap(String(data: marked.output.dropFirst(3), encoding: .utf8))
        XCTAssertTrue(text.hasPrefix("article,subject,"), String(text.prefix(200)))
        XCTAssertTrue(text.contains("xi măng"), "a Vietnamese subject, in UTF-8")
    }

    /// A byte-order mark would make JSON invalid (RFC 8259) and means nothing in a table: a usage error.
    func testByteOrderMarkWithAnotherFormatIsAUsageError() throws {
        for format in [[], ["--format", "table"], ["--format", "json"]] {
            let run = try thdash(["figures", "--bom"] + format)
            XCTAssertEqual(run.status, 64, "figures --bom \(format)")
            XCTAssertTrue(run.output.isEmpty, "figures --bom \(format)")
            XCTAssertTrue(
                String(decoding: run.errors, as: UTF8.self).contains("--bom goes only with --format csv"),
                String(decoding: run.errors, as: UTF8.self))
        }
    }
}
