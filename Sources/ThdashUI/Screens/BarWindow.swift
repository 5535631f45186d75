/// The part of a long bar chart that is on screen, and the value range of all its rows: a chart of
/// thousands of products then formats and draws only the rows that show, on one scale for every row.
struct BarWindow {
    /// The first row on screen.
    var first: Int
    /// The rows on screen.
    var rows: Range<Int>
    /// Every finite value, 0 and the reference.
    var range: ClosedRange<Double>

    init(values: [Double?], reference: Double?, cursor: ListCursor, visibleRows: Int) {
        first = Scrolling.offset(
            selected: cursor.selected, current: cursor.offset, visibleRows: visibleRows, rowCount: values.count)
        rows = first..<min(values.count, first + max(0, visibleRows))
        var lower = min(0, reference ?? 0)
        var upper = max(0, reference ?? 0)
        for case let value? in values where value.isFinite {
            lower = min(lower, value)
            upper = max(upper, value)
        }
        range = lower...upper
    }

    /// The selection relative to the window.
    func selected(_ cursor: ListCursor) -> Int { cursor.selected - first }
}
