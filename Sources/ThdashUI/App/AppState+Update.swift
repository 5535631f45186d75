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
            click(x: x, y: y)
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
        }
        cacheLists(for: page)
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
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -max(1, listViewport(for: page).height - 1))
        case .pageDown: move(by: max(1, listViewport(for: page).height - 1))
        case .moveToTop: move(to: 0)
        case .moveToBottom: move(to: rowCount(on: page) - 1)
        case .drillIn: drillIn()
        case .nextTab: show(tab.next)
        case .previousTab: show(tab.previous)
        case .showTab(let tab): show(tab)
        case .previousPeriod: stepPeriod(forward: false)
        case .nextPeriod: stepPeriod(forward: true)
        case .cycleBasis:
            let modes = ComparisonMode.allCases
            changeSelection { $0.mode = modes[(modes.firstIndex(of: $0.mode)! + 1) % modes.count] }
        case .cycleSort: changeSelection { $0.sort = $0.sort.cycled }
        case .reverseSort: changeSelection { $0.sort = $0.sort.reversed }
        case .toggleLanguage: changeSelection { $0.language = $0.language.toggled }
        case .beginSearch:
            // The overview's few movers are no place to search: search the full products table.
            if productList(on: page) == nil || page == .tab(.overview) { show(.products) }
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
    private mutating func back() {
        if showsHelp {
            showsHelp = false
        } else if search.isActive || search.isEditing {
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
        if let product, let list = productList(on: page),
            let index = list.firstIndex(where: { $0.product.id == product })
        {
            cursors[page, default: ListCursor()].selected = index
        }
    }

    private mutating func drillIn() {
        switch page {
        case .tab(.lines):
            let sections = lineSections
            let index = cursor(page).selected
            guard sections.indices.contains(index) else { return }
            stack.append(.line(sections[index].line.id))
            cacheLists(for: page)
        case .tab(.sources), .product:
            return
        default:
            guard let id = selectedProductID, let dataset else { return }
            let next = Page.product(id)
            cacheLists(for: next)
            let history = self.history(of: id) ?? ProductHistory(dataset: dataset, product: id)
            cursors[next] = ListCursor(selected: history.initialSelection(period: period, mode: mode))
            stack.append(next)
        }
    }

    /// The product selected in the current list, when it lists products.
    public var selectedProductID: String? {
        guard let list = productList(on: page) else { return nil }
        let index = cursor(page).selected
        return list.indices.contains(index) ? list[index].product.id : nil
    }

    private mutating func stepPeriod(forward: Bool) {
        guard let dataset, let period else { return }
        var line: String?
        if case .line(let id) = page { line = id }
        let next = forward ? dataset.period(after: period, line: line) : dataset.period(before: period, line: line)
        guard let next else {
            notice = forward ? strings.noLaterPeriod : strings.noEarlierPeriod
            return
        }
        changeSelection { $0.period = next }
    }

    /// Applies a change to what the lists show, keeping the selected product selected in every list.
    private mutating func changeSelection(_ change: (inout AppState) -> Void) {
        var selected: [Page: String] = [:]
        for page in cursors.keys {
            if let list = productList(on: page), list.indices.contains(cursor(page).selected) {
                selected[page] = list[cursor(page).selected].product.id
            }
        }
        change(&self)
        refreshRows()
        for (page, id) in selected {
            if let index = productList(on: page)?.firstIndex(where: { $0.product.id == id }) {
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
        move(to: cursor(page).selected + delta)
    }

    private mutating func move(to index: Int) {
        let count = rowCount(on: page)
        guard count > 0 else { return }
        cursors[page, default: ListCursor()].selected = min(max(0, index), count - 1)
    }

    /// Moves to the next (or previous) product whose name contains the query, ignoring diacritics; wraps.
    private mutating func jumpToMatch(from start: Int, forward: Bool, includingStart: Bool) {
        guard search.isActive, let list = productList(on: page), !list.isEmpty else { return }
        let count = list.count
        let first = includingStart ? 0 : 1
        for step in first...count {
            let index = ((start + (forward ? step : -step)) % count + count) % count
            if matches(list[index].product) {
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

    private mutating func click(x: Int, y: Int) {
        guard fits, !showsHelp else { return }
        let layout = Layout(width: width, height: height)
        if layout.tabs.contains(x: x, y: y) {
            if let tab = TabBar.tab(atColumn: x - layout.tabs.x, strings: strings) { show(tab) }
            return
        }
        let viewport = listViewport(for: page)
        guard viewport.contains(x: x, y: y) else { return }
        let index = cursor(page).offset + (y - viewport.y)
        guard index < rowCount(on: page) else { return }
        if index == cursor(page).selected {
            drillIn()
        } else {
            cursors[page, default: ListCursor()].selected = index
        }
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
