/// Scroll arithmetic shared by list-like widgets and by `update`: which row comes first so that the selected
/// row is visible, moving the window as little as possible.
public enum Scrolling {
    /// The first row to show, given the current first row, the selection, how many rows fit and how many
    /// there are. Never scrolls past the end (no empty rows under the last one when it can be avoided).
    public static func offset(selected: Int?, current: Int, visibleRows: Int, rowCount: Int) -> Int {
        guard visibleRows > 0, rowCount > 0 else { return 0 }
        var offset = min(max(0, current), max(0, rowCount - visibleRows))
        if let selected, selected >= 0, selected < rowCount {
            if selected < offset { offset = selected }
            if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        }
        return offset
    }
}
