import Testing
import ThdashUI

@Suite struct TableTests {
    let columns = [
        TableColumn("Tên", width: .fixed(6)),
        TableColumn("Mô tả", width: .fill()),
        TableColumn("Số", width: .fixed(5), alignment: .right),
    ]
    let rows: [[TableCell]] = [
        ["Xi măng Bỉm Sơn", "xi măng", "1.250"],
        ["Điện", TableCell("thương phẩm"), "42"],
        ["Giày", .missing, TableCell("−3,5", style: Style(.negative))],
        ["中文字汉", "wide", "7"],
        ["Bia", "lon"],
    ]

    @Test func columnWidthsServeFixedThenFill() {
        let table = Table(columns: columns, rows: rows)
        #expect(table.columnWidths(forWidth: 20) == [6, 7, 5])
        #expect(table.columnWidths(forWidth: 10) == [6, 1, 1])
        #expect(table.columnWidths(forWidth: 0) == [0, 0, 0])
        let weighted = Table(
            columns: [TableColumn("a", width: .fill(weight: 2)), TableColumn("b", width: .fill(minimum: 3))], rows: [])
        #expect(weighted.columnWidths(forWidth: 13) == [7, 5])
    }

    @Test func rendersHeaderRuleRowsTruncatedAndAligned() {
        var buffer = Buffer.sentinel(22, 8)
        Table(columns: columns, rows: rows).render(in: Rect(x: 1, y: 0, width: 20, height: 7), buffer: &buffer)
        #expect(
            buffer.lines == [
                "xTên    Mô tả      Sốx",
                "x────────────────────x",
                "xXi mă… xi măng 1.250x",
                "xĐiện   thương…    42x",
                "xGiày   —        −3,5x",
                "x中文…  wide        7x",
                "xBia    lon         —x",
                "xxxxxxxxxxxxxxxxxxxxxx",
            ])
        let mask = buffer.styleMask()
        #expect(mask[0] == ".hhhhhhhhhhhhhhhhhhhh.")
        #expect(mask[1] == ".bbbbbbbbbbbbbbbbbbbb.")
        #expect(mask[4] == "........d........----.")
    }

    @Test func selectedRowIsHighlightedAcrossTheTable() {
        var buffer = Buffer.sentinel(22, 6)
        Table(columns: columns, rows: rows, selected: 2).render(
            in: Rect(x: 1, y: 0, width: 20, height: 6), buffer: &buffer)
        let mask = buffer.styleMask()
        #expect(mask[4] == ".ssssssssssssssssssss.")
        #expect(mask[3] == "......................")
        #expect(buffer.lines[4] == "xGiày   —        −3,5x")
    }

    @Test func scrollsToKeepTheSelectionVisible() {
        var buffer = Buffer.sentinel(22, 5)
        Table(columns: columns, rows: rows, selected: 3, offset: 0).render(
            in: Rect(x: 1, y: 0, width: 20, height: 5), buffer: &buffer)
        #expect(buffer.lines[2].hasPrefix("xĐiện"))
        #expect(buffer.lines[4].hasPrefix("x中文…"))
        #expect(buffer.styleMask()[4] == ".ssssssssssssssssssss.")

        var past = Buffer.sentinel(22, 5)
        Table(columns: columns, rows: rows, offset: 99).render(
            in: Rect(x: 1, y: 0, width: 20, height: 5), buffer: &past)
        #expect(past.lines[2].hasPrefix("xGiày"))
        #expect(past.lines[4].hasPrefix("xBia"))
    }

    @Test func onlyVisibleRowsAreAskedFor() {
        var asked: [Int] = []
        let table = Table(
            columns: [TableColumn("n")], rowCount: 1_000, selected: 500, offset: 490,
            row: { index in
                asked.append(index)
                return [TableCell("\(index)")]
            })
        var buffer = Buffer(width: 10, height: 12)
        table.render(in: buffer.area, buffer: &buffer)
        #expect(asked == Array(491...500))
        #expect(buffer.lines[11] == "500       ")
    }

    @Test func headerlessTableStartsAtTheTop() {
        var table = Table(columns: columns, rows: rows)
        table.showsHeader = false
        #expect(table.bodyHeight(forHeight: 4) == 4)
        var buffer = Buffer.sentinel(20, 2)
        table.render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines[0] == "Xi mă… xi măng 1.250")
        #expect(Table(columns: columns, rows: rows).bodyHeight(forHeight: 1) == 0)
    }

    @Test func emptyAndTinyAreasAreSafe() {
        var buffer = Buffer.sentinel(6, 3)
        let table = Table(columns: columns, rows: rows, selected: 4)
        table.render(in: Rect(x: 2, y: 1, width: 0, height: 2), buffer: &buffer)
        table.render(in: Rect(x: 2, y: 1, width: 3, height: 0), buffer: &buffer)
        table.render(in: Rect(x: 9, y: 9, width: 3, height: 3), buffer: &buffer)
        #expect(buffer.lines == ["xxxxxx", "xxxxxx", "xxxxxx"])
        table.render(in: Rect(x: 4, y: 2, width: 50, height: 50), buffer: &buffer)
        #expect(buffer.lines == ["xxxxxx", "xxxxxx", "xxxxT…"])
        Table(columns: [], rows: []).render(in: buffer.area, buffer: &buffer)
        Table(columns: columns, rowCount: -5) { _ in [] }.render(in: buffer.area, buffer: &buffer)
    }
}
