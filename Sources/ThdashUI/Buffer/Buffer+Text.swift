import ThdashExtraction

extension Buffer {
    /// Writes one line of text starting at (x, y), never past `maxWidth` columns nor the buffer's edge:
    /// wider text is cut (with "…" unless `truncation` is `.clip`), never wrapped. The text is sanitised and
    /// measured by display width; a wide character that would straddle the edge is left out.
    /// Returns the columns written.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, x: Int, y: Int, maxWidth: Int = .max, style: Style = .normal,
        truncation: Truncation = .ellipsis
    ) -> Int {
        guard y >= 0, y < height, x < width, maxWidth > 0 else { return 0 }
        let (room, overflow) = width.subtractingReportingOverflow(x)
        let available = overflow ? maxWidth : min(maxWidth, room)
        guard available > 0 else { return 0 }
        let (total, _) = TerminalText.measure(text, fittingIn: 0)
        let ellipsis = total > available && truncation == .ellipsis
        let limit = Rect.saturatingAdd(x, available) - (ellipsis ? 1 : 0)
        return place(text, x: x, y: y, glyphLimit: limit, ellipsis: ellipsis, style: style)
    }

    /// Writes one line of text in the first row of `area`, aligned, cut to the area's width.
    /// Returns the columns written.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, in area: Rect, alignment: TextAlignment = .left, style: Style = .normal,
        truncation: Truncation = .ellipsis
    ) -> Int {
        guard !area.isEmpty else { return 0 }
        var shown: Int
        let (total, fitted) = TerminalText.measure(text, fittingIn: area.width - 1)
        if total <= area.width {
            shown = total
        } else if truncation == .ellipsis {
            shown = fitted + 1
        } else {
            shown = TerminalText.measure(text, fittingIn: area.width).fitted
        }
        shown = min(shown, area.width)
        let offset = alignment.offset(textWidth: shown, areaWidth: area.width)
        return write(
            text, x: area.x + offset, y: area.y, maxWidth: area.width - offset, style: style, truncation: truncation)
    }

    /// Writes `count` copies of one narrow glyph (a rule, a bar) from (x, y), clipped like `write`.
    public mutating func repeatGlyph(_ glyph: Unicode.Scalar, count: Int, x: Int, y: Int, style: Style = .normal) {
        guard y >= 0, y < height, count > 0 else { return }
        // Only a glyph shown as itself in one column: not a control, a joiner or a wide character.
        var shown = TerminalText.shown(String(glyph))
        guard let (scalar, columns) = shown.next(), scalar == glyph, columns == 1 else { return }
        let cell = Cell(scalar: glyph, width: 1, style: style)
        let start = max(0, x)
        let end = min(width, Rect.saturatingAdd(x, count))
        guard start < end else { return }
        for column in start..<end { place(cell, at: y * width + column, x: column) }
    }

    /// Lays graphemes from `x` up to `glyphLimit` (exclusive), then "…" if asked; returns the columns used.
    private mutating func place(
        _ text: some StringProtocol, x: Int, y: Int, glyphLimit: Int, ellipsis: Bool, style: Style
    ) -> Int {
        var column = x
        var last = -1
        let rowStart = y * width
        for (clean, w) in TerminalText.shown(text) {
            if w == 0 {
                if last >= 0 { cells[last].append(clean) }
                continue
            }
            if column + w > glyphLimit { break }
            if column >= 0 {
                let index = rowStart + column
                place(Cell(scalar: clean, width: w, style: style), at: index, x: column)
                last = index
            } else {
                last = -1
            }
            column += w
        }
        if ellipsis, column >= 0, column < width {
            place(Cell(scalar: "…", width: 1, style: style), at: rowStart + column, x: column)
            column += 1
        }
        return max(0, column - max(x, 0))
    }
}
