import ThdashExtraction
import ThdashModel

extension AppState {
    /// Recomputes `productRows` after the data, period, basis, sort or language changed.
    mutating func refreshRows() {
        productRows = rows(line: nil)
    }

    /// The rows of one line (or of every product) for the period, basis and sort in force.
    public func rows(line: String?) -> [ProductRow] {
        guard let dataset, let period else { return [] }
        switch sort.column {
        case .line:
            let rows = dataset.rows(period: period, mode: mode, line: line, order: .catalog)
            return sort.descending ? rows.reversed() : rows
        case .figure:
            return dataset.rows(
                period: period, mode: mode, line: line, order: sort.descending ? .valueDescending : .valueAscending)
        case .product:
            let rows = dataset.rows(period: period, mode: mode, line: line, order: .catalog)
            let keys = rows.map { VietnameseText.fold(name(of: $0.product)) }
            let order = rows.indices.sorted { a, b in
                keys[a] != keys[b] ? (keys[a] < keys[b]) != sort.descending : a < b
            }
            return order.map { rows[$0] }
        }
    }

    /// Rows of the chart: the products list's rows that have a figure.
    public var chartRows: [ProductRow] { productRows.filter { $0.observation != nil } }

    /// The product rows a page lists, for pages that list products.
    public func productList(on page: Page) -> [ProductRow]? {
        switch page {
        case .tab(.products): return productRows
        case .tab(.chart): return chartRows
        case .tab(.overview): return Movers(rows: productRows).rows
        case .line(let id): return rows(line: id)
        default: return nil
        }
    }

    /// How many rows the page's list has.
    public func rowCount(on page: Page) -> Int {
        if let list = productList(on: page) { return list.count }
        switch page {
        case .tab(.lines): return lineSections.count
        case .tab(.sources): return (dataset?.articles.count ?? 0) + failures.count
        case .product(let id): return dataset.map { ProductHistory(dataset: $0, product: id).entries.count } ?? 0
        default: return 0
        }
    }

    /// Product lines with their rows for the period and basis, in catalog order.
    public var lineSections: [LineSection] {
        guard let dataset, let period else { return [] }
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
