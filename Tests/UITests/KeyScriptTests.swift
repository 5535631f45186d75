import Testing
import ThdashExtraction
import ThdashModel
import ThdashUI

/// Scripts of keys fed through `update`, checking the state and what the screen then shows. No terminal,
/// no sleeps.
@Suite struct KeyScriptTests {
    private func names(_ state: AppState) -> [String] { state.productRows.map(\.product.name) }

    @Test func tabsSwitchByTabShiftTabAndDigits() {
        var state = DashboardFixture.state()
        #expect(state.page == .tab(.overview))
        state.press(.tab)
        #expect(state.page == .tab(.products))
        state.press(.backTab, .backTab)
        #expect(state.page == .tab(.matrix))
        state.press(.backTab)
        #expect(state.page == .tab(.sources))
        state.press(.char("3"))
        #expect(state.page == .tab(.chart))
        #expect(state.screen.lines[3].hasPrefix("so với năm trước"), "a year's figure is against the year before")
        state.press(.char("1"))
        #expect(state.screen.text.contains("Chỉ số chính"))
    }

    @Test func movementStaysInsideTheList() {
        var state = DashboardFixture.state()
        state.press(.char("2"))
        let count = state.productRows.count
        state.press(.char("j"), .down)
        #expect(state.cursor(.tab(.products)).selected == 2)
        state.press(.char("k"))
        #expect(state.cursor(.tab(.products)).selected == 1)
        state.press(.char("G"))
        #expect(state.cursor(.tab(.products)).selected == count - 1)
        state.press(.down, .pageDown)
        #expect(state.cursor(.tab(.products)).selected == count - 1)
        state.press(.home)
        #expect(state.cursor(.tab(.products)).selected == 0)
        state.press(.up, .pageUp)
        #expect(state.cursor(.tab(.products)).selected == 0)
        state.press(.end, .char("g"))
        #expect(state.cursor(.tab(.products)).selected == 0)
    }

    @Test func pagingMovesByAScreenAndScrollsTheTable() {
        // 16 rows: the table shows 16 − 4 (frame) − 3 (caption, header, rule) = 9 rows; the products list has 8
        // (indices are not products), so a page down from the first row lands on the last.
        var state = DashboardFixture.state(width: 80, height: 16)
        state.press(.char("2"), .pageDown)
        #expect(state.cursor(.tab(.products)).selected == state.productRows.count - 1)
        #expect(state.cursor(.tab(.products)).offset == 0, "eight rows fit: nothing scrolls")
        state.press(.pageUp)
        #expect(state.cursor(.tab(.products)).selected == 0)
    }

    @Test func drillDownFromLineToProductAndBack() {
        var state = DashboardFixture.state()
        state.press(.char("4"), .down, .enter)
        #expect(state.page == .line("construction-materials"))
        #expect(state.screen.lines[3].hasPrefix("Vật liệu xây dựng · 2/3"))
        state.press(.enter)
        #expect(state.page == .product("cement"))
        let screen = state.screen.text
        #expect(screen.contains("Xi măng · Vật liệu xây dựng · đơn vị: triệu tấn"))
        #expect(screen.contains("Tổng kết ngành Công Thương năm 2024 · 2025-01-09"))
        #expect(screen.contains("xi măng tăng 12,5%"))
        state.press(.down)
        #expect(state.screen.text.contains("tháng 9\\x1B[0m · 2024-09"))
        state.press(.escape)
        #expect(state.page == .line("construction-materials"))
        state.press(.backspace)
        #expect(state.page == .tab(.lines))
        #expect(state.press(.escape) == nil)
        #expect(state.page == .tab(.lines))
    }

    @Test func periodAndBasisKeysFollowTheProductsFigures() {
        var state = DashboardFixture.state()
        state.press(.char("4"), .down, .enter, .enter)
        #expect(state.page == .product("cement"))
        #expect(state.cursor(.product("cement")).selected == 1)  // năm 2024, year on year
        state.press(.left)
        #expect(state.period == .year(2023), "the cement's previous yearly figure")
        state.press(.right, .char("b"), .char("b"))
        #expect(state.mode == .monthOnMonth)
        #expect(state.period == .month(9, of: 2024), "no month-on-month figure in 2024: the nearest month that has one")
        #expect(state.notice == "Sang tháng 9/2024: năm 2024 không có số liệu so với tháng trước")
        #expect(state.cursor(.product("cement")).selected == 2)  // tháng 9/2024, month on month
        #expect(state.screen.text.contains("báo cáo tháng 9/2024, xi măng tăng 3,6%"))
    }

    @Test func selectionAndSignsShowInTheStyleMask() {
        var state = DashboardFixture.state()
        state.press(.char("2"), .down)
        let mask = state.screen.styleMask()
        #expect(mask[7].allSatisfy { $0 == "s" || $0 == "S" })  // the selected row, bar included
        #expect(mask[6].contains("+"))  // Giày thể thao's rise and its bar in the positive role
        #expect(mask[9].contains("-"))  // Clinker's fall in the negative role
        #expect(!state.screen.text.contains("Dầu diesel"), "no figure for 2024: listed only after a")
        state.press(.char("a"))
        let diesel = state.screen.lines.firstIndex { $0.hasPrefix("Dầu diesel") }!
        let shown = state.screen.styleMask()
        #expect(!shown[diesel].contains("+") && !shown[diesel].contains("-"))  // no figure, no colour
    }

    @Test func enterOnTheProductsTableOpensTheProduct() {
        var state = DashboardFixture.state()
        state.press(.char("2"), .down, .enter)
        #expect(state.page == .product("cement"))
        state.press(.tab)
        #expect(state.page == .tab(.chart))
        #expect(state.stack.isEmpty)
    }

    @Test func indicesAreNoProductsAndHaveTheirOwnLine() {
        var state = DashboardFixture.state()
        #expect(!state.productRows.contains { $0.product.id == "iip" || $0.product.id == "production-value" })
        #expect(state.moverRows.allSatisfy { $0.product.kind == .product })
        state.press(.char("4"), .enter)
        #expect(state.page == .line("indicators"))
        state.press(.enter)
        #expect(state.page == .product("iip"))
        #expect(state.screen.text.contains("Các bài đưa số khác nhau"))
    }

    @Test func periodStepsToPeriodsOfTheSameLengthWithData() {
        var state = DashboardFixture.state()
        #expect(state.period == .year(2024))
        #expect(state.screen.lines[2].hasPrefix("Kỳ (năm) ◂ năm 2024   "))
        state.press(.left)
        #expect(state.period == .year(2023), "tháng 9/2024 and 8 tháng 2024 lie between, but are no years")
        #expect(state.screen.lines[2].hasPrefix("Kỳ (năm)   năm 2023 ▸"))
        state.press(.char("["))
        #expect(state.period == .year(2023))
        #expect(state.notice == "Không còn kỳ nào trước có số liệu")
        state.press(.char("]"), .right)
        #expect(state.period == .year(2024))
        #expect(state.notice == "Không còn kỳ nào sau có số liệu")
        #expect(state.screen.lines[23].hasSuffix("Không còn kỳ nào sau có số liệu"))
        state.press(.down)
        #expect(state.notice == nil)
    }

    @Test func basisCyclesAndRowsWithoutAFigureSayDash() {
        var state = DashboardFixture.state()
        state.press(.char("2"))
        #expect(state.mode == .yearOnYear)
        state.press(.char("b"))
        #expect(state.mode == .planCompletion)
        #expect(state.productRows.compactMap(\.observation).map(\.value) == [104.5, 97.2])
        let screen = state.screen
        #expect(screen.lines[2].contains("% kế hoạch năm"))
        #expect(screen.lines[4].contains("% KH"))
        let cement = screen.lines.first { $0.hasPrefix("Xi măng") }!
        #expect(cement.contains("12,3 triệu tấn         —"))
        #expect(!cement.contains(" 0%"))
        state.press(.char("b"))
        #expect(state.mode == .monthOnMonth)
        state.press(.char("b"))
        #expect(state.mode == .yearOnYear)
    }

    @Test func sortCyclesColumnsAndReverses() {
        var state = DashboardFixture.state()
        state.press(.char("S"))
        #expect(state.sort == SortOrder(column: .figure, descending: true), "the overview is not sorted")
        state.press(.char("2"))
        #expect(names(state).prefix(3) == ["Giày thể thao", "Xi măng", "Quần áo may sẵn"])
        state.press(.char("S"))
        #expect(names(state).prefix(2) == ["Xăng", "Clinker"])
        #expect(names(state).last == "Nước sạch", "a subject the catalog does not know is never ranked above products")
        state.press(.char("s"))
        #expect(state.sort == SortOrder(column: .line, descending: false))
        #expect(names(state).prefix(2) == ["Xi măng", "Clinker"])
        state.press(.char("s"))
        #expect(state.sort.column == .product)
        #expect(names(state).prefix(3) == ["Clinker", "Giày thể thao", "Quần áo may sẵn"])
        #expect(state.screen.lines[2].hasSuffix("Xếp theo: tên ▲"))
        state.press(.char("s"))
        #expect(state.sort == SortOrder(column: .figure, descending: true))
    }

    /// Sorting by name follows the Vietnamese alphabet (issue 14): Đ after D, Ô and Ơ after O, Ư after U,
    /// tones only where the letters tie; in English, by the English names shown.
    @Test func sortByNameFollowsTheVietnameseAlphabet() throws {
        let names = [
            ("Ưu", "Benefit"), ("Ơn", "Grace"), ("Ôn", "review"), ("Ong", "Bee"), ("Đá", "Stone"),
            ("Dầu", "oil"), ("Ống", "Pipe"), ("Mạ", "Seedling"), ("Má", "Cheek"), ("Ma", "Ghost"),
        ]
        let catalog = try ProductCatalog(
            tsv: (["line\tgoods\t\tHàng hóa\tGoods\t\t"]
                + names.indices.map { "product\tp\($0)\tgoods\t\(names[$0].0)\t\(names[$0].1)\ttấn\t" })
                .joined(separator: "\n"))
        let figures = names.indices.map { index in
            Figure(
                article: "a.md", subject: names[index].0, product: "p\(index)", line: "goods", kind: .growth,
                value: Double(index), unit: "%", basis: .samePeriodLastYear,
                period: Period(label: "năm 2024", type: .year, year: 2024), region: "Thanh Hóa",
                approximate: false, bound: nil, quote: "", sentence: "", offset: 0)
        }
        let dataset = Dataset(figures: figures, articles: [], catalog: catalog)
        var state = AppState(dataset: dataset, failures: [], width: 100, height: 30)
        state.press(.char("2"), .char("s"), .char("s"))
        #expect(state.sort == SortOrder(column: .product, descending: false))
        let vietnamese = ["Dầu", "Đá", "Ma", "Má", "Mạ", "Ong", "Ôn", "Ống", "Ơn", "Ưu"]
        #expect(self.names(state) == vietnamese)
        state.press(.char("S"))
        #expect(self.names(state) == vietnamese.reversed())
        state.press(.char("S"), .char("L"))
        #expect(
            state.productRows.map { state.name(of: $0.product) } == [
                "Bee", "Benefit", "Cheek", "Ghost", "Grace", "oil", "Pipe", "review", "Seedling", "Stone",
            ])
    }

    @Test func aChangeOfSortPeriodOrBasisStartsTheListAtItsTop() {
        var state = DashboardFixture.state()
        state.press(.char("2"), .down, .down)
        #expect(state.selectedProductID == "garments")
        state.press(.char("S"))
        #expect(state.cursor(.tab(.products)) == ListCursor())
        state.press(.down, .left)
        #expect(state.cursor(.tab(.products)) == ListCursor())
        #expect(state.selectedProductID == state.productRows.first?.product.id)
    }

    @Test func searchIgnoresDiacritics() {
        var state = DashboardFixture.state()
        state.press(.char("/"))
        #expect(state.page == .tab(.products))
        #expect(state.search.isEditing)
        state.type("xi mang")
        #expect(state.selectedProductID == "cement")
        #expect(state.screen.lines[23].hasPrefix("Tìm: xi mang▏"))
        state.press(.enter)
        #expect(!state.search.isEditing)
        #expect(state.screen.lines[23].hasSuffix("/xi mang · 1 kết quả"))

        state.press(.char("/"))
        state.type("GIÀY")
        #expect(state.selectedProductID == "shoes")
        state.press(.enter)
        state.press(.escape)
        #expect(!state.search.isActive)
    }

    @Test func searchWithDiacriticsAndEnglishNamesAndNextMatch() {
        var state = DashboardFixture.state()
        state.press(.char("2"), .char("/"))
        state.type("xăng")
        #expect(state.selectedProductID == "petrol")
        state.press(.enter)
        state.press(.char("/"))
        state.type("ng")
        state.press(.enter)
        // "Xi măng" and "Xăng": "ng" without its diacritics.
        let first = state.selectedProductID
        state.press(.char("n"))
        let second = state.selectedProductID
        #expect(first != second)
        state.press(.char("N"))
        #expect(state.selectedProductID == first)
        state.press(.char("/"))
        state.type("cement")
        #expect(state.selectedProductID == "cement")
        state.press(.escape)
        #expect(!state.search.isActive && !state.search.isEditing)
    }

    @Test func searchWithoutAMatchSaysSo() {
        var state = DashboardFixture.state()
        state.press(.char("/"))
        state.type("zz")
        #expect(state.notice == "Không có sản phẩm nào khớp “zz”")
        #expect(state.screen.lines[23].contains("0 kết quả"))
        state.press(.backspace, .backspace, .backspace)
        #expect(!state.search.isEditing)
    }

    @Test func qIsTypedInTheSearchPromptButQuitsOtherwise() {
        var state = DashboardFixture.state()
        state.press(.char("/"))
        #expect(state.press(.char("q")) == nil)
        #expect(state.search.query == "q")
        state.press(.enter)
        #expect(state.press(.char("q")) == .quit)
        state.press(.char("4"), .enter, .enter)
        #expect(state.press(.char("q")) == .quit)
        #expect(state.press(.ctrlL) == .redraw)
    }

    /// Pasted text is typed into the open search prompt, and does nothing anywhere else: a pasted "q" does
    /// not quit, a pasted "2" switches no tab.
    @Test func pastedTextGoesToTheSearchPromptOnly() {
        var state = DashboardFixture.state()
        #expect(state.press(.paste("q")) == nil)
        state.press(.paste("2"), .paste("/xi mang"))
        #expect(state.page == .tab(.overview))
        #expect(!state.search.isEditing && !state.search.isActive)
        state.press(.char("/"))
        #expect(state.press(.paste("xi mang")) == nil)
        #expect(state.search.query == "xi mang")
        #expect(state.selectedProductID == "cement")
        #expect(state.screen.lines[23].hasPrefix("Tìm: xi mang▏"))
        state.press(.paste(""), .paste(" q"))
        #expect(state.search.query == "xi mang q" && state.search.isEditing)
        state.press(.enter)
        #expect(state.press(.paste("q")) == nil)
        #expect(state.search.query == "xi mang q")
    }

    @Test func languageSwitchesInterfaceAndProductNames() {
        var state = DashboardFixture.state()
        state.press(.char("2"), .char("L"))
        #expect(state.language == .english)
        let screen = state.screen
        #expect(screen.lines[1].contains("2 Products"))
        #expect(screen.lines[2].hasPrefix("Period (yearly) ◂ 2024"))
        #expect(screen.lines[6].hasPrefix("Sports shoes"))
        #expect(screen.text.contains("+22.8%"))
        state.press(.char("s"), .char("s"))
        #expect(names(state).prefix(2) == ["Xi măng", "Clinker"])  // Cement, Clinker: by their English names
        state.press(.char("L"))
        #expect(state.screen.lines[1].contains("2 Sản phẩm"))
    }

    @Test func helpOpensClosesAndListsEveryKey() {
        var state = DashboardFixture.state(width: 120, height: 40)
        state.press(.char("?"))
        #expect(state.showsHelp)
        let text = state.screen.text
        for binding in KeyMap.bindings {
            for key in binding.keys where binding.topic != .tabDigits {
                #expect(text.contains(key.displayName), "help lacks \(key.displayName)")
            }
        }
        state.press(.char("2"))
        #expect(state.page == .tab(.overview))
        state.press(.escape)
        #expect(!state.showsHelp)
        state.press(.f1, .f1)
        #expect(!state.showsHelp)
    }

    @Test func helpScrollsWhenItDoesNotFit() {
        var state = DashboardFixture.state(width: 60, height: 16)
        state.press(.char("?"))
        #expect(!state.screen.text.contains("Ctrl-L"))
        state.press(.char("G"), .pageDown, .down, .down, .down, .down, .down, .down, .down, .down)
        #expect(state.screen.text.contains("Ctrl-L"))
        for _ in 0..<12 { state.press(.down) }
        // The keys, the mouse line, a blank line, the marks' heading and the marks, in 10 rows.
        #expect(state.helpOffset == KeyMap.helpEntries.count + 3 + state.strings.marks.count - 10)
        #expect(state.screen.text.contains("không bao giờ là 0"))
    }

    @Test func resizeBelowTheMinimumAndBack() {
        var state = DashboardFixture.state()
        state.press(.char("2"))
        _ = state.update(.resize(width: 50, height: 12))
        #expect(!state.fits)
        #expect(state.screen.text.contains("Cửa sổ quá nhỏ: 50×12."))
        #expect(state.screen.text.contains("Cần ít nhất 60×16 ô."))
        state.press(.char("3"), .down)
        #expect(state.page == .tab(.products))
        _ = state.update(.resize(width: 60, height: 16))
        #expect(state.fits)
        #expect(state.screen.lines[4].hasPrefix("Sản phẩm"))
        _ = state.update(.resize(width: 59, height: 40))
        #expect(state.press(.char("q")) == .quit)
    }

    @Test func loadingShowsProgressThenTheData() {
        var state = AppState(sourceDescription: "Data/articles", width: 80, height: 24)
        #expect(state.screen.text.contains("Đang tìm các tệp bài viết…"))
        _ = state.update(.loadProgress(done: 3, total: 32))
        #expect(state.screen.text.contains("Đang đọc bài viết: 3/32 tệp"))
        state.press(.down, .enter, .char("b"))
        _ = state.update(.loadBuilding)
        #expect(state.screen.text.contains("Đang dựng bảng số liệu…"))
        _ = state.update(.loaded(DashboardFixture.dataset, failures: DashboardFixture.failures))
        #expect(state.loading == .finished)
        #expect(state.period == .year(2024))
        #expect(state.screen.text.contains("Chỉ số chính"))
    }

    @Test func mouseClicksSelectTabsAndRows() {
        var state = DashboardFixture.state()
        state.press(.mouse(.click(x: 16, y: 1)))
        #expect(state.page == .tab(.products))
        state.press(.mouse(.click(x: 5, y: 8)))
        #expect(state.cursor(.tab(.products)).selected == 2)
        state.press(.mouse(.click(x: 5, y: 8)))
        #expect(state.page == .product("garments"))
        state.press(.escape, .mouse(.scrollDown(x: 5, y: 8)))
        #expect(state.cursor(.tab(.products)).selected == 5)
        state.press(.mouse(.click(x: 5, y: 22)))
        #expect(state.cursor(.tab(.products)).selected == 5)
    }

    @Test func articleTextNeverReachesTheScreenAsAnEscapeSequence() {
        var state = DashboardFixture.state(width: 120, height: 40)
        state.press(.char("5"))
        let text = state.screen.text
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(text.contains("\\x1B[31mtháng"))
    }

    @Test func plainReportHasTheOverviewAndEveryProduct() {
        let report = PlainReport.render(DashboardFixture.state())
        #expect(report.contains("Chỉ số sản xuất công nghiệp (IIP): ▲ 19,26% (năm 2024, so với năm trước)"))
        #expect(report.contains("(8 tháng đầu năm 2024 (kỳ gần nhất có số liệu)), đạt 58,8% kế hoạch năm"))
        #expect(report.contains("tiến độ đều: 66,7%, chậm 7,9 điểm"))
        #expect(report.contains("Dự phóng (không phải dự báo): cả năm 133.389 tỷ đồng, 88,2% kế hoạch"))
        for product in DashboardFixture.dataset.products { #expect(report.contains(product.name)) }
        #expect(report.contains("articles/hong.md: không phải văn bản UTF-8 (byte sai ở vị trí 12)"))
        #expect(!report.unicodeScalars.contains { $0.value == 0x1B })
        let bricks = report.split(separator: "\n").first { $0.hasPrefix("Gạch xây") }!
        #expect(bricks.contains("—"))
    }
}
