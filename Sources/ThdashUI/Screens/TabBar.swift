/// The row of screen tabs ("1 Tổng quan │ 2 Sản phẩm …"), and which tab a click on it hits.
struct TabBar {
    var state: AppState

    static func titles(_ strings: Strings) -> [String] {
        Tab.allCases.map { "\($0.digit) \(strings.tabTitles[$0] ?? "")" }
    }

    func render(in area: Rect, buffer: inout Buffer) {
        buffer.render(Tabs(Self.titles(state.strings), selected: state.tab.rawValue), in: area)
    }

    /// The tab drawn at `column` (0 = the bar's left edge), laid out as `Tabs` lays out titles that fit.
    static func tab(atColumn column: Int, strings: Strings) -> Tab? {
        var x = 0
        for (index, title) in titles(strings).enumerated() {
            let width = TerminalText.width(" \(title) ")
            if column >= x && column < x + width { return Tab(rawValue: index) }
            x += width + 1
        }
        return nil
    }
}
