import Foundation
import Testing
import ThdashExtraction
import ThdashModel
import ThdashUI

/// Hostile files read the way the dashboard and `thdash check` read them (`CorpusReader` over a folder,
/// `Dataset`, then the Sources screen or `CheckReport`): every bad file is named with its reason, the good
/// articles give the figures they give alone, and no control character from the files is in a rendered
/// cell or in the report.
@Suite struct HostileFilesTests {
    private static let catalog = try! ProductCatalog(
        tsv: """
            line\tconstruction-materials\t\tVật liệu xây dựng\tConstruction materials\t\t
            product\tcement\tconstruction-materials\tXi măng\tCement\ttriệu tấn\t
            """)

    /// A temporary folder of two good articles (one with escape sequences in its title and text) and
    /// hostile files; the bad ones with the reason each must get, in English (`thdash check`) and in
    /// Vietnamese (the dashboard's Sources screen).
    private struct Folder {
        let root: String
        var good: [String] = []
        var bad: [(name: String, reason: String, vietnamese: String)] = []

        init() throws {
            root =
                FileManager.default.temporaryDirectory
                .appendingPathComponent("thdash-hostile-ui-\(getpid())-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try add("cement.md", "---\ntitle: Xi măng\n---\nTháng 3/2024, xi măng tăng 7,5% so với cùng kỳ.\n")
            good.append("cement.md")
            try add(
                "escapes.md",
                "---\ntitle: Tiêu đề \u{1B}[31mđỏ\u{1B}[0m\u{9B}2J\u{202E}\n---\n"
                    + "Tháng 3/2024, xi măng \u{1B}]0;x\u{07}tăng 7,6% so với tháng trước.\n")
            good.append("escapes.md")
            try add("bad-utf8.md", bytes: [0x58, 0x69, 0xC3, 0x28])
            bad.append(
                (
                    "bad-utf8.md", "not valid UTF-8 (bad byte at offset 2)",
                    "không phải văn bản UTF-8 (byte sai ở vị trí 2)"
                ))
            try add("nul.md", bytes: [0x41, 0x00, 0x42])
            bad.append(("nul.md", "binary file (NUL byte at offset 1)", "tệp nhị phân (byte NUL ở vị trí 1)"))
            try add("empty.md", bytes: [])
            bad.append(("empty.md", "empty file", "tệp rỗng"))
            try add("blob.md", bytes: (0...255).map { UInt8(255 - $0) })
            bad.append(("blob.md", "binary file (NUL byte at offset 255)", "tệp nhị phân (byte NUL ở vị trí 255)"))
            try FileManager.default.createDirectory(atPath: root + "/x.md", withIntermediateDirectories: false)
            bad.append(("x.md", "is a folder, not an article file", "là thư mục, không phải tệp bài báo"))
            try FileManager.default.createSymbolicLink(atPath: root + "/loop.md", withDestinationPath: "loop.md")
            bad.append(("loop.md", "symbolic link loop", "liên kết vòng"))
            #expect(mkfifo(root + "/fifo.md", 0o644) == 0)
            bad.append(("fifo.md", "not a regular file", "không phải tệp thông thường"))
            try add("\u{1B}[2Jnamed.md", bytes: [])
            bad.append(("\u{1B}[2Jnamed.md", "empty file", "tệp rỗng"))
        }

        private func add(_ name: String, _ text: String) throws { try add(name, bytes: Array(text.utf8)) }

        private func add(_ name: String, bytes: [UInt8]) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + name))
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    /// Issue 14, finding 4: a file the system will not open is named in the interface's language; the
    /// system's own (English) words stay for an error a newcomer rarely meets.
    @Test func systemReasonsSpeakTheInterfaceLanguage() {
        let denied = LoadFailure.Cause.system(code: EACCES)
        #expect(Strings.vietnamese.failureReason(denied) == "không có quyền đọc")
        #expect(Strings.english.failureReason(denied) == "Permission denied")
        #expect(Strings.vietnamese.failureReason(.system(code: ENOENT)) == "không có tệp hay thư mục này")
        #expect(Strings.english.failureReason(.system(code: ENOENT)) == "No such file or directory")
        #expect(Strings.vietnamese.failureReason(.readError(code: EIO)) == "lỗi khi đọc: lỗi vào/ra của ổ đĩa")
        #expect(Strings.vietnamese.failureReason(.system(code: EROFS)) == "lỗi hệ thống: Read-only file system")
        #expect(
            Strings.vietnamese.failureReason(.malformedHeader(.badDate("2024-13")))
                == "phần đầu sai: ngày '2024-13' không theo dạng YYYY-MM hay YYYY-MM-DD")
    }

    @Test func sourcesScreenAndCheckNameEveryBadFileAndShowNoControlCharacter() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let reader = CorpusReader(extractor: FigureExtractor(catalog: Self.catalog))
        let result = reader.read([folder.root])
        let dataset = Dataset(result, catalog: Self.catalog)

        // The good articles load, with the figures they give when read on their own.
        let alone = reader.read(folder.good.map { folder.root + "/" + $0 })
        #expect(alone.failures.isEmpty)
        #expect(alone.figures.count == 2)
        #expect(Set(result.figures) == Set(alone.figures))
        #expect(result.failures.count == folder.bad.count)

        var state = AppState(dataset: dataset, failures: result.failures, width: 150, height: 30)
        state.press(.char("5"))
        let screen = state.screen
        expectNoControlCharacter(on: screen)
        // Issue 14, finding 4: the reasons were shown in English inside the Vietnamese interface.
        for (name, _, reason) in folder.bad {
            let shown = PrintableText.escapingControls(name)
            #expect(
                screen.lines.contains {
                    $0.contains(reason) && $0.trimmingCharacters(in: .whitespaces).hasSuffix(shown)
                },
                "no row names \(shown) with “\(reason)”:\n\(screen.text)")
        }
        #expect(screen.text.contains("Tiêu đề đỏ"), "the escaped title is shown cleaned:\n\(screen.text)")

        let report = CheckReport(dataset: dataset, failures: result.failures).render()
        let lines = report.split(separator: "\n").map(String.init)
        for (name, reason, _) in folder.bad {
            let printed = folder.root + "/" + PrintableText.escapingControls(name)
            #expect(
                lines.contains { $0.hasPrefix(printed) && $0.hasSuffix(reason) },
                "the report does not name \(printed) with “\(reason)”:\n\(report)")
        }
        #expect(
            report.unicodeScalars.allSatisfy { $0 == "\n" || !PrintableText.needsEscape($0) },
            "the report holds a control character")
    }

    /// A cache path and reason are untrusted too (the folder comes from the environment): the Sources row
    /// shows them escaped, in either language, and the cursor reaches the row.
    @Test(arguments: [Language.vietnamese, .english]) func aCacheNoteWithEscapesIsShownEscaped(language: Language) {
        var state = DashboardFixture.state(width: 150, height: 30, language: language)
        let path = "/tmp/\u{1B}]0;owned\u{07}/\u{202E}corpus.cache"
        _ = state.update(.cacheNote(CacheNote(path: path, problem: .notWritten("disk \u{1B}[2Jfull"))))
        state.press(.char("5"))
        #expect(state.rowCount(on: .tab(.sources)) == DashboardFixture.articles.count + state.failures.count + 1)
        let screen = state.screen
        expectNoControlCharacter(on: screen)
        // The path, escaped, is cut from the left to fit its column: its end stays in view.
        let shown = "owned\\x07/\\u{202E}corpus.cache"
        let reason =
            language == .english
            ? "could not be written (disk \\x1B[2Jfull)" : "không ghi được (disk \\x1B[2Jfull)"
        let label = language == .english ? "cache " : "bộ đệm "
        #expect(
            screen.lines.contains {
                $0.hasPrefix(label) && $0.contains(reason) && $0.trimmingCharacters(in: .whitespaces).hasSuffix(shown)
            }, "no row names the cache file with its reason:\n\(screen.text)")
    }

    /// Paths passed over are rows of the Sources screen after the unreadable files, in either language,
    /// counted in its caption, and the cursor reaches them.
    @Test(arguments: [Language.vietnamese, .english]) func skippedPathsAreRowsOfTheSourcesScreen(language: Language)
        throws
    {
        let skipped = [
            SkippedPath(path: "articles/again.md", why: .sameFile(as: "articles/first.md")),
            SkippedPath(path: "articles/sub/up", why: .loop(backTo: "articles")),
        ]
        var state = DashboardFixture.state(width: 150, height: 30, language: language)
        _ = state.update(.loaded(DashboardFixture.dataset, failures: DashboardFixture.failures, skipped: skipped))
        state.press(.char("5"))
        #expect(
            state.rowCount(on: .tab(.sources)) == DashboardFixture.articles.count + DashboardFixture.failures.count + 2)
        let screen = state.screen
        let english = language == .english
        #expect(screen.text.contains(english ? " · 2 skipped" : " · 2 bỏ qua"), "\(screen.text)")
        let rows = screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let label = english ? "skipped" : "bỏ qua"
        let reasons =
            english
            ? ["the same file as articles/first.md; counted once", "symbolic link loop back to articles"]
            : ["trùng tệp articles/first.md; chỉ tính một lần", "liên kết vòng về articles"]
        let failureRow = try #require(rows.firstIndex { $0.hasSuffix("articles/hong.md") })
        for (path, reason) in zip(skipped, reasons) {
            let row = rows.firstIndex { $0.hasPrefix(label) && $0.contains(reason) && $0.hasSuffix(path.path) }
            #expect(
                row.map { $0 > failureRow } == true, "no row after the failures names \(path.path):\n\(screen.text)")
        }
    }

    @Test func printableTextEscapesControlsVisibly() {
        #expect(PrintableText.escapingControls("a\u{1B}[2Jb") == "a\\x1B[2Jb")
        #expect(PrintableText.escapingControls("\u{07}\u{9B}\u{7F}") == "\\x07\\x9B\\x7F")
        #expect(PrintableText.escapingControls("xe\u{202E}gnp.md") == "xe\\u{202E}gnp.md")
        #expect(PrintableText.escapingControls("Xi măng 中文") == "Xi măng 中文")
        #expect(LoadFailure(path: "a\u{1B}b.md", reason: "empty file").description == "a\\x1Bb.md: empty file")
        // A one-line record escapes line breaks too; a line for reading shows them as spaces.
        #expect(PrintableText.escapingControls("a\nb\tc\u{2028}d") == "a\\x0Ab\\x09c\\u{2028}d")
        #expect(PrintableText.line("a\nb\tc\u{2028}d\u{1B}") == "a b c d\\x1B")
        #expect(PrintableText.escapingControls("\u{61C}\u{200E}\u{2066}") == "\\u{61C}\\u{200E}\\u{2066}")
    }

    @Test func leadingTruncationKeepsTheEndOfAPath() {
        #expect(TerminalText.truncateLeading("/tmp/folder/name.md", to: 10) == "…r/name.md")
        #expect(TerminalText.truncateLeading("/tmp/a.md", to: 10) == "/tmp/a.md")
        #expect(TerminalText.truncateLeading("/tmp/Ho\u{301}a.md", to: 7) == "…Ho\u{301}a.md")
        #expect(TerminalText.width(TerminalText.truncateLeading("/x/中文中文.md", to: 6)) <= 6)
        #expect(TerminalText.truncateLeading("abc", to: 0) == "")
    }

    /// Every cell of the screen holds only characters safe to send to a terminal.
    private func expectNoControlCharacter(on screen: Buffer) {
        for row in 0..<screen.height {
            for column in 0..<screen.width {
                let symbol = screen[column, row].symbol
                #expect(
                    symbol.unicodeScalars.allSatisfy { !PrintableText.needsEscape($0) },
                    "a control character at (\(column), \(row)): \(symbol.debugDescription)")
            }
        }
    }
}
