/// One terminal cell: a single grapheme (a base scalar and any combining marks) with its style. A wide
/// character takes two cells: its own, of width 2, and a continuation cell of width 0 with no text.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown; empty for a continuation cell.
    public private(set) var symbol: String
    public var style: Style
    /// Columns the grapheme covers: 1, 2, or 0 for the continuation of a wide character.
    public private(set) var width: UInt8

    /// A cell showing the first grapheme of `symbol` after sanitising (controls never reach a cell).
    public init(_ symbol: String, style: Style = .normal) {
        var text = String.UnicodeScalarView()
        var width = 0
        for scalar in symbol.unicodeScalars {
            guard let clean = TerminalText.clean(scalar) else { continue }
            let w = TerminalText.width(of: clean)
            if w == 0 {
                if !text.isEmpty { text.append(clean) }
                continue
            }
            if !text.isEmpty { break }
            text.append(clean)
            width = w
        }
        if text.isEmpty {
            text.append(" ")
            width = 1
        }
        self.init(trusted: String(text), width: width, style: style)
    }

    /// A cell from text the buffer has already sanitised and measured.
    init(trusted symbol: String, width: Int, style: Style) {
        self.symbol = symbol
        self.width = UInt8(truncatingIfNeeded: width)
        self.style = style
    }

    /// A blank cell in the normal style.
    public static let blank = Cell(trusted: " ", width: 1, style: .normal)

    /// A blank cell in `style` (a background fill).
    public static func blank(_ style: Style) -> Cell { Cell(trusted: " ", width: 1, style: style) }

    /// The right half of a wide character: no text of its own.
    static func continuation(_ style: Style) -> Cell { Cell(trusted: "", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }

    /// Adds a combining mark to the grapheme (the buffer attaches zero-width scalars to the previous cell).
    mutating func append(_ mark: Unicode.Scalar) { symbol.unicodeScalars.append(mark) }
}
