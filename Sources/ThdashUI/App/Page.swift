/// One level of the screen stack: a tab's own screen, or a drill-down pushed over it with Enter.
public enum Page: Hashable, Sendable {
    case tab(Tab)
    /// The products of one product line (by line id).
    case line(String)
    /// One product's history and sources (by product id).
    case product(String)
    /// Every conflict between articles, one row per article's value (`!`).
    case conflicts
    /// The article reader (by the article's path), opened from an article or a figure.
    case article(String)

    /// The reader and the conflicts page list no products: Esc there leaves them rather than the search.
    var ignoresSearch: Bool {
        switch self {
        case .conflicts, .article: return true
        default: return false
        }
    }
}
