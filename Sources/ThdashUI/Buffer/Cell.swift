/// One terminal cell: a single grapheme (a base scalar and any combining marks) with its style. A wide
/// character takes two cells: its own, of width 2, and a continuation cell of width 0 with no text.
///
/// The grapheme is stored as up to `Cell.capacity` scalars packed into two integers rather than as a
/// `String`, so a cell is a plain value: a frame of thousands of cells is cleared, copied and compared
/// without reference counting. The capacity is ncursesw's own (CCHARW_MAX: a spacing character and four
/// combining marks per cell); marks beyond it are dropped, as ncursesw would drop them.
public struct Cell: Hashable, Sendable {
    /// Scalars 0–2 of the grapheme, 21 bits each (0 where there is none: NUL never reaches a cell).
    private var low: UInt64
    /// Scalars 3 and 4.
    private var high: UInt64
    public var style: Style
    /// Columns the grapheme covers: 1, 2, or 0 for the continuation of a wide character.
    public private(set) var width: UInt8
    /// Always 0. It fills what would be padding, so that equal cells are equal bytes and the diff can
    /// compare whole rows with memcmp.
    private var spare: UInt32 = 0

    /// Most scalars a cell keeps: one base and four combining marks.
    public static let capacity = 5

    /// A cell showing the first grapheme of `symbol` after sanitising (controls never reach a cell).
    public init(_ symbol: String, style: Style = .normal) {
        self.init(scalar: " ", width: 1, style: style)
        var found = false
        for (clean, w) in TerminalText.shown(symbol) {
            if w == 0 {
                if found { append(clean) }
                continue
            }
            if found { break }
            self = Cell(scalar: clean, width: w, style: style)
            found = true
        }
    }

    /// A cell of one scalar the buffer has already sanitised and measured.
    @inline(__always)
    init(scalar: Unicode.Scalar, width: Int, style: Style) {
        low = UInt64(scalar.value)
        high = 0
        self.width = UInt8(truncatingIfNeeded: width)
        self.style = style
    }

    /// A continuation cell: no scalars at all.
    private init(continuationOf style: Style) {
        low = 0
        high = 0
        width = 0
        self.style = style
    }

    /// The grapheme shown; empty for a continuation cell.
    public var symbol: String {
        var text = String.UnicodeScalarView()
        forEachScalar { text.append($0) }
        return String(text)
    }

    /// Calls `body` with each scalar of the grapheme, in order.
    @inline(__always)
    func forEachScalar(_ body: (Unicode.Scalar) -> Void) {
        for slot in 0..<Self.capacity {
            let value = slot < 3 ? (low >> (21 * slot)) & 0x1F_FFFF : (high >> (21 * (slot - 3))) & 0x1F_FFFF
            guard value != 0, let scalar = Unicode.Scalar(UInt32(value)) else { return }
            body(scalar)
        }
    }

    /// A blank cell in the normal style.
    public static let blank = Cell(scalar: " ", width: 1, style: .normal)

    /// A blank cell in `style` (a background fill).
    public static func blank(_ style: Style) -> Cell { Cell(scalar: " ", width: 1, style: style) }

    /// The right half of a wide character: no text of its own.
    static func continuation(_ style: Style) -> Cell { Cell(continuationOf: style) }

    public var isContinuation: Bool { width == 0 }

    /// Adds a combining mark to the grapheme (the buffer attaches zero-width scalars to the previous cell);
    /// a cell already holding `capacity` scalars keeps them and drops the mark.
    mutating func append(_ mark: Unicode.Scalar) {
        let value = UInt64(mark.value)
        for slot in 0..<Self.capacity {
            if slot < 3 {
                guard (low >> (21 * slot)) & 0x1F_FFFF == 0 else { continue }
                low |= value << (21 * slot)
            } else {
                guard (high >> (21 * (slot - 3))) & 0x1F_FFFF == 0 else { continue }
                high |= value << (21 * (slot - 3))
            }
            return
        }
    }
}
