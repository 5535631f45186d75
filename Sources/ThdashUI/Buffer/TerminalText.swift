import ThdashExtraction

/// The rules that make any string safe and measurable on a terminal: control characters (C0, DEL, C1 and so
/// ESC) become visible replacements so no escape sequence can reach the screen, line breaks and tabs become
/// spaces, and bidi controls are removed because, invisible themselves, they would reorder the line.
public enum TerminalText {
    /// Shown in place of a control character.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// The scalar to show for `scalar`, or nil to drop it.
    @inline(__always)
    public static func clean(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return scalar }
        switch v {
        case 0x09...0x0D, 0x85, 0x2028, 0x2029: return " "
        case 0x00..<0x20, 0x7F...0x9F: return replacement
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return nil
        default: return scalar
        }
    }

    /// The text as it will be shown: every scalar passed through `clean`.
    public static func sanitize(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let clean = clean(scalar) { out.append(clean) }
        }
        return String(out)
    }

    /// Columns one (clean) scalar takes; 0 means it joins the previous grapheme.
    @inline(__always)
    public static func width(of scalar: Unicode.Scalar) -> Int {
        scalar.value < 0x7F ? 1 : VietnameseText.displayWidth(of: scalar)
    }

    /// Columns the sanitised text takes.
    public static func width(_ text: some StringProtocol) -> Int { measure(text, fittingIn: 0).total }

    /// The full width of the sanitised text, and the width of its longest prefix of whole graphemes that fits
    /// in `limit` columns.
    public static func measure(_ text: some StringProtocol, fittingIn limit: Int) -> (total: Int, fitted: Int) {
        var total = 0
        var fitted = 0
        var fitting = true
        for scalar in text.unicodeScalars {
            guard let clean = clean(scalar) else { continue }
            let w = width(of: clean)
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
