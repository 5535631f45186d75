extension Buffer {
    /// Each row as text, continuation cells left out, so a line's display width is the buffer's width.
    /// This is what golden tests compare.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for cell in cells[(row * width)..<((row + 1) * width)] where !cell.isContinuation {
                cell.forEachScalar { line.unicodeScalars.append($0) }
            }
            return line
        }
    }

    /// All rows joined by newlines.
    public var text: String { lines.joined(separator: "\n") }

    /// One character per column describing each cell's style (continuations repeat their wide cell's), for
    /// golden tests of colour and emphasis. The default legend names the role (see `Style.maskSymbol`).
    public func styleMask(_ legend: (Style) -> Character = { $0.maskSymbol }) -> [String] {
        (0..<height).map { row in
            String(cells[(row * width)..<((row + 1) * width)].map { legend($0.style) })
        }
    }
}

extension Style {
    /// A one-character name for style masks: the background role if any, in capitals ("S" for a selected
    /// row), otherwise the foreground role's symbol.
    public var maskSymbol: Character {
        if let background { return Character(String(background.maskSymbol).uppercased()) }
        return foreground.maskSymbol
    }
}
