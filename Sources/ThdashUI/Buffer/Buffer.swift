/// A width × height grid of cells that screens and widgets draw into. It is a plain value: rendering is
/// testable without a terminal, and the backend flushes only what changed since the previous frame.
///
/// Invariant: a cell of width 2 is always followed by a continuation cell, and a continuation always follows a
/// cell of width 2; every mutation below keeps it, blanking the orphaned half of a wide character.
public struct Buffer: Equatable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    /// Row-major cells.
    public internal(set) var cells: [Cell]

    public init(width: Int, height: Int, filledWith cell: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        let fill = cell.width == 1 ? cell : .blank(cell.style)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y` (both must be inside the buffer).
    public subscript(x: Int, y: Int) -> Cell {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x), \(y)) outside \(width)×\(height)")
        return cells[y * width + x]
    }

    /// Puts a cell at (x, y); ignored outside the buffer, and a wide cell that would not fit is ignored too.
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard y >= 0, y < height, x >= 0, x < width else { return }
        if cell.isContinuation { return }
        let w = Int(cell.width)
        guard x + w <= width else { return }
        place(cell, at: y * width + x, x: x)
    }

    /// Stores an already checked cell and its continuation, blanking wide neighbours it cuts in half.
    @inline(__always)
    mutating func place(_ cell: Cell, at index: Int, x: Int) {
        let w = Int(cell.width)
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        let last = index + w - 1
        if cells[last].width == 2, x + w < width {
            cells[last + 1] = .blank(cells[last + 1].style)
        }
        cells[index] = cell
        if w == 2 { cells[index + 1] = .continuation(cell.style) }
    }

    /// Fills `area` (clipped to the buffer) with a narrow cell: a blank background by default.
    public mutating func fill(_ area: Rect, with cell: Cell = .blank) {
        let area = area.intersection(self.area)
        guard !area.isEmpty else { return }
        let fill = cell.width == 1 ? cell : .blank(cell.style)
        for row in area.y..<area.bottom {
            let start = row * width
            if cells[start + area.x].isContinuation, area.x > 0 {
                cells[start + area.x - 1] = .blank(cells[start + area.x - 1].style)
            }
            let end = start + area.right
            if cells[end - 1].width == 2, area.right < width {
                cells[end] = .blank(cells[end].style)
            }
            for index in (start + area.x)..<end { cells[index] = fill }
        }
    }

    /// Gives every cell in `area` this style, keeping the text.
    public mutating func setStyle(_ style: Style, in area: Rect) {
        modifyStyle(in: area) { $0 = style }
    }

    /// Changes the style of every cell in `area`, keeping the text (highlights drawn over content).
    public mutating func modifyStyle(in area: Rect, _ change: (inout Style) -> Void) {
        let area = area.intersection(self.area)
        guard !area.isEmpty else { return }
        for row in area.y..<area.bottom {
            for index in (row * width + area.x)..<(row * width + area.right) { change(&cells[index].style) }
        }
    }

    /// Blanks every cell, keeping the size and the storage (cheaper than a new buffer each frame).
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
    }

    /// Changes the size, blanking everything.
    public mutating func resize(width: Int, height: Int) {
        self = Buffer(width: width, height: height)
    }
}
