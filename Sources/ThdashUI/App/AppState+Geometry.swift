import ThdashModel

extension AppState {
    /// Where the current screen draws the rows of a page's list (its height is the page size for PgUp/PgDn;
    /// clicks inside it select rows). Empty for pages without a list.
    func listViewport(for page: Page) -> Rect {
        guard fits, !showsHelp else { return .zero }
        let body = Layout(width: width, height: height).body
        switch page {
        case .tab(.overview):
            return OverviewScreen.moverArea(body, movers: movers, outlook: headlines.production?.outlook != nil)
        case .tab(.chart): return ChartScreen.rows(body)
        case .tab(.matrix): return MatrixScreen.rows(body)
        case .tab(.products), .tab(.lines), .tab(.sources), .line: return ListFrame.rows(body)
        case .product(let id):
            guard let history = history(of: id) else { return .zero }
            return ProductScreen.rows(body, history: history)
        case .conflicts: return ListFrame.rows(body)
        case .article: return .zero
        }
    }
}
