import ThdashExtraction
import ThdashModel

extension AppState {
    /// Recomputes `productRows` after the data, period, basis, sort or language changed, and the lists
    /// derived from them.
    mutating func refreshRows() {
        if let dataset, let pinned = pinnedPeriod,
            cache.pinnedRows.map({ $0.period != pinned || $0.mode != mode }) ?? true
        {
            let rows = dataset.rows(period: pinned, mode: mode, order: .catalog)
            cache.pinnedRows = (
                pinned, mode, Dictionary(rows.map { ($0.product.id, $0) }, uniquingKeysWith: { a, _ in a })
            )
        }
        if let dataset, let period {
            // A new sort or language reorders the period's rows; only a new period or basis remakes them.
            if cache.catalogRows.map({ $0.period != period || $0.mode != mode }) ?? true {
                cache.catalogRows = (period, mode, dataset.rows(period: period, mode: mode, order: .catalog))
            }
            cache.allRows = ordered(cache.catalogRows!.rows, in: dataset)
            let listed = Self.productsOnly(cache.allRows)
            cache.listedCounts = (listed.count { $0.value != nil }, listed.count)
            productRows = shown(listed)
        } else {
            cache.allRows = []
            cache.listedCounts = (0, 0)
            productRows = []
        }
        cache.generation += 1
        // Rankings rank products the catalog knows: indices, aggregates and unknown subjects have their own place.
        let ranked = productRows.filter { $0.product.kind == .product }
        cache.chartRows = ranked.filter { $0.value != nil }
        cache.movers = Movers(rows: ranked, plan: mode == .planCompletion)
        for line in cache.lineRows.keys { cache.lineRows[line] = lineRows(line) }
    }

    /// A list's rows as the lists show them: those with a figure for the period (its basis's figure or its
    /// output, or a figure in the pinned period), or, with `showsAllProducts`, every row with those first.
    private func shown(_ rows: [ProductRow]) -> [ProductRow] {
        let listed = { (row: ProductRow) in Self.hasFigure(row) || self.pinnedRow(of: row.product)?.observation != nil }
        let filled = rows.filter(listed)
        return showsAllProducts ? filled + rows.filter { !listed($0) } : filled
    }

    /// The row shows a figure: its basis's, or the product's output.
    static func hasFigure(_ row: ProductRow) -> Bool { row.observation != nil || row.valueObservation != nil }

    /// How many rows of a page's list have a figure for the basis, and how many products the page covers
    /// (those without a figure included, listed or not).
    public func listCounts(on page: Page) -> (filled: Int, total: Int) {
        switch page {
        case .line(let id):
            let rows = cache.allRows.filter { $0.product.line == id }
            return (rows.count { $0.value != nil }, rows.count)
        default:
            return cache.listedCounts
        }
    }

    /// The periods, in time order, in which the current screen has a figure for the current basis.
    public var periodChoices: [PeriodKey] {
        let scope = periodScope
        if let cached = cache.periodChoices[PeriodChoicesKey(mode: mode, scope: scope)] { return cached }
        return dataset?.periods(with: mode, in: scope) ?? []
    }

    /// Whose figures the current screen shows, for `periodChoices`.
    var periodScope: PeriodScope {
        switch page {
        case .tab(.products), .tab(.chart): return .listedProducts
        case .line(let id): return .line(id)
        case .product(let id): return .product(id)
        case .tab(.overview): return .overview
        case .tab, .conflicts, .article: return .everything
        }
    }

    /// The products screen's rows: physical products' output, the catalog's first and subjects it does not
    /// know after them, each group in the order in force.
    static func productsOnly(_ rows: [ProductRow]) -> [ProductRow] {
        let listed = rows.filter { $0.product.isListedProduct }
        return listed.filter { $0.product.kind == .product } + listed.filter { $0.product.kind == .unknown }
    }

    /// A line's rows taken from every row in order: the same rows, in the same order, as `rows(line:)` makes
    /// (every order sorts a line's rows as it sorts them among all rows).
    private func lineRows(_ line: String) -> [ProductRow] {
        shown(cache.allRows.filter { $0.product.line == line })
    }

    /// Makes sure the cache holds the lists `page` shows (a line's rows, a product's history, the Lines
    /// screen's sections); called for the page on top after every action.
    mutating func cacheLists(for page: Page) {
        switch page {
        case .line(let id):
            if cache.lineRows[id] == nil { cache.lineRows[id] = lineRows(id) }
        case .product(let id):
            if cache.history?.product != id, let dataset {
                cache.history = (id, ProductHistory(dataset: dataset, product: id))
            }
        case .tab(.lines):
            if let dataset, let period, cache.sections.map({ $0.period != period || $0.mode != mode }) ?? true {
                cache.sections = (period, mode, dataset.sections(period: period, mode: mode))
            }
        case .tab(.matrix): cacheMatrix()
        case .tab, .conflicts, .article: break
        }
        let choicesKey = PeriodChoicesKey(mode: mode, scope: periodScope)
        if let dataset, cache.periodChoices[choicesKey] == nil {
            cache.periodChoices[choicesKey] = dataset.periods(with: mode, in: periodScope)
        }
        if search.isActive, !matchCountIsCached(on: page), let count = countMatches(on: page) {
            cache.matchCount = (page, search.query, cache.generation, count)
        }
    }

    private func matchCountIsCached(on page: Page) -> Bool {
        guard let cached = cache.matchCount else { return false }
        return cached.page == page && cached.query == search.query && cached.generation == cache.generation
    }

    /// How many products of the page's list match the search; nil when there is no search or the page
    /// lists no products.
    public func matchCount(on page: Page) -> Int? {
        if search.isActive, matchCountIsCached(on: page), let cached = cache.matchCount { return cached.count }
        return countMatches(on: page)
    }

    private func countMatches(on page: Page) -> Int? {
        guard search.isActive, let list = rowProducts(on: page) else { return nil }
        return list.count { $0.map(matches) ?? false }
    }

    /// The product's row in the pinned period (`c`), for the basis in force; nil when nothing is pinned.
    public func pinnedRow(of product: Product) -> ProductRow? {
        guard let pinned = pinnedPeriod else { return nil }
        if let cached = cache.pinnedRows, cached.period == pinned, cached.mode == mode {
            return cached.rows[product.id]
        }
        return dataset?.rows(period: pinned, mode: mode, order: .catalog).first { $0.product.id == product.id }
    }

    /// The rows of one line (or of every product) for the period, basis and sort in force, as the lists
    /// show them.
    public func rows(line: String?) -> [ProductRow] {
        guard let dataset, let period else { return [] }
        return shown(ordered(dataset.rows(period: period, mode: mode, line: line, order: .catalog), in: dataset))
    }

    /// Rows in catalog order put in the sort order in force.
    private func ordered(_ rows: [ProductRow], in dataset: Dataset) -> [ProductRow] {
        switch sort.column {
        case .line:
            return sort.descending ? rows.reversed() : rows
        case .figure:
            return dataset.sorted(rows, by: sort.descending ? .valueDescending : .valueAscending)
        case .product where language == .vietnamese:
            // The dataset ranked the Vietnamese names once, by `VietnameseSortKey`.
            let byName = dataset.sorted(rows, by: .name)
            return sort.descending ? byName.reversed() : byName
        case .product:
            let keys = rows.map { VietnameseSortKey(name(of: $0.product)) }
            let order = rows.indices.sorted { a, b in
                keys[a] != keys[b] ? (keys[a] < keys[b]) != sort.descending : a < b
            }
            return order.map { rows[$0] }
        }
    }

    /// Rows of the chart: the products list's rows that have a figure.
    public var chartRows: [ProductRow] { cache.chartRows }

    /// The overview's risers and fallers among the products list's rows.
    public var movers: Movers { cache.movers }

    /// The overview's key figures for the period in force (`Dataset.headlines(at:mode:)`); the latest ones
    /// before any period is chosen.
    public var headlines: Headlines {
        guard let dataset else { return Headlines() }
        guard let period else { return dataset.headlines }
        return dataset.headlines(at: period, mode: mode)
    }

    /// Both groups of `movers`, as the overview's cursor walks them.
    public var moverRows: [ProductRow] { cache.movers.rows }

    /// A product's history (its page's list), kept from when its page was opened.
    public func history(of id: String) -> ProductHistory? {
        if let cached = cache.history, cached.product == id { return cached.history }
        return dataset.map { ProductHistory(dataset: $0, product: id) }
    }

    /// The product rows a page lists, for pages that list products.
    public func productList(on page: Page) -> [ProductRow]? {
        switch page {
        case .tab(.products): return productRows
        case .tab(.chart): return chartRows
        case .tab(.overview): return cache.movers.rows
        case .line(let id): return cache.lineRows[id] ?? rows(line: id)
        default: return nil
        }
    }

    /// The product on each row of a page's list (nil on a row that is no product, such as a heading), for
    /// pages whose rows are products: selection, search and keeping a product selected use it.
    public func rowProducts(on page: Page) -> [Product?]? {
        if page == .tab(.matrix) {
            return matrixLines.map { line in
                guard case .product(let row) = line else { return nil }
                return matrix?.rows[row].product
            }
        }
        return productList(on: page)?.map(\.product)
    }

    /// How many rows the page's list has.
    public func rowCount(on page: Page) -> Int {
        if let list = productList(on: page) { return list.count }
        switch page {
        case .tab(.matrix): return matrixLines.count
        case .tab(.lines): return lineSections.count
        case .tab(.sources): return (dataset?.articles.count ?? 0) + failures.count + skipped.count + cacheNotes.count
        case .product(let id): return history(of: id)?.entries.count ?? 0
        case .conflicts: return conflictRows.count
        default: return 0
        }
    }

    /// Product lines with their rows for the period and basis, in catalog order.
    public var lineSections: [LineSection] {
        guard let dataset, let period else { return [] }
        if let cached = cache.sections, cached.period == period, cached.mode == mode { return cached.sections }
        return dataset.sections(period: period, mode: mode)
    }

    /// A product's name in the current language (the Vietnamese one when it has no English name).
    public func name(of product: Product) -> String {
        language == .english && !product.nameEN.isEmpty ? product.nameEN : product.name
    }

    /// A product line's name in the current language.
    public func name(of line: ProductLine) -> String {
        language == .english && !line.nameEN.isEmpty ? line.nameEN : line.name
    }

    /// The name of the line with this id, in the current language.
    public func lineName(id: String) -> String {
        dataset?.line(id: id).map { name(of: $0) } ?? id
    }
}
