import ThdashModel

/// Products: every product for the chosen period and basis, in the sort order in force.
struct ProductsScreen {
    var state: AppState

    func render(in body: Rect, buffer: inout Buffer) {
        let rows = state.productRows
        ListCaption(state: state, page: .tab(.products), rows: rows.count).render(
            in: ListFrame.caption(body), visible: ListFrame.rows(body).height, buffer: &buffer)
        let table = ProductTable(state: state, rows: rows, cursor: state.cursor(.tab(.products)))
        table.render(in: ListFrame.table(body), buffer: &buffer)
    }
}
