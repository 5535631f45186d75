import ThdashModel

/// The caption of a products list: how many products have a figure for the period and basis out of how
/// many the page covers, whether those without one are hidden (`a`), and where the visible rows sit in
/// the list ("12–34/53") when it does not fit.
struct ListCaption {
    var state: AppState
    var page: Page
    var rows: Int

    /// The caption's text after the page's own title.
    var text: String {
        let strings = state.strings
        let counts = state.listCounts(on: page)
        var text = strings.productsCaption(counts.filled, counts.total)
        let hidden = counts.total - rows
        if hidden > 0 {
            text += strings.hiddenRows(hidden)
        } else if state.showsAllProducts, counts.filled < counts.total {
            text += strings.allRowsShown
        }
        return text
    }

    /// "12–34/53" when the list's rows do not all fit in `visible` rows; empty otherwise.
    func position(visible: Int) -> String {
        guard rows > visible, visible > 0 else { return "" }
        let first = min(state.cursor(page).offset, rows - 1)
        let last = min(rows, first + visible)
        return "\(first + 1)–\(last)/\(rows)"
    }

    func render(in row: Rect, visible: Int, buffer: inout Buffer) {
        let position = position(visible: visible)
        let width = position.isEmpty ? 0 : buffer.write(position, in: row, alignment: .right, style: Style(.dim))
        buffer.write(text, in: row.splitRight(width + (width > 0 ? 2 : 0)).rest, style: Style(.dim))
    }
}
