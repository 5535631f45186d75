import Testing
import ThdashExtraction
import ThdashModel
import ThdashUI

/// The article reader and the conflicts page through `update`: every way in and out, the figures marked and
/// described, n N, scrolling, and a file that cannot be read.
@Suite struct ReaderTests {
    static let fixtureArticles = DashboardFixture.articles

    /// The index in `Dataset.figures` of the figure of `product` with value `value`.
    static func figureIndex(_ product: String, _ value: Double) -> Int {
        ReaderFixture.dataset.figures.firstIndex { $0.product == product && $0.value == value }!
    }

    @Test func theFixtureOffsetsPointAtTheQuotes() throws {
        for figure in ReaderFixture.figures where ReaderFixture.files[figure.article] != nil {
            let text = try ReaderFixture.article(figure.article).get().text
            let start = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: figure.offset)
            #expect(String(text.unicodeScalars[start...]).hasPrefix(figure.quote), "\(figure.quote)")
        }
    }

    @Test func documentPlacesFiguresInTheBodyAndFindsMovedOnes() throws {
        let path = Self.fixtureArticles[0].path
        let article = try ReaderFixture.article(path).get()
        let state = ReaderFixture.state()
        let figures = state.figures(ofArticle: path)
        #expect(figures.count == 9)
        let document = ReaderDocument(article: article, figures: figures)
        #expect(document.missing == 0 && document.marks.count == 9)
        #expect(!document.body.hasPrefix("---") && !document.body.hasPrefix("\n"), "front matter left out")
        for mark in document.marks {
            let scalars = Array(document.body.unicodeScalars)[mark.range]
            #expect(String(String.UnicodeScalarView(scalars)) == ReaderFixture.dataset.figures[mark.figure].quote)
        }
        // The file changed after loading: two words more at the top, and one sentence gone.
        var changed = article
        let gone = ReaderFixture.dataset.figures[figures[0].index].sentence
        changed.text = changed.text.replacingOccurrences(of: gone, with: "")
            .replacingOccurrences(of: "---\n\n", with: "---\n\nMới thêm. ")
        let moved = ReaderDocument(article: changed, figures: figures)
        #expect(moved.missing == 1 && moved.marks.count == 8)
        for mark in moved.marks {
            let scalars = Array(moved.body.unicodeScalars)[mark.range]
            #expect(String(String.UnicodeScalarView(scalars)) == ReaderFixture.dataset.figures[mark.figure].quote)
        }
    }

    @Test func enterOnAnArticleOfSourcesOpensTheReaderAndEscReturns() {
        var state = ReaderFixture.state()
        state.press(.char("5"), .down, .down)
        let selected = state.cursor(.tab(.sources))
        let path = Self.fixtureArticles[1].path
        #expect(state.pressReading(.enter) == [path])
        #expect(state.page == .article(path))
        let screen = state.screen
        #expect(screen.lines[3].contains("IIP năm 2024 của Thanh Hóa ước tăng 19,25%"))
        #expect(screen.lines[4].contains("không rõ báo · 2024-12-20 · articles/2024-12-iip.md"))
        #expect(screen.lines[5].contains("không có địa chỉ web"))
        #expect(screen.text.contains("Theo báo cáo năm 2024, chỉ số sản xuất công nghiệp tăng 19,25% so với"))
        let status = screen.lines[23]
        #expect(status.contains("1/6 · Chỉ số sản xuất công nghiệp · ~+19,25% · năm 2024 · tăng so với cùng kỳ"))
        // The figure under the cursor in reverse video, the others underlined.
        let mask = screen.styleMask { $0.isReversed ? "R" : $0.isUnderlined ? "U" : "." }
        func shown(_ mark: Character) -> String {
            zip(screen.lines.dropFirst(7).dropLast(), mask.dropFirst(7).dropLast()).map { line, styles in
                String(zip(line, styles).filter { $0.1 == mark }.map(\.0))
            }.joined(separator: " ")
        }
        #expect(shown("R").split(separator: " ") == "chỉ số sản xuất công nghiệp tăng 19,25%".split(separator: " "))
        #expect(shown("U").contains("chỉ số sản xuất công nghiệp tăng 12,4%"))
        state.press(.escape)
        #expect(state.page == .tab(.sources))
        #expect(state.cursor(.tab(.sources)) == selected)
        #expect(state.reader == nil, "the reader's text is let go")
    }

    @Test func nAndNGoFromFigureToFigureAndWrap() {
        var state = ReaderFixture.state()
        state.press(.char("5"), .down)
        state.pressReading(.enter)
        #expect(state.reader?.selectedMark == 0)
        state.press(.char("n"), .char("n"))
        #expect(state.reader?.selectedMark == 2)
        #expect(state.screen.lines[23].contains("3/9 · "))
        state.press(.char("N"), .char("N"), .char("N"))
        #expect(state.reader?.selectedMark == 8, "N before the first goes to the last")
        #expect(state.screen.lines[23].contains("9/9 · "))
        state.press(.char("n"))
        #expect(state.reader?.selectedMark == 0)
        #expect(state.reader?.topLine == 0)
    }

    @Test func scrollingMovesTheTextAndNFindsTheFirstFigureInView() throws {
        var state = ReaderFixture.state(width: 60, height: 16)
        state.press(.char("5"), .down)
        state.pressReading(.enter)
        let lines = try #require(state.reader?.text?.lines.count)
        let height = 16 - 4 - 4
        #expect(lines > height)
        state.press(.char("j"))
        #expect(state.reader?.topLine == 1)
        state.press(.char("G"))
        #expect(state.reader?.topLine == lines - height)
        #expect(state.screen.lines[4].contains("dòng \(lines - height + 1)–\(lines)/\(lines)"))
        state.press(.pageDown, .down)
        #expect(state.reader?.topLine == lines - height, "no scrolling past the end")
        state.press(.char("n"))
        let mark = try #require(state.reader?.selectedMark)
        let line = try #require(state.reader?.text?.markLines[mark])
        #expect(line >= lines - height, "the first figure in view, not the one after the first figure")
        state.press(.char("g"), .up, .pageUp)
        #expect(state.reader?.topLine == 0)
        _ = state.update(.scroll(up: false))
        #expect(state.reader?.topLine == 3, "the mouse wheel scrolls the text")
    }

    @Test func enterOnAProductsFigureOpensTheReaderAtThatFigure() throws {
        var state = ReaderFixture.state(width: 80, height: 16)
        state.press(.char("/"))
        state.type("quan ao")
        state.press(.enter, .enter)
        #expect(state.page == .product("garments"))
        let entry = try #require(state.history(of: "garments")?.entries.firstIndex { $0.value == 97.2 })
        state.press(.char("g"))
        for _ in 0..<entry { state.press(.down) }
        let path = Self.fixtureArticles[0].path
        #expect(state.pressReading(.enter) == [path])
        let reader = try #require(state.reader)
        let mark = try #require(reader.selectedMark)
        #expect(reader.document?.marks[mark].figure == Self.figureIndex("garments", 97.2))
        let line = try #require(reader.text?.markLines[mark])
        #expect((reader.topLine..<(reader.topLine + 8)).contains(line), "scrolled to the figure")
        #expect(reader.topLine > 0)
        #expect(state.screen.lines[15].contains("Quần áo may sẵn · 97,2% · năm 2024 · % kế hoạch năm"))
        state.press(.escape)
        #expect(state.page == .product("garments"))
        #expect(state.cursor(.product("garments")).selected == entry)
    }

    @Test func resizingKeepsTheFigureUnderTheCursorInView() throws {
        var state = ReaderFixture.state(width: 120, height: 40)
        state.press(.char("5"), .down)
        state.pressReading(.enter)
        for _ in 0..<8 { state.press(.char("n")) }
        _ = state.update(.resize(width: 60, height: 16))
        let reader = try #require(state.reader)
        let line = try #require(reader.text?.markLines[reader.selectedMark!])
        #expect((reader.topLine..<(reader.topLine + 8)).contains(line))
        #expect(state.screen.lines.allSatisfy { TerminalText.width($0) == 60 })
        _ = state.update(.resize(width: 30, height: 10))
        #expect(state.screen.text.contains("60"), "too small says so")
        _ = state.update(.resize(width: 80, height: 24))
        #expect(state.reader?.text != nil)
    }

    @Test func aFileThatCannotBeReadSaysSoAndEscReturns() {
        var state = ReaderFixture.state()
        state.press(.char("5"), .end)
        let path = Self.fixtureArticles[3].path
        #expect(state.pressReading(.enter) == [path])
        let text = state.screen.text
        #expect(text.contains("Không đọc được bài này: No such file or directory"))
        #expect(text.contains("IIP năm 2024 của Nghệ An tăng 10,2%"), "the title from the loaded summary")
        state.press(.char("n"), .enter, .down)
        #expect(state.page == .article(path))
        state.press(.escape)
        #expect(state.page == .tab(.sources))
    }

    @Test func anAnswerForAnotherArticleOrAfterLeavingIsDropped() {
        var state = ReaderFixture.state()
        state.press(.char("5"), .down)
        #expect(state.press(.enter) == .readArticle(Self.fixtureArticles[0].path))
        #expect(state.screen.text.contains("Đang đọc bài…"))
        let other = Self.fixtureArticles[1].path
        _ = state.update(.articleRead(path: other, ReaderFixture.article(other)))
        #expect(state.reader?.document == nil)
        state.press(.char("2"))
        #expect(state.reader == nil, "a tab leaves the reader")
        _ = state.update(.articleRead(path: Self.fixtureArticles[0].path, ReaderFixture.article(other)))
        #expect(state.reader == nil && state.page == .tab(.products))
    }

    @Test func problemRowsOfSourcesOpenNothing() {
        var state = ReaderFixture.state()
        state.press(.char("5"))
        #expect(state.pressReading(.enter).isEmpty)
        #expect(state.page == .tab(.sources))
    }

    @Test func monochromeMarksFiguresWithBrackets() {
        var state = AppState(
            dataset: ReaderFixture.dataset, failures: DashboardFixture.failures, themeName: "monochrome")
        state.press(.char("5"), .down)
        state.pressReading(.enter)
        #expect(state.screen.text.contains("⟦chỉ số sản xuất công nghiệp tăng 19,26%⟧"))
        #expect(state.screen.text.contains("⟦xi măng tăng 12,5%⟧"))
    }

    @Test func theConflictsPageListsEachValueWithItsArticles() {
        var state = ReaderFixture.state()
        state.press(.char("!"))
        #expect(state.page == .conflicts)
        #expect(state.conflictRows.count == 2)
        let lines = state.screen.lines
        #expect(lines[3].hasPrefix("1 mâu thuẫn"))
        let first = lines.firstIndex { $0.hasPrefix("Chỉ số sản xuất công") }!
        #expect(lines[first].contains("+19,26%") && lines[first].contains("2025-01-09"))
        #expect(lines[first].contains("Tổng kết ngành"))
        #expect(lines[first + 1].hasPrefix("năm 2024 · tăng so với"))
        #expect(
            lines[first + 1].contains("~+19,25%") && lines[first + 1].contains("IIP năm 2024"), "\(lines[first + 1])")
    }

    @Test func enterOnAConflictOpensTheReaderAtThatFigureAndEscWalksBack() throws {
        var state = ReaderFixture.state()
        state.press(.char("3"), .char("!"), .down)
        #expect(state.pressReading(.enter) == [Self.fixtureArticles[1].path])
        let reader = try #require(state.reader)
        #expect(reader.document?.marks[reader.selectedMark!].figure == Self.figureIndex("iip", 19.25))
        state.press(.escape)
        #expect(state.page == .conflicts && state.cursor(.conflicts).selected == 1)
        state.pressReading(.enter)
        state.press(.char("!"))
        #expect(state.page == .conflicts, "! from the reader over the conflicts goes back to them")
        #expect(state.stack == [.conflicts])
        state.press(.escape)
        #expect(state.page == .tab(.chart))
    }

    @Test func clickingTheConflictCountOpensTheConflicts() {
        var state = ReaderFixture.state()
        let title = state.screen.lines[0]
        let count = title.distance(from: title.startIndex, to: title.range(of: "1 mâu thuẫn")!.lowerBound)
        _ = state.update(.click(x: 5, y: 0))
        #expect(state.page == .tab(.overview), "the app's name opens nothing")
        _ = state.update(.click(x: count + 2, y: 0))
        #expect(state.page == .conflicts)
        state.press(.escape)
        #expect(state.page == .tab(.overview))
    }

    @Test func helpListsTheNewKeysInBothLanguages() {
        #expect(KeyMap.helpEntries.contains { $0.keys == "!" && $0.topic == .conflicts })
        for strings in [Strings.vietnamese, Strings.english] {
            #expect(!(strings.help[.conflicts] ?? "").isEmpty)
        }
        var state = ReaderFixture.state(width: 120, height: 40)
        state.press(.char("?"))
        #expect(state.screen.text.contains("mâu thuẫn giữa các bài"))
    }
}
