import ThdashExtraction
import XCTest

@testable import ThdashModel

final class CheckReportTests: XCTestCase {
    let report = CheckReport(
        dataset: Fixture.dataset(
            [
                Fixture.value("production-value", 88926, "tỷ đồng", Fixture.firstMonths(8, 2020), article: "d/a.md"),
                Fixture.figure(
                    "production-value", .planCompletion, 60.5, basis: .annualPlan,
                    period: Fixture.firstMonths(8, 2020), article: "d/a.md"),
                Fixture.figure(
                    "production-value", .target, 151300, unit: "tỷ đồng", period: Fixture.year(2020),
                    article: "d/b.md"),
                Fixture.growth("iip", 19.25, .previousYear, Fixture.year(2024), article: "d/a.md"),
                Fixture.growth("iip", 19.26, .previousYear, Fixture.year(2024), article: "d/b.md"),
                Fixture.growth(
                    nil, 7.2, .samePeriodLastYear, Fixture.month(2, 2019), article: "d/b.md", subject: "nước thải"),
                Fixture.growth(
                    "cement", 6, .samePeriodLastYear, Fixture.month(8, 2020), article: "d/b.md", region: "cả nước"),
                Fixture.growth(
                    "cement", 150, nil, Period(label: "2016 - 2020", type: .other, year: 2020), article: "d/b.md"),
            ],
            articles: [
                Fixture.article("d/a.md", 2020, 9, figures: 3), Fixture.article("d/b.md", 2025, 1, figures: 5),
                Fixture.article("d/empty.md", 2021, 1, figures: 0),
            ]),
        failures: [LoadFailure(path: "d/broken.md", reason: "not valid UTF-8")])

    lazy var text = report.render()

    func testSummaryCountsArticlesFiguresRegionsAndFailures() {
        XCTAssertTrue(
            text.hasPrefix(
                "thdash check: 3 articles, 8 figures (7 Thanh Hóa, 1 other regions), 1 unreadable file\n"), text)
    }

    func testShowsTheHeadlinesWithPlanAndPace() {
        let headlines = section("Headlines")
        let iip = headlines.split(separator: "\n").first { $0.hasPrefix("Chỉ số sản xuất công nghiệp") } ?? ""
        XCTAssertTrue(iip.contains("năm 2024") && iip.contains("+19,26%"), headlines)
        XCTAssertTrue(headlines.contains("88.926 tỷ đồng"), headlines)
        XCTAssertTrue(headlines.contains("60,5% kế hoạch (151.300 tỷ đồng)"), headlines)
        XCTAssertTrue(headlines.contains("tiến độ đều 8 tháng: 66,7%, chậm 6,2 điểm"), headlines)
    }

    func testListsFiguresPerArticleWithVietnameseNumbers() throws {
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix("a.md") && $0.contains("2020-09") && $0.contains(" 3  ") }, text)
        XCTAssertTrue(lines.contains { $0.hasPrefix("empty.md") && $0.contains(" 0  ") }, text)
    }

    func testListsPeriodsWithVietnameseLabelsAndTheUndatedBucket() throws {
        XCTAssertTrue(text.contains("Periods covered (4; 1 undated figure)"), text)
        for label in ["tháng 2/2019", "8 tháng đầu năm 2020", "năm 2020", "năm 2024", "(không rõ kỳ)"] {
            XCTAssertTrue(text.contains(label), "missing \(label)")
        }
        let periods = section("Periods covered")
        let early = try XCTUnwrap(periods.range(of: "tháng 2/2019"))
        let late = try XCTUnwrap(periods.range(of: "năm 2024"))
        XCTAssertLessThan(early.lowerBound, late.lowerBound)
    }

    func testListsUnknownSubjectsConflictsAndOtherRegions() {
        XCTAssertTrue(section("Unknown subjects").contains("nuoc thai"))
        XCTAssertTrue(section("Unknown subjects").contains("nước thải"))
        let conflicts = section("Conflicts (1)")
        XCTAssertTrue(conflicts.contains("+19,26%") && conflicts.contains("+19,25%"), conflicts)
        XCTAssertTrue(conflicts.contains("b.md") && conflicts.contains("a.md"))
        XCTAssertTrue(section("Other regions (1)").contains("cả nước"))
    }

    func testListsFailedChecksAndUnreadableFiles() {
        let failed = section("Failed consistency checks (1 of 1)")
        XCTAssertTrue(failed.contains("60,5%"), failed)
        XCTAssertTrue(failed.contains("58,775%"), failed)
        XCTAssertTrue(failed.contains("88.926 tỷ đồng / 151.300 tỷ đồng = 58,77%"), failed)
        XCTAssertTrue(section("Unreadable files (1)").contains("d/broken.md  not valid UTF-8"))
    }

    func testTableColumnsAlignByDisplayWidth() throws {
        let table = section("Conflicts").split(separator: "\n").dropFirst(2).map(String.init)
        XCTAssertEqual(table.count, 4, "header, rule, two values")
        guard table.count == 4 else { return }
        // "measure" starts after "Chỉ số sản xuất công nghiệp" and "năm 2024", whose letters are one column each.
        let header = table[0]
        let measure = try XCTUnwrap(header.range(of: "measure"))
        XCTAssertEqual(
            displayColumn(of: measure.lowerBound, in: header),
            TerminalWidth.columns("Chỉ số sản xuất công nghiệp  năm 2024  "))
        let measureCell = try XCTUnwrap(table[2].range(of: "tăng so với năm trước"))
        XCTAssertEqual(
            displayColumn(of: measureCell.lowerBound, in: table[2]), displayColumn(of: measure.lowerBound, in: header))
        // Values are right-aligned under "value"; the latest article's value comes first.
        let valueEnd = displayColumn(of: try XCTUnwrap(header.range(of: "value")).upperBound, in: header)
        let first = try XCTUnwrap(table[2].range(of: "+19,26%"))
        let second = try XCTUnwrap(table[3].range(of: "+19,25%"))
        XCTAssertEqual(displayColumn(of: first.upperBound, in: table[2]), valueEnd)
        XCTAssertEqual(displayColumn(of: second.upperBound, in: table[3]), valueEnd)
    }

    private func displayColumn(of index: String.Index, in line: String) -> Int {
        TerminalWidth.columns(line[..<index])
    }

    func testAnEmptyDatasetStillReports() {
        let empty = CheckReport(dataset: Fixture.dataset([])).render()
        XCTAssertTrue(empty.contains("No dated figure of Thanh Hóa."))
        XCTAssertTrue(empty.contains("Every check passed."))
        XCTAssertTrue(empty.contains("Every file was read."))
    }

    func testCacheProblemsComeLastEscapedAndOnlyWhenThereAreSome() {
        XCTAssertFalse(text.contains("Cache ("), "no cache note, no cache section")
        XCTAssertTrue(text.hasSuffix("d/broken.md  not valid UTF-8\n"), text)
        var withNotes = report
        withNotes.cacheNotes = [
            CacheNote(path: "/c/corpus-1.cache", problem: .damaged("checksum does not match")),
            CacheNote(path: "/c/\u{1B}[2Jcorpus-1.cache", problem: .notWritten("disk full")),
        ]
        let rendered = withNotes.render()
        XCTAssertTrue(
            rendered.hasSuffix(
                """
                Cache (2 problems; articles not affected)
                ═════════════════════════════════════════
                cache file /c/corpus-1.cache is damaged (checksum does not match); figures extracted again
                cache file /c/\\x1B[2Jcorpus-1.cache could not be written (disk full)

                """), rendered)
        XCTAssertFalse(rendered.unicodeScalars.contains("\u{1B}"))
    }

    /// Paths passed over are counted in the summary and listed after the unreadable files, escaped; a
    /// corpus with none keeps the report it had.
    func testSkippedPathsAreCountedAndListedAfterTheUnreadableFiles() throws {
        XCTAssertFalse(text.contains("Skipped ("), "nothing skipped, no section")
        var withSkipped = report
        withSkipped.skipped = [
            SkippedPath(path: "d/a.md", why: .sameFile(as: "d/a.md")),
            SkippedPath(path: "d/sub/\u{1B}]52;c;b3duZWQ=\u{07}up", why: .loop(backTo: "d")),
        ]
        let rendered = withSkipped.render()
        XCTAssertTrue(
            rendered.hasPrefix(
                "thdash check: 3 articles, 8 figures (7 Thanh Hóa, 1 other regions), 1 unreadable file, 2 skipped\n"),
            rendered)
        XCTAssertTrue(
            rendered.hasSuffix(
                """
                d/broken.md  not valid UTF-8

                Skipped (2; read through another path, or nothing to read)
                ══════════════════════════════════════════════════════════
                path                            reason
                ──────────────────────────────  ──────────────────────────────────────────────────────
                d/a.md                          already read; counted once
                d/sub/\\x1B]52;c;b3duZWQ=\\x07up  symbolic link loop back to d; its files are read there

                """), rendered)
        let json = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(withSkipped.renderJSON().utf8)) as? [String: Any])
        let skipped = try XCTUnwrap(json["skipped"] as? [[String: String]])
        XCTAssertEqual(skipped.map { $0["path"] }, ["d/a.md", "d/sub/\u{1B}]52;c;b3duZWQ=\u{07}up"])
        XCTAssertEqual(skipped.last?["reason"], "symbolic link loop back to d; its files are read there")
    }

    /// The report's section that starts with `title`, up to the next blank line.
    func testAnArticleReadInPartIsNamedWithWhereReadingStoppedAndOnlyThen() {
        XCTAssertFalse(text.contains("read in part"), "no section when every article was read whole")
        var dense = Fixture.article("d/dense.md", 2024, 8, figures: 90)
        dense.byteCount = 4_194_304
        dense.stoppedAt = 1_250_001
        let partial = CheckReport(dataset: Fixture.dataset([], articles: [dense])).render()
        let lines = partial.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Articles read in part (1;") }, partial)
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("dense.md") && $0.contains("1.250.001 B") && $0.contains("4.194.304 B") },
            partial)
        let json = CheckReport(dataset: Fixture.dataset([], articles: [dense])).renderJSON()
        XCTAssertTrue(json.contains("\"read_to_byte\": 1250001"), json)
    }

    private func section(_ title: String) -> String {
        guard let start = text.range(of: title) else { return "" }
        let rest = text[start.lowerBound...]
        return String(rest[..<(rest.range(of: "\n\n")?.lowerBound ?? rest.endIndex)])
    }
}
