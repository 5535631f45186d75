import ThdashModel

/// Lists the screens show that derive from `AppState.productRows` or from the screen stack, kept with the
/// state so that a key press and a frame do not rebuild them. `AppState.refreshRows`, the one place the
/// rows change, remakes the chart rows, the movers and every opened line's rows with them; the entries
/// made for a page (a product's history, the Lines screen's sections, the match count) say what they were
/// made for, and a getter that finds no matching entry computes the list afresh.
struct ListCache: Sendable {
    /// Every product's row for a period and basis, in catalog order: `productRows` before sorting.
    var catalogRows: (period: PeriodKey, mode: ComparisonMode, rows: [ProductRow])?
    /// Every product's row (indices, aggregates and other measures too) in the order in force: what a line's
    /// page lists.
    var allRows: [ProductRow] = []
    /// `productRows` of catalog products that have a figure (the chart's rows).
    var chartRows: [ProductRow] = []
    /// The overview's risers and fallers among `productRows`.
    var movers = Movers(rows: [])
    /// How many listed products have a figure for the period and basis, and how many there are (the
    /// products list may hold only the first).
    var listedCounts = (filled: 0, total: 0)
    /// The periods with a figure for a basis on a screen's scope, for the last pair asked.
    var periodChoices: [PeriodChoicesKey: [PeriodKey]] = [:]
    /// Each product's row in the pinned period, by product id, for the period and basis it was made for.
    var pinnedRows: (period: PeriodKey, mode: ComparisonMode, rows: [String: ProductRow])?
    /// The rows of each product line opened with Enter, by line id: `allRows` of that line, in order.
    var lineRows: [String: [ProductRow]] = [:]
    /// The Lines screen's sections and the period and basis they were made for.
    var sections: (period: PeriodKey, mode: ComparisonMode, sections: [LineSection])?
    /// The periods matrices made so far, by basis and length of period.
    var matrices: [MatrixContents.Key: MatrixContents] = [:]
    /// The history of the product opened with Enter.
    var history: (product: String, history: ProductHistory)?
    /// The search query folded (`VietnameseText.fold`).
    var foldedQuery = ""
    /// Counts `refreshRows` calls, so entries made from the rows can tell they are stale.
    var generation = 0
    /// How many products of a page's list match a query, for the rows of one generation.
    var matchCount: (page: Page, query: String, generation: Int, count: Int)?
}

/// The periods with a figure are asked for by basis and scope: each pair is kept once found (a screen's
/// scopes and the three bases make a handful), so that `b` and ← → never scan the dataset twice.
struct PeriodChoicesKey: Hashable, Sendable {
    var mode: ComparisonMode
    var scope: PeriodScope
}
