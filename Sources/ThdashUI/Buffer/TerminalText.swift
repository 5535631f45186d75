import ThdashExtraction

/// The rules that make any string safe and measurable on a terminal: `ShownGlyphs`' rule, which every
/// output follows. Controls are shown as `thdash check` prints them (line breaks and tabs as spaces, other
/// controls and bidi controls as visible escapes such as "\x1B" or "\u{202E}"), so that no escape sequence
/// reaches the screen and no line is reordered; widths are the C library's `wcwidth`, ncursesw's own, so that
/// the buffer and the screen agree on where every glyph falls.
public enum TerminalText {
    /// The glyphs `text` is shown as, each with its columns (0: it joins the glyph before it).
    @inline(__always)
    static func shown<Text: StringProtocol>(_ text: Text) -> ShownGlyphs<Text.UnicodeScalarView.Iterator> {
        ShownGlyphs(text.unicodeScalars.makeIterator())
    }

    /// The text as it will be shown.
    public static func sanitize(_ text: some StringProtocol) -> String { TerminalWidth.shown(text) }

    /// Columns the shown text takes.
    public static func width(_ text: some StringProtocol) -> Int { measure(text, fittingIn: 0).total }

    /// The full width of the shown text, and the width of its longest prefix of whole graphemes that fits
    /// in `limit` columns.
    public static func measure(_ text: some StringProtocol, fittingIn limit: Int) -> (total: Int, fitted: Int) {
        var total = 0
        var fitted = 0
        var fitting = true
        for (_, w) in shown(text) {
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
        for (scalar, w) in shown(clean) {
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
