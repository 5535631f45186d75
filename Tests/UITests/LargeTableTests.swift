import Testing
import ThdashUI

/// A full screen around a 1,000-row table draws the window around the selection. (How fast it draws is
/// measured by `thdash-bench ui`, never timed in a unit test.)
@Suite struct LargeTableTests {
    @Test func fullScreenWithAThousandRowTable() {
        let rows: [[TableCell]] = (0..<1_000).map { (i: Int) -> [TableCell] in
            let growth = Double(i % 41) - 20.5
            let role: ColorRole = growth >= 0 ? .positive : .negative
            let name = TableCell("Sản phẩm công nghiệp số \(i) của tỉnh Thanh Hóa")
            let unit: TableCell = i % 7 == 0 ? .missing : "tấn"
            return [name, TableCell(String(i * 137)), TableCell(SignedNumber.text(growth), style: Style(role)), unit]
        }
        let columns = [
            TableColumn("Sản phẩm"), TableColumn("Giá trị", width: .fixed(10), alignment: .right),
            TableColumn("Tăng", width: .fixed(7), alignment: .right), TableColumn("Đơn vị", width: .fixed(8)),
        ]
        var buffer = Buffer(width: 200, height: 60)
        let parts = buffer.area.split(.vertical, [.fixed(1), .fill(), .fixed(1)])
        Tabs(["Tổng quan", "Sản phẩm", "Kiểm tra"], selected: 1).render(in: parts[0], buffer: &buffer)
        Table(columns: columns, rows: rows, selected: 429, offset: 380).render(in: parts[1], buffer: &buffer)
        StatusLine(hints: [.init("q", "thoát")], message: "1.000 dòng").render(in: parts[2], buffer: &buffer)
        #expect(buffer.lines[3].hasPrefix("Sản phẩm công nghiệp số 380"))
        #expect(buffer.lines[52].hasPrefix("Sản phẩm công nghiệp số 429"))
        #expect(buffer.styleMask()[52].allSatisfy { $0 == "s" })
        #expect(buffer.lines[59].hasSuffix("1.000 dòng"))
    }
}
