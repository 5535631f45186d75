import ThdashModel

/// Products: every product for the chosen period and basis, in the sort order in force.
struct ProductsScreen {
    var state: AppState

    func render(in body: Rect, buffer: inout Buffer) {
        let rows = state.productRows
        let filled = rows.count { $0.value != nil }
        buffer.write(state.strings.productsCaption(filled, rows.count), in: ListFrame.caption(body), style: Style(.dim))
        let table = ProductTable(state: state, rows: rows, cursor: state.cursor(.tab(.products)))
        table.render(in: ListFrame.table(body), buffer: &buffer)
    }
}
