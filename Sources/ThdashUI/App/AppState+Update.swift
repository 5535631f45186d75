import ThdashExtraction
import ThdashModel

extension AppState {
    /// Handles a key: the key map turns it into a command (mouse events into clicks and scrolls).
    public mutating func handle(_ key: Key) -> Effect? {
        switch key {
        case .mouse(.click(let x, let y)): return update(.click(x: x, y: y))
        case .mouse(.scrollUp): return update(.scroll(up: true))
        case .mouse(.scrollDown): return update(.scroll(up: false))
        default:
            guard let command = KeyMap.command(for: key, searching: search.isEditing) else { return nil }
            return update(.command(command))
        }
    }

    /// The one place the state changes. No I/O: what the runtime must do is returned.
    public mutating func update(_ action: Action) -> Effect? {
        var effect: Effect?
        switch action {
        case .command(let command):
            notice = nil
            effect = perform(command)
        case .click(let x, let y):
            notice = nil
            effect = click(x: x, y: y)
        case .scroll(let up):
            if fits { move(by: up ? -3 : 3) }
        case .resize(let width, let height):
            self.width = max(0, width)
            self.height = max(0, height)
        case .loadProgress(let done, let total):
            if loading != .finished { loading = .reading(done: done, total: total) }
        case .loadBuilding:
            if loading != .finished { loading = .building }
        case .loaded(let dataset, let failures, let skipped):
            finishLoading(dataset, failures: failures, skipped: skipped)
        case .cacheNote(let note):
            cacheNotes.append(note)
        case .articleRead(let path, let result):
            articleRead(path: path, result)
        }
        cacheLists(for: page)
        layoutReader()
        keepSelectionVisible()
        return effect
    }

    private mutating func perform(_ command: Command) -> Effect? {
        if !fits, command != .quit, command != .redraw { return nil }
        switch command {
        case .quit: return .quit
        case .redraw: return .redraw
        case .toggleHelp:
            showsHelp.toggle()
            helpOffset = 0
        case .back: back()
        case _ where showsHelp: scrollHelp(command)
        case _ where readerTakes(command): performInReader(command)
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -max(1, listViewport(for: page).height - 1))
        case .pageDown: move(by: max(1, listViewport(for: page).height - 1))
        case .moveToTop: move(to: 0)
        case .moveToBottom: move(to: rowCount(on: page) - 1)
        case .drillIn: return drillIn()
        case .showConflicts: showConflicts()
        case .nextTab: show(tab.next)
        case .previousTab: show(tab.previous)
        case .showTab(let tab): show(tab)
        case .previousPeriod: stepPeriod(forward: false)
        case .nextPeriod: stepPeriod(forward: true)
        case .cycleGranularity: cycleGranularity()
        case .cycleBasis: cycleBasis()
        case .togglePin:
            if pinnedPeriod != nil {
                pinnedPeriod = nil
                notice = strings.unpinned
            } else if let period {
                pinnedPeriod = period
                notice = strings.pinned(strings.period(period))
            }
            refreshRows()
        case .toggleAllProducts:
            guard pageListsProducts else { return nil }
            changeSelection(startingOver: true) { $0.showsAllProducts.toggle() }
        case .cycleSort:
            guard pageSorts else { return nil }
            changeSelection(startingOver: true) { $0.sort = $0.sort.cycled }
        case .reverseSort:
            guard pageSorts else { return nil }
            changeSelection(startingOver: true) { $0.sort = $0.sort.reversed }
        case .toggleLanguage: changeSelection(startingOver: false) { $0.language = $0.language.toggled }
        case .beginSearch:
            // The overview's few movers are no place to search: search the full products table.
            if rowProducts(on: page) == nil || page == .tab(.overview) { show(.products) }
            search = SearchState(query: "", isEditing: true)
        case .searchInput(let text):
            search.query.append(contentsOf: text)
            jumpToMatch(from: cursor(page).selected, forward: true, includingStart: true)
        case .searchErase:
            if search.query.isEmpty {
                search.isEditing = false
            } else {
                search.query.removeLast()
                jumpToMatch(from: cursor(page).selected, forward: true, includingStart: true)
            }
        case .searchSubmit:
            search.isEditing = false
        case .searchCancel:
            search = SearchState()
        case .nextMatch: jumpToMatch(from: cursor(page).selected, forward: true, includingStart: false)
        case .previousMatch: jumpToMatch(from: cursor(page).selected, forward: false, includingStart: false)
        }
        return nil
    }

    /// Esc/Backspace: close help, then the search, then one drill-down level; nothing at a tab's own screen.
    /// The reader and the conflicts page, which the search does not act on, close first.
    private mutating func back() {
        if showsHelp {
            showsHelp = false
        } else if (search.isActive || search.isEditing) && !page.ignoresSearch {
            search = SearchState()
        } else if !stack.isEmpty {
            stack.removeLast()
        }
    }

    private mutating func scrollHelp(_ command: Command) {
        switch command {
        case .moveUp: helpOffset = max(0, helpOffset - 1)
        case .moveDown: helpOffset += 1
        case .pageUp: helpOffset = max(0, helpOffset - 10)
        case .pageDown: helpOffset += 10
        case .moveToTop: helpOffset = 0
        default: break
        }
        let rows = Box().inner(Layout(width: width, height: height).body).height
        helpOffset = HelpScreen.firstLine(offset: helpOffset, height: rows, strings: strings)
    }

    private mutating func show(_ tab: Tab) {
        let product = selectedProductID
        self.tab = tab
        stack = []
        showsHelp = false
        // Products and chart list the same selection: keep the same product selected across them.
        if let product, let list = rowProducts(on: page),
            let index = list.firstIndex(where: { $0?.id == product })
        {
            cursors[page, default: ListCursor()].selected = index
        }
    }

    private mutating func drillIn() -> Effect? {
        switch page {
        case .tab(.lines):
            let sections = lineSections
            let index = cursor(page).selected
            guard sections.indices.contains(index) else { return nil }
            stack.append(.line(sections[index].line.id))
            cacheLists(for: page)
        case .tab(.sources): return openSelectedArticle()
        case .product(let id): return openProductSource(id)
        case .conflicts: return openConflictSource()
        case .article: return nil
        case .tab(.matrix):
            let lines = matrixLines
            let index = cursor(page).selected
            guard lines.indices.contains(index) else { return nil }
            if case .line(let line) = lines[index] {
                stack.append(.line(line.id))
                cacheLists(for: page)
                return nil
            }
            openProduct()
        default:
            openProduct()
        }
        return nil
    }

    /// Opens the selected product's history at the figure of the period and basis in force.
    private mutating func openProduct() {
        guard let id = selectedProductID, let dataset else { return }
        let next = Page.product(id)
        cacheLists(for: next)
        let history = self.history(of: id) ?? ProductHistory(dataset: dataset, product: id)
        cursors[next] = ListCursor(selected: history.initialSelection(period: period, mode: mode))
        stack.append(next)
    }

    /// The product selected in the current list, when it lists products.
    public var selectedProductID: String? {
        guard let list = rowProducts(on: page) else { return nil }
        let index = cursor(page).selected
        return list.indices.contains(index) ? list[index]?.id : nil
    }

    /// Whether the screen in view lists products in the sort order in force (`s` and `S` act there only).
    public var pageSorts: Bool {
        switch page {
        case .tab(.products), .tab(.chart), .line: return true
        default: return false
        }
    }

    /// Whether the screen in view lists products that `a` can show all of.
    var pageListsProducts: Bool {
        switch page {
        case .tab(.products), .line: return true
        default: return false
        }
    }

    /// The periods ← and → go to: the nearest before and after the one in force, of its granularity, in
    /// which this screen has a figure for the basis.
    public var periodNeighbours: (before: PeriodKey?, after: PeriodKey?) {
        guard let period else { return (nil, nil) }
        let choices = periodChoices.filter { $0.granularity == period.granularity }
        return (choices.last { $0 < period }, choices.first { $0 > period })
    }

    /// ← →: the period before or after this one, of its granularity, in which this screen has a figure for
    /// the basis.
    private mutating func stepPeriod(forward: Bool) {
        guard period != nil else { return }
        let neighbours = periodNeighbours
        guard let next = forward ? neighbours.after : neighbours.before else {
            notice = forward ? strings.noLaterPeriod : strings.noEarlierPeriod
            return
        }
        changeSelection(startingOver: true) { $0.period = next }
    }

    /// p: the next granularity that has periods with a figure here, at the period of it nearest this one.
    private mutating func cycleGranularity() {
        guard let period else { return }
        let choices = periodChoices
        var granularity = period.granularity.next
        while granularity != period.granularity {
            let candidates = choices.filter { $0.granularity == granularity }
            if let nearest = Self.nearest(to: period, among: candidates) {
                changeSelection(startingOver: true) { $0.period = nearest }
                return
            }
            granularity = granularity.next
        }
        notice = strings.noOtherGranularity
    }

    /// b: the next basis; the period stays when this screen has a figure for the new basis in it, else moves
    /// to the nearest period that has one (of the same granularity when there is one), and says so.
    private mutating func cycleBasis() {
        let modes = ComparisonMode.allCases
        let next = modes[(modes.firstIndex(of: mode)! + 1) % modes.count]
        let key = PeriodChoicesKey(mode: next, scope: periodScope)
        let choices = cache.periodChoices[key] ?? dataset?.periods(with: next, in: periodScope) ?? []
        cache.periodChoices[key] = choices
        let before = period
        var target = period
        if let period, !choices.contains(period) {
            let alike = choices.filter { $0.granularity == period.granularity }
            target = Self.nearest(to: period, among: alike) ?? Self.nearest(to: period, among: choices) ?? period
        }
        changeSelection(startingOver: true) {
            $0.mode = next
            $0.period = target
        }
        if let from = before, let to = target, from != to {
            notice = strings.basisMoved(
                strings.mode(next, for: to), strings.period(from), strings.period(to))
        } else if choices.isEmpty {
            notice = strings.basisNowhere(strings.mode(next, for: before))
        }
    }

    /// The candidate whose last month is nearest `period`'s, the earlier on a tie; nil when there is none.
    static func nearest(to period: PeriodKey, among candidates: [PeriodKey]) -> PeriodKey? {
        func month(_ key: PeriodKey) -> Int { key.year * 12 + key.lastMonth }
        return candidates.min { a, b in
            let (da, db) = (abs(month(a) - month(period)), abs(month(b) - month(period)))
            return da != db ? da < db : a < b
        }
    }

    /// Applies a change to what the lists show. After a change of period, basis, sort or filter
    /// (`startingOver`) every list starts again at its top, where its figures are, but the matrix, whose
    /// rows stay; a language change keeps the selected product selected in every list.
    private mutating func changeSelection(startingOver: Bool, _ change: (inout AppState) -> Void) {
        var selected: [Page: String] = [:]
        for page in cursors.keys {
            if let list = rowProducts(on: page), list.indices.contains(cursor(page).selected),
                let product = list[cursor(page).selected]
            {
                selected[page] = product.id
            }
        }
        change(&self)
        refreshRows()
        // The matrix, once made, follows the basis and length at once: restoring its row asks for it.
        if !cache.matrices.isEmpty { cacheMatrix() }
        // The matrix keeps its row: a new period is another column of the same rows.
        if startingOver {
            for page in cursors.keys where page != .tab(.matrix) && page != .conflicts {
                if case .product = page { continue }
                cursors[page] = ListCursor()
            }
        }
        for (page, id) in selected where !startingOver || page == .tab(.matrix) {
            if let index = rowProducts(on: page)?.firstIndex(where: { $0?.id == id }) {
                cursors[page]?.selected = index
            }
        }
        // On a product's page, follow the period and basis to their figure when the product has one.
        if case .product(let id) = page, let period, let entries = history(of: id)?.entries {
            if let index = entries.firstIndex(where: {
                $0.period == period && mode.includes(kind: $0.kind, basis: $0.basis)
            }) {
                cursors[page]?.selected = index
            }
        }
    }

    private mutating func move(by delta: Int) {
        if showsHelp {
            scrollHelp(delta < 0 ? .moveUp : .moveDown)
            return
        }
        if case .article = page {
            scrollReader(by: delta)
            return
        }
        move(to: cursor(page).selected + delta)
    }

    private mutating func move(to index: Int) {
        let count = rowCount(on: page)
        guard count > 0 else { return }
        cursors[page, default: ListCursor()].selected = min(max(0, index), count - 1)
    }

    /// Moves to the next (or previous) product whose name contains the query, ignoring diacritics; wraps.
    private mutating func jumpToMatch(from start: Int, forward: Bool, includingStart: Bool) {
        guard search.isActive, let list = rowProducts(on: page), !list.isEmpty else { return }
        let count = list.count
        let first = includingStart ? 0 : 1
        for step in first...count {
            let index = ((start + (forward ? step : -step)) % count + count) % count
            if let product = list[index], matches(product) {
                cursors[page, default: ListCursor()].selected = index
                return
            }
        }
        notice = strings.noMatch(search.query)
    }

    /// True when the product's Vietnamese or English name contains the query, ignoring case and diacritics.
    public func matches(_ product: Product) -> Bool {
        let query = cache.foldedQuery
        guard !query.isEmpty else { return false }
        let folded =
            dataset?.foldedName(of: product.id)
            ?? FoldedName(vietnamese: VietnameseText.fold(product.name), english: VietnameseText.fold(product.nameEN))
        return folded.contains(query)
    }

    private mutating func click(x: Int, y: Int) -> Effect? {
        guard fits, !showsHelp else { return nil }
        let layout = Layout(width: width, height: height)
        if layout.tabs.contains(x: x, y: y) {
            if let tab = TabBar.tab(atColumn: x - layout.tabs.x, strings: strings) { show(tab) }
            return nil
        }
        if layout.title.contains(x: x, y: y) {
            if DashboardView.conflictCountColumns(self).contains(x) { showConflicts() }
            return nil
        }
        let viewport = listViewport(for: page)
        guard viewport.contains(x: x, y: y) else { return nil }
        let row =
            page == .tab(.overview)
            ? OverviewScreen.moverIndex(
                atY: y, body: Layout(width: width, height: height).body, movers: movers,
                outlook: headlines.production?.outlook != nil)
            : cursor(page).offset + (y - viewport.y)
        guard let index = row, index < rowCount(on: page) else { return nil }
        if index == cursor(page).selected { return drillIn() }
        cursors[page, default: ListCursor()].selected = index
        return nil
    }

    /// Clamps the current list's selection and scrolls it into view, as the screens will draw it.
    private mutating func keepSelectionVisible() {
        let count = rowCount(on: page)
        var cursor = cursor(page)
        cursor.selected = min(max(0, cursor.selected), max(0, count - 1))
        cursor.offset = Scrolling.offset(
            selected: cursor.selected, current: cursor.offset, visibleRows: listViewport(for: page).height,
            rowCount: count)
        if cursor != self.cursor(page) || cursors[page] != nil { cursors[page] = cursor }
    }
}
