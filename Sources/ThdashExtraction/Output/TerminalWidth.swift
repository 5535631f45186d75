import CWcwidth

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Columns a character takes on a terminal, as the C library's `wcwidth` says: the function ncursesw lays the
/// screen out with, and the one terminals such as tmux size their cells with. A width table of thdash's own
/// would disagree with it somewhere (an emoji counted as one column that the screen draws as two pushes the
/// rest of the line off the edge), so every count of columns — the dashboard's buffer, the tables, the
/// report's underlines — asks this.
///
/// `wcwidth` answers by the calling thread's locale, and is useless outside a UTF-8 one. It is asked here in
/// C.UTF-8, which glibc always has and whose widths are those of every UTF-8 locale (they share glibc's one
/// UTF-8 character map), so the answer is the terminal's whether or not `setlocale` has run yet: in tests,
/// in the command-line tables, and in the dashboard, which sets the user's locale before ncursesw starts.
public enum TerminalWidth {
    /// The columns of `scalar`: 0 for one that joins the character before it (a combining mark, a joiner),
    /// 1 or 2, and -1 for one the C library does not print (a control, a noncharacter, an unassigned code
    /// point), which must never reach a terminal as it is.
    @inlinable
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0x1_0000 { return Int(basicPlane[Int(value)]) }
        return asked(value)
    }

    /// The widths of the Basic Multilingual Plane, where nearly everything shown lies (Vietnamese letters,
    /// combining marks, symbols, box drawing), asked once: 64 KiB, read without a call into the C library.
    @usableFromInline static let basicPlane: [Int8] = {
        var widths = [Int8](repeating: 0, count: 0x1_0000)
        withUTF8Locale {
            for value in 0..<0x1_0000 { widths[value] = Int8(clamping: thd_wcwidth(UInt32(value))) }
        }
        return widths
    }()

    /// The C.UTF-8 locale, or nil where the C library has none: then the thread's own locale answers,
    /// which in the dashboard is the UTF-8 locale ncursesw itself uses.
    nonisolated(unsafe) private static let utf8Locale: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

    /// Asks `wcwidth` about one scalar beyond the Basic Multilingual Plane (emoji, rare scripts).
    @usableFromInline static func asked(_ value: UInt32) -> Int {
        var width: Int32 = -1
        withUTF8Locale { width = thd_wcwidth(value) }
        return Int(width)
    }

    /// Runs `body` with C.UTF-8 as this thread's locale, then puts the thread's locale back.
    private static func withUTF8Locale(_ body: () -> Void) {
        guard let utf8Locale else { return body() }
        let previous = uselocale(utf8Locale)
        defer { uselocale(previous) }
        body()
    }
}
