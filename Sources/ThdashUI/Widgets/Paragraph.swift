// Paragraph: text wrapped at word boundaries into an area, with one span highlighted.

/// Text laid out word by word over the rows of an area (a quoted sentence in a source panel). Words wider
/// than the area are cut with "…"; when the text needs more rows than the area has, the last row ends
/// with "…". The span `highlight` (a range of the text) is drawn in `highlightStyle`.
public struct Paragraph: Widget {
    public var text: String
    public var highlight: Range<String.Index>?
    public var style = Style.normal
    public var highlightStyle = Style(.accent)

    public init(_ text: String, highlight: Range<String.Index>? = nil) {
        self.text = text
        self.highlight = highlight
    }

    /// Rows the text takes at `width` columns, without a limit on height.
    public func height(forWidth width: Int) -> Int { lines(width: width).count }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let lines = lines(width: area.width)
        for (row, line) in lines.prefix(area.height).enumerated() {
            var x = area.x
            let cut = row == area.height - 1 && lines.count > area.height
            for (index, word) in line.enumerated() {
                if index > 0 { x += 1 }
                let isLast = index == line.count - 1
                let room = area.right - x - (cut && isLast ? 1 : 0)
                guard room > 0 else { break }
                x += buffer.write(text[word], x: x, y: area.y + row, maxWidth: room, style: styleOf(word))
            }
            if cut { buffer.write("…", x: min(x, area.right - 1), y: area.y + row, style: style) }
        }
    }

    private func styleOf(_ word: Range<String.Index>) -> Style {
        guard let highlight, word.overlaps(highlight) else { return style }
        return highlightStyle
    }

    /// The words of each row, as ranges of `text`.
    private func lines(width: Int) -> [[Range<String.Index>]] {
        guard width > 0 else { return [] }
        var lines: [[Range<String.Index>]] = []
        var current: [Range<String.Index>] = []
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            guard !text[index].isWhitespace else {
                index = text.index(after: index)
                continue
            }
            let start = index
            while index < text.endIndex && !text[index].isWhitespace { index = text.index(after: index) }
            let word = start..<index
            let wordWidth = TerminalText.width(text[word])
            if !current.isEmpty && used + 1 + wordWidth > width {
                lines.append(current)
                current = []
                used = 0
            }
            used += (current.isEmpty ? 0 : 1) + wordWidth
            current.append(word)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
