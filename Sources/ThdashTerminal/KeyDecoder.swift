import CNcursesw
import ThdashUI

/// Turns what `wget_wch` returns into a `Key`: a key code (arrows, Shift-Tab as KEY_BTAB, F-keys, resize,
/// mouse, the bracketed-paste markers) or a character (Enter, Tab, Esc, Backspace and Ctrl-letters arrive as
/// control characters).
enum KeyDecoder {
    /// The input for a `wget_wch` status and code; nil for a timeout or a key thdash has no name for.
    static func input(status: Int32, code: UInt32, mouse: () -> MouseEvent?) -> TerminalInput? {
        switch status {
        case KEY_CODE_YES:
            switch Int32(bitPattern: code) {
            case thd_key_paste_start(): return .pasteStart
            case thd_key_paste_end(): return .pasteEnd
            case let code: return keyCode(code, mouse: mouse).map(TerminalInput.key)
            }
        case OK: return character(code).map(TerminalInput.key)
        default: return nil
        }
    }

    static func keyCode(_ code: Int32, mouse: () -> MouseEvent?) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_FIND: return .home
        case KEY_END, KEY_SELECT: return .end
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case thd_key_resize(): return .resize
        case thd_key_mouse(): return mouse().map(Key.mouse)
        case thd_key_f(1)...thd_key_f(12): return .function(Int(code - thd_key_f(0)))
        default: return nil
        }
    }

    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(UInt8(code + 0x60))))
        case 0x00..<0x20, 0x80...0x9F: return nil
        default: return Unicode.Scalar(code).map { .char(Character($0)) }
        }
    }

    /// The pending mouse event, if ncurses has one for us.
    static func mouseEvent() -> MouseEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        var state: UInt = 0
        guard thd_mouse_event(&x, &y, &state) == 1 else { return nil }
        let (column, row) = (Int(x), Int(y))
        if state & thd_button4_pressed() != 0 { return .scrollUp(x: column, y: row) }
        if state & thd_button5_pressed() != 0 { return .scrollDown(x: column, y: row) }
        if state & thd_button1_clicked() != 0 { return .click(x: column, y: row) }
        return nil
    }
}
