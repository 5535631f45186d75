/// What a line of text is shown as on a terminal, scalar by scalar, each with the columns it takes: the one
/// rule by which the dashboard fills its cells and every table pads and cuts, so that thdash counts the
/// columns the terminal draws (`TerminalWidth`).
///
/// - Controls follow `PrintableText.line`: line breaks and tabs become spaces, every other control or bidi
///   control is shown as its visible escape, so no escape sequence reaches the terminal.
/// - A scalar of width 0 (a combining mark, a zero-width space) joins the glyph before it, as ncursesw joins
///   it to the cell before; Vietnamese marks left uncomposed ride on their letter this way.
/// - A scalar the C library does not print (width -1: unassigned, a noncharacter) is shown as "�" (U+FFFD).
/// - Emoji sequences are shown as their parts. Whether a terminal draws "👩‍💻", "👍🏽" or "❤️" as one glyph
///   of two columns or as its parts side by side depends on the terminal, and `wcwidth` cannot say; the parts'
///   own widths are certain. So the zero-width joiner (U+200D), the variation selectors U+FE0E and U+FE0F and
///   the skin-tone modifiers are left out, and a flag's regional indicators are shown as their letters
///   ("🇻🇳" as "VN").
public struct ShownGlyphs<Base: IteratorProtocol<Unicode.Scalar>>: IteratorProtocol, Sequence {
    /// A scalar to show and the columns it takes: 0 means it joins the glyph before it.
    public typealias Element = (scalar: Unicode.Scalar, width: Int)

    @usableFromInline var base: Base
    /// The rest of an escape being shown.
    @usableFromInline var escape: String.UnicodeScalarView.Iterator?

    @inlinable
    public init(_ base: Base) { self.base = base }

    @inlinable
    public mutating func next() -> Element? {
        if escape != nil {
            if let scalar = escape!.next() { return (scalar, 1) }
            escape = nil
        }
        while let scalar = base.next() {
            let value = scalar.value
            if value >= 0x20 && value < 0x7F { return (scalar, 1) }
            if PrintableText.needsEscape(scalar) {
                if PrintableText.isLayoutSpace(scalar) { return (" ", 1) }
                var spelled = PrintableText.escape(scalar).unicodeScalars.makeIterator()
                let first = spelled.next()!
                escape = spelled
                return (first, 1)
            }
            if let letter = Self.letter(ofRegionalIndicator: value) { return (letter, 1) }
            if Self.isLeftOut(value) { continue }
            let width = TerminalWidth.columns(of: scalar)
            return width < 0 ? ("\u{FFFD}", 1) : (scalar, width)
        }
        return nil
    }

    /// True for the parts of emoji sequences that are left out: the joiner, the variation selectors that ask
    /// for text or emoji presentation, and the skin-tone modifiers.
    @inlinable
    static func isLeftOut(_ value: UInt32) -> Bool {
        value == 0x200D || value == 0xFE0E || value == 0xFE0F || (0x1_F3FB...0x1_F3FF).contains(value)
    }

    /// The letter a regional indicator stands for: "🇦" (U+1F1E6) is "A"; nil for any other scalar.
    @inlinable
    static func letter(ofRegionalIndicator value: UInt32) -> Unicode.Scalar? {
        guard (0x1_F1E6...0x1_F1FF).contains(value) else { return nil }
        return Unicode.Scalar(UInt8(ascii: "A") + UInt8(value - 0x1_F1E6))
    }
}

extension ShownGlyphs where Base == String.UnicodeScalarView.Iterator {
    /// The glyphs `text` is shown as.
    @inlinable
    public init(_ text: String) { self.init(text.unicodeScalars.makeIterator()) }
}

extension TerminalWidth {
    /// The text as it is shown on a terminal, by `ShownGlyphs`' rule: what a table or report prints, so
    /// that what is printed is what was measured.
    public static func shown(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for glyph in ShownGlyphs(text.unicodeScalars.makeIterator()) { out.append(glyph.scalar) }
        return String(out)
    }

    /// Columns `text` takes on a terminal, shown by `ShownGlyphs`' rule.
    public static func columns(_ text: some StringProtocol) -> Int {
        var total = 0
        for glyph in ShownGlyphs(text.unicodeScalars.makeIterator()) { total += glyph.width }
        return total
    }
}
