import CNcursesw
import ThdashUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The open terminal: puts it in the mode a full-screen program needs (no echo, no line buffering, no XON/XOFF
/// flow control, bracketed paste), draws buffers, reads keys, and restores it on every way out. Closing (or
/// deinit) restores it on a normal exit; signal and crash handlers installed at open restore it otherwise
/// (SIGINT, SIGTERM, SIGHUP, SIGQUIT exit with 128 + signal; SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL,
/// SIGTRAP re-raise after restoring), and an atexit hook covers `exit()`.
///
/// Not thread-safe: use it from one thread. Resizes come from ncurses as `Key.resize` (its own SIGWINCH
/// handling); nothing here handles SIGWINCH.
public final class TerminalSession {
    /// The theme actually in use: monochrome when NO_COLOR is set or the terminal has no colours.
    public let theme: Theme
    private var screen: OpaquePointer?
    private var colors: ColorPairs
    private var previous: Buffer?
    private var wide: [wchar_t] = []
    private var paste = PasteCollector()

    /// Whether standard input and output are both terminals; when not, print plain text instead.
    public static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Whether the terminal TERM names can move the cursor, which drawing a screen needs: TERM=dumb (a shell
    /// inside an editor, some build logs) and hard-copy types cannot, and a screen sent to them comes out as
    /// one long line. True when TERM is unset or names no type terminfo knows: opening the session says so.
    public static func addressesCursor(term: String? = environment("TERM")) -> Bool {
        guard let term, !term.isEmpty else { return true }
        return thd_term_addresses_cursor(term) != 0
    }

    /// Opens the terminal named by TERM.
    /// - Parameters:
    ///   - preferred: the theme wanted when colours are available and allowed.
    ///   - noColor: the NO_COLOR variable (read from the environment by default).
    public init(theme preferred: Theme = .dark, noColor: String? = TerminalSession.environment("NO_COLOR")) throws {
        guard Self.isInteractive else { throw TerminalError.notInteractive }
        Self.chooseLocale()
        guard let term = Self.environment("TERM"), !term.isEmpty else { throw TerminalError.noTerminalType }
        guard let screen = thd_newterm(term) else { throw TerminalError.unknownTerminalType(term) }
        self.screen = screen
        thd_install_exit_guards()
        cbreak()
        noecho()
        nonl()
        thd_keypad()
        leaveok(thd_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        mouseinterval(0)
        _ = thd_mouse_on()
        thd_no_flow_control()
        thd_bracketed_paste_on()

        let environment = noColor.map { ["NO_COLOR": $0] } ?? [:]
        let allowed = Theme.resolve(preferred: preferred, environment: environment, colorCount: has_colors() ? 8 : 0)
        var enabled = false
        var defaultColors = false
        if allowed.usesColor, start_color() == OK {
            enabled = true
            defaultColors = use_default_colors() == OK
        }
        theme = Theme.resolve(
            preferred: allowed, environment: environment, colorCount: enabled ? Int(thd_colors()) : 0)
        colors = ColorPairs(theme: theme, enabled: enabled && theme.usesColor, defaultColors: defaultColors)
    }

    deinit { close() }

    /// Restores the terminal. Safe to call more than once; the session is unusable afterwards.
    public func close() {
        guard let screen else { return }
        thd_restore_terminal()
        delscreen(screen)
        self.screen = nil
        previous = nil
    }

    /// The terminal's size in cells, as ncurses last saw it (updated before a `Key.resize` is read).
    public var size: (width: Int, height: Int) {
        guard screen != nil else { return (0, 0) }
        return (Int(thd_cols()), Int(thd_lines()))
    }

    /// Shows `buffer`: writes only the cells that changed since the previous frame, one call per run of a
    /// style, then refreshes.
    public func draw(_ buffer: Buffer) {
        guard screen != nil else { return }
        for run in buffer.runs(since: previous) {
            wide.removeAll(keepingCapacity: true)
            for scalar in run.text.unicodeScalars { wide.append(wchar_t(bitPattern: scalar.value)) }
            let (attrs, pair) = colors.attributes(for: run.style)
            wide.withUnsafeBufferPointer { text in
                thd_put(Int32(run.y), Int32(run.x), text.baseAddress, Int32(text.count), attrs, pair)
            }
        }
        refresh()
        previous = buffer
    }

    /// Makes the next `draw` repaint everything, clearing the physical screen first (after a resize, or on
    /// Ctrl-L when something else has scribbled on the terminal).
    public func invalidate() {
        guard screen != nil else { return }
        previous = nil
        clearok(thd_stdscr(), true)
    }

    /// Waits up to `milliseconds` (negative: forever) for a key; nil on timeout, on an unnamed key and while
    /// a paste is coming in (it arrives whole, as `Key.paste`, at its end).
    public func readKey(timeout milliseconds: Int) -> Key? {
        guard screen != nil else { return nil }
        thd_timeout(Int32(clamping: milliseconds))
        var code: wint_t = 0
        let status = thd_get_wch(&code)
        let input = KeyDecoder.input(status: status, code: UInt32(code), mouse: KeyDecoder.mouseEvent)
        return paste.take(input, at: .now)
    }

    /// An environment variable, nil when unset.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Takes the user's locale (setlocale(LC_ALL, "")); if its character set is not UTF-8, asks for C.UTF-8
    /// characters so ncursesw still draws Vietnamese and block glyphs.
    private static func chooseLocale() {
        setlocale(LC_ALL, "")
        if thd_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
    }
}
