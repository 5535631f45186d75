import ThdashExtraction

/// The rules that make any string safe and measurable on a terminal, by `PrintableText`'s rule (the one
/// every output follows): line breaks and tabs become spaces, and every other control character (C0, DEL,
/// C1 and so ESC) or bidi control is shown as its visible escape, "\x1B" or "\u{202E}", so that no escape
/// sequence reaches the screen, no line is reordered, and the dashboard shows a name as `thdash check`
/// prints it.
public enum TerminalText {
    /// The scalars a text is shown as, one after another: an escape's characters in place of the
    /// character it stands for.
    struct Scalars<Base: IteratorProtocol<Unicode.Scalar>>: IteratorProtocol, Sequence {
        private var base: Base
        /// The rest of an escape being shown.
        private var escape: String.UnicodeScalarView.Iterator?

        init(_ base: Base) { self.base = base }

        @inline(__always)
        mutating func next() -> Unicode.Scalar? {
            if escape != nil {
                if let scalar = escape!.next() { return scalar }
                escape = nil
            }
            guard let scalar = base.next() else { return nil }
            if scalar.value >= 0x20 && scalar.value < 0x7F { return scalar }
            guard PrintableText.needsEscape(scalar) else { return scalar }
            if PrintableText.isLayoutSpace(scalar) { return " " }
            var spelled = PrintableText.escape(scalar).unicodeScalars.makeIterator()
            let first = spelled.next()
            escape = spelled
            return first
        }
    }

    /// The scalars `text` is shown as.
    @inline(__always)
    static func shown<Text: StringProtocol>(_ text: Text) -> Scalars<Text.UnicodeScalarView.Iterator> {
        Scalars(text.unicodeScalars.makeIterator())
    }

    /// The text as it will be shown.
    public static func sanitize(_ text: some StringProtocol) -> String { PrintableText.line(text) }

    /// Columns one shown scalar takes; 0 means it joins the previous grapheme.
    @inline(__always)
    public static func width(of scalar: Unicode.Scalar) -> Int {
        scalar.value < 0x7F ? 1 : VietnameseText.displayWidth(of: scalar)
    }

    /// Columns the shown text takes.
    public static func width(_ text: some StringProtocol) -> Int { measure(text, fittingIn: 0).total }

    /// The full width of the shown text, and the width of its longest prefix of whole graphemes that fits
    /// in `limit` columns.
    public static func measure(_ text: some StringProtocol, fittingIn limit: Int) -> (total: Int, fitted: Int) {
        var total = 0
        var fitted = 0
        var fitting = true
        for scalar in shown(text) {
            let w = width(of: scalar)
            total += w
            if fitting && w > 0 {
                if fitted + w <= limit { fitted += w } else { fitting = false }
            }
        }
        return (total, fitted)
    }

    /// The text cut to at most `width` columns, ending in "…" when cut.
    public static func truncate(_ text: some StringProtocol, to width: Int) -> String {
        guard width > 0 else { return "" }
        let (total, _) = measure(text, fittingIn: width)
        let clean = sanitize(text)
        guard total > width else { return clean }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in clean.unicodeScalars {
            let w = Self.width(of: scalar)
            if w > 0 && used + w > width - 1 { break }
            if w > 0 || !out.isEmpty { out.append(scalar) }
            used += w
        }
        return String(out) + "…"
    }

    /// The text cut to at most `width` columns from the left, starting with "…" when cut: for paths, whose
    /// end (the file's name) matters most.
    public static func truncateLeading(_ text: some StringProtocol, to width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = sanitize(text)
        guard measure(clean, fittingIn: 0).total > width else { return clean }
        // Whole graphemes from the end: a combining mark stays with its letter.
        var kept: [Character] = []
        var used = 0
        for character in clean.reversed() {
            let w = measure(String(character), fittingIn: 0).total
            if used + w > width - 1 { break }
            kept.append(character)
            used += w
        }
        return "…" + String(kept.reversed())
    }
}
