import ThdashModel

/// One product line's products (Enter on the Lines screen), as the Products table shows them.
struct LineScreen {
    var state: AppState
    var line: String

    func render(in body: Rect, buffer: inout Buffer) {
        let page = Page.line(line)
        let rows = state.productList(on: page) ?? []
        let filled = rows.count { $0.value != nil }
        let caption = ListFrame.caption(body)
        let written = buffer.write(state.lineName(id: line), in: caption, style: Style(.header))
        buffer.write(
            " · " + state.strings.productsCaption(filled, rows.count), x: caption.x + written, y: caption.y,
            maxWidth: caption.width - written, style: Style(.dim))
        var table = ProductTable(state: state, rows: rows, cursor: state.cursor(page))
        table.showsLine = false
        table.render(in: ListFrame.table(body), buffer: &buffer)
    }
}
