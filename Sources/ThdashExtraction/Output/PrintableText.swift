/// The one rule for text that comes from outside (file names, option values, environment variables,
/// catalog entries; article text is cleaned when read) on its way to a person or a terminal: control
/// characters (C0, DEL, C1, among them ESC and the one-byte CSI), the invisible bidi controls and the
/// Unicode line and paragraph separators are written as visible escapes, "\x1B" or "\u{202E}", so that no
/// escape sequence reaches a terminal, no line is reordered or split, and the name can still be told apart
/// and found. Every output applies it: error lines, the text table, CSV, the plain report and the
/// dashboard (through `TerminalText`); JSON escapes the same characters in its own syntax, \u001b.
public enum PrintableText {
    /// True for the characters no output carries as they are.
    @inlinable
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// True for the line breaks and tabs, which text laid out for reading (a table cell, a report line,
    /// the dashboard) shows as a space: they only lay text out, and in a sentence their escape would be
    /// noise. A one-line record escapes them like the rest.
    @inlinable
    public static func isLayoutSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The visible spelling of a character that needs escaping: "\x1B" below U+0100, "\u{202E}" above.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
    }

    /// The text with every character that needs escaping written visibly, line breaks included: for
    /// one-line records (an error line, a file's path, a CSV field), which a line break would split.
    public static func escapingControls(_ text: some StringProtocol) -> String {
        escaping(text, layoutAsSpaces: false)
    }

    /// The text as one line for reading: line breaks and tabs as spaces, every other character that needs
    /// escaping written visibly.
    public static func line(_ text: some StringProtocol) -> String {
        escaping(text, layoutAsSpaces: true)
    }

    private static func escaping(_ text: some StringProtocol, layoutAsSpaces: Bool) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return String(text) }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !needsEscape(scalar) {
                out.append(scalar)
            } else if layoutAsSpaces && isLayoutSpace(scalar) {
                out.append(" ")
            } else {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            }
        }
        return String(out)
    }
}
