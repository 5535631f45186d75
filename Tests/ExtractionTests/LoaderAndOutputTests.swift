import Foundation
import XCTest

@testable import ThdashExtraction

/// Reading files (including broken ones) and writing figures as JSON, CSV and tables.
final class LoaderAndOutputTests: XCTestCase {
    func testBrokenFilesAreNamedWithTheirReasonAndOthersStillLoad() throws {
        let folder = try TestSupport.temporaryFolder(self)
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        try write("a-good.txt", Array("Tháng 1/2024, xi măng tăng 3%.".utf8))
        try write("b-latin1.txt", [0x54, 0xE1, 0x6E, 0x67, 0x20, 0x35, 0x25])
        try write("c-binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])
        try write("d-empty.txt", [])
        try write("e-header.md", Array("---\ntitle: x\nTháng 1, bia tăng 3%.".utf8))
        try write("f-date.md", Array("---\ndate: 2024-13\n---\nbia".utf8))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("g-folder.txt"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("h-loop.txt").path,
            withDestinationPath: folder.appendingPathComponent("h-loop.txt").path)
        try write("z-good.md", Array("Tháng 2/2024, bia tăng 4%.".utf8))

        let result = CorpusReader(extractor: TestSupport.extractor).read([folder.path, folder.path + "/missing.txt"])
        XCTAssertEqual(result.figures.map(\.product), ["cement", "beer"])
        let reasons = Dictionary(
            result.failures.map { ($0.path.split(separator: "/").last.map(String.init) ?? "", $0.reason) },
            uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(reasons["b-latin1.txt"], "not valid UTF-8 (bad byte at offset 1)")
        XCTAssertEqual(reasons["c-binary.txt"], "binary file (NUL byte at offset 4)")
        XCTAssertEqual(reasons["d-empty.txt"], "empty file")
        XCTAssertEqual(reasons["e-header.md"], "malformed header: front matter opened with --- is never closed")
        XCTAssertEqual(reasons["f-date.md"], "malformed header: header date '2024-13' is not YYYY-MM or YYYY-MM-DD")
        XCTAssertEqual(reasons["g-folder.txt"], "is a folder, not an article file")
        XCTAssertEqual(reasons["h-loop.txt"], "symbolic link loop")
        XCTAssertEqual(reasons["missing.txt"], "No such file or directory")
    }

    func testHeaderFields() throws {
        let text =
            "---\ntitle: Báo cáo\ndate: 2022-09-30\nsource: Báo Thanh Hóa\nurl: https://example.org/a\n---\nThân bài"
        let article = try ArticleLoader.article(from: Array(text.utf8), path: "x.md").get()
        XCTAssertEqual(article.header.title, "Báo cáo")
        XCTAssertEqual(article.header.date, ArticleDate(year: 2022, month: 9, day: 30))
        XCTAssertEqual(article.header.source, "Báo Thanh Hóa")
        XCTAssertEqual(article.header.url, "https://example.org/a")
        XCTAssertTrue(article.text.utf8.dropFirst(article.bodyStart).elementsEqual("Thân bài".utf8))
        XCTAssertEqual(article.title, "Báo cáo")
    }

    func testJSONHasEveryFieldAndParses() throws {
        // No header: nothing tells whose figure it is.
        let figures = TestSupport.figures(
            "Tháng 8/2020, xi măng tăng 3,6% so với tháng trước.", outlet: false, path: "a \"b\".txt")
        let json = FigureJSON.encode(figures)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        let first = try XCTUnwrap(parsed?.first)
        XCTAssertEqual(first["article"] as? String, "a \"b\".txt")
        XCTAssertEqual(first["subject"] as? String, "xi măng")
        XCTAssertEqual(first["product"] as? String, "cement")
        XCTAssertEqual(first["line"] as? String, "construction-materials")
        XCTAssertEqual(first["class"] as? String, "product")
        XCTAssertEqual(first["measure"] as? String, "output")
        XCTAssertEqual(first["kind"] as? String, "growth")
        XCTAssertEqual(first["value"] as? Double, 3.6)
        XCTAssertEqual(first["decimals"] as? Int, 1)
        XCTAssertEqual(first["unit"] as? String, "%")
        XCTAssertEqual(first["basis"] as? String, "previous_month")
        XCTAssertTrue(first["base"] is NSNull)
        let period = try XCTUnwrap(first["period"] as? [String: Any])
        XCTAssertEqual(period["label"] as? String, "Tháng 8/2020")
        XCTAssertEqual(period["type"] as? String, "month")
        XCTAssertEqual(period["year"] as? Int, 2020)
        XCTAssertEqual(period["month"] as? Int, 8)
        XCTAssertTrue(period["quarter"] is NSNull)
        XCTAssertTrue(period["from_year"] is NSNull)
        XCTAssertEqual(first["region"] as? String, "")
        XCTAssertEqual(first["entity"] as? String, "unknown")
        XCTAssertEqual(first["approximate"] as? Bool, false)
        XCTAssertEqual(first["quote"] as? String, "xi măng tăng 3,6% so với tháng trước")
        XCTAssertEqual(first["offset"] as? Int, 14)
    }

    func testCSVQuotesFieldsAndHasAHeader() throws {
        let figures = TestSupport.figures("Tháng 8/2020, xi măng tăng 3,6% so với tháng trước.", path: "a,b.txt")
        let lines = FigureCSV.encode(figures).components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], FigureCSV.header.joined(separator: ","))
        XCTAssertTrue(
            lines[1].hasPrefix(
                "\"a,b.txt\",xi măng,cement,construction-materials,product,output,growth,3.6,1,%,previous_month,,,,,"))
        XCTAssertEqual(lines.count, 3)
    }

    /// For spreadsheets, the UTF-8 byte-order mark (EF BB BF) first, then the same CSV byte for byte; none
    /// unless asked for.
    func testCSVWithAByteOrderMarkIsTheSameCSVAfterItsThreeBytes() {
        let figures = TestSupport.figures("Tháng 8/2020, xi măng tăng 3,6% so với tháng trước.", path: "a.txt")
        let plain = Array(FigureCSV.encode(figures).utf8)
        let marked = Array(FigureCSV.encode(figures, withByteOrderMark: true).utf8)
        XCTAssertEqual(Array(marked.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(Array(marked.dropFirst(3)), plain)
        XCTAssertEqual(Array(plain.prefix(7)), Array("article".utf8))
    }

    /// Issue "hostile files", finding 6: a file name carrying OSC 52 (sets the terminal's clipboard), CSI 2J
    /// (clears the screen), U+202E (reverses the line), DEL and a C1 CSI reaches no output raw. CSV and the
    /// table show it escaped as `thdash check` does; JSON escapes the same characters as \uXXXX and reads
    /// back to the exact name.
    func testEveryOutputEscapesControlAndBidiCharactersOfAFileName() throws {
        let name = "osc-\u{1B}]52;c;b3duZWQ=\u{07}-csi-\u{1B}[2J-\u{202E}gnp-\u{7F}-\u{9B}2J-\u{2066}.md"
        let figures = TestSupport.figures("Tháng 8/2020, xi măng tăng 3,6% so với tháng trước.", path: name)
        XCTAssertEqual(figures.count, 1)
        let escaped = "osc-\\x1B]52;c;b3duZWQ=\\x07-csi-\\x1B[2J-\\u{202E}gnp-\\x7F-\\x9B2J-\\u{2066}.md"
        XCTAssertEqual(PrintableText.escapingControls(name), escaped)
        func raw(_ text: String, allowing allowed: Set<Unicode.Scalar>) -> [Unicode.Scalar] {
            text.unicodeScalars.filter { PrintableText.needsEscape($0) && !allowed.contains($0) }
        }

        let csv = FigureCSV.encode(figures)
        XCTAssertEqual(raw(csv, allowing: ["\r", "\n"]), [])
        XCTAssertTrue(csv.contains("\r\n" + escaped + ","), csv)

        let json = FigureJSON.encode(figures)
        XCTAssertEqual(raw(json, allowing: ["\n"]), [])
        XCTAssertTrue(json.contains("\\u001b]52;c;b3duZWQ=\\u0007-csi-\\u001b[2J-\\u202egnp-\\u007f-\\u009b2J-\\u2066"))
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(parsed.first?["article"] as? String, name)

        let table = FigureTable.render(figures)
        XCTAssertEqual(raw(table, allowing: ["\n"]), [])
        XCTAssertTrue(table.contains("osc-\\x1B]52;c;"), table)
    }

    /// A line break in a field would split a CSV record: it is escaped like any control, and a field with
    /// a comma or a quote is still quoted.
    func testCSVKeepsEachRecordOnOneLine() {
        XCTAssertEqual(FigureCSV.field("a\nb\r\tc"), "a\\x0Ab\\x0D\\x09c")
        XCTAssertEqual(FigureCSV.field("a,\"b\"\n"), "\"a,\"\"b\"\"\\x0A\"")
    }

    func testTableAlignsByDisplayWidth() throws {
        var table = TextTable(headers: ["tên", "giá trị"], alignments: [.left, .right])
        table.add(["xi măng", "3,6"])
        table.add(["đường kết tinh", "12"])
        let lines = table.render().split(separator: "\n").map(String.init)
        let widths = Set(lines.map { TerminalWidth.columns($0) })
        XCTAssertEqual(widths.count, 1, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[2].hasSuffix("3,6"))
    }

    func testVietnameseNumberFormatting() {
        XCTAssertEqual(NumberFormatting.vietnamese(88_926), "88.926")
        XCTAssertEqual(NumberFormatting.vietnamese(3.6), "3,6")
        XCTAssertEqual(NumberFormatting.vietnamese(-0.4), "-0,4")
        XCTAssertEqual(NumberFormatting.vietnamese(1_234_567.891, decimals: 1), "1.234.567,9")
        XCTAssertEqual(NumberFormatting.plain(88_926), "88926")
        XCTAssertEqual(NumberFormatting.plain(-0.4), "-0.4")
        // Huge and non-finite values print without trapping.
        XCTAssertEqual(NumberFormatting.vietnamese(1e307), "1e+307")
        XCTAssertEqual(NumberFormatting.vietnamese(-Double.greatestFiniteMagnitude, decimals: 3).first, "-")
        XCTAssertEqual(NumberFormatting.vietnamese(.nan), "—")
    }

    func testCatalogRejectsBadLinesAndMatchesAliases() throws {
        XCTAssertThrowsError(try ProductCatalog(tsv: "product\tx\tnowhere\tX\tX\n"))
        XCTAssertThrowsError(try ProductCatalog(tsv: "thing\tx\t\tX\tX\n"))
        let catalog = try ProductCatalog(
            tsv: "line\tl\t\tL\tL\nproduct\tgum\tl\tKẹo cao su\tChewing gum\tnghìn tấn\tkẹo su|kẹo gum\n")
        let extractor = FigureExtractor(catalog: catalog)
        let article = try ArticleLoader.article(from: Array("Tháng 1/2024, kẹo su tăng 3%.".utf8), path: "x").get()
        XCTAssertEqual(extractor.extract(article).first?.product, "gum")
    }
}
