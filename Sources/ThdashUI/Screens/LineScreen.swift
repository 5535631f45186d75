import ThdashModel

/// One product line's products (Enter on the Lines screen), as the Products table shows them.
struct LineScreen {
    var state: AppState
    var line: String

    func render(in body: Rect, buffer: inout Buffer) {
        let page = Page.line(line)
        let rows = state.productList(on: page) ?? []
        let caption = ListFrame.caption(body)
        let written = buffer.write(state.lineName(id: line) + " · ", in: caption, style: Style(.header))
        ListCaption(state: state, page: page, rows: rows.count).render(
            in: caption.splitLeft(written).rest, visible: ListFrame.rows(body).height, buffer: &buffer)
        var table = ProductTable(state: state, rows: rows, cursor: state.cursor(page))
        table.showsLine = false
        table.render(in: ListFrame.table(body), buffer: &buffer)
    }
}
