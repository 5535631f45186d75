/// A plain-text table whose columns line up by terminal width (`TerminalWidth`: Vietnamese letters, wide
/// characters, emoji), with cells cut to a maximum width with "…". Each cell is printed as a terminal shows
/// it (`ShownGlyphs`): one line, line breaks and tabs as spaces, other control characters escaped, emoji
/// sequences as their parts, unprintable characters as "�".
public struct TextTable {
    public enum Alignment { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var maximumWidths: [Int?]
    public private(set) var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment]? = nil, maximumWidths: [Int?]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? Array(repeating: .left, count: headers.count)
        self.maximumWidths = maximumWidths ?? Array(repeating: nil, count: headers.count)
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    public func render() -> String {
        let cut: [[String]] = ([headers] + rows).map { row in
            row.enumerated().map { index, cell in
                let clean = TerminalWidth.shown(cell)
                guard index < maximumWidths.count, let limit = maximumWidths[index] else { return clean }
                return Self.truncate(clean, to: limit)
            }
        }
        var widths = Array(repeating: 0, count: headers.count)
        for row in cut {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TerminalWidth.columns(cell))
            }
        }
        var out = ""
        for (rowIndex, row) in cut.enumerated() {
            var line = ""
            for (index, cell) in row.enumerated() where index < widths.count {
                let pad = String(repeating: " ", count: widths[index] - TerminalWidth.columns(cell))
                let isLast = index == row.count - 1
                line += alignments[index] == .right ? pad + cell : cell + (isLast ? "" : pad)
                if !isLast { line += "  " }
            }
            out += line + "\n"
            if rowIndex == 0 {
                out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        return out
    }

    /// Cuts text to at most `width` columns, ending with "…" when cut; shown as a terminal shows it.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard TerminalWidth.columns(text) > width else { return TerminalWidth.shown(text) }
        var out = String.UnicodeScalarView()
        var used = 0
        for (scalar, w) in ShownGlyphs(text) {
            if used + w > width - 1 { break }
            out.append(scalar)
            used += w
        }
        return String(out) + "…"
    }
}
