/// A key press (or a terminal event that arrives like one), named so `update` can match on what the user
/// did rather than on terminal codes.
public enum Key: Hashable, Sendable {
    case up, down, left, right
    case pageUp, pageDown, home, end
    case insert, delete
    case enter, escape, backspace, tab
    /// Shift-Tab.
    case backTab
    /// F1…F12.
    case function(Int)
    /// Control plus a letter, lowercased ("l" for Ctrl-L). Ctrl-I, Ctrl-M and Ctrl-H arrive as tab, enter
    /// and backspace, as terminals send them.
    case ctrl(Character)
    /// A printable character.
    case char(Character)
    case mouse(MouseEvent)
    /// Text pasted into the terminal (bracketed paste), whole: typed into the search line while it is open,
    /// ignored elsewhere, so that pasted text never acts as keys.
    case paste(String)
    /// The terminal changed size. The terminal backend's run loop turns this into an event carrying the new
    /// size, so `update` never has to ask the terminal.
    case resize

    public static let f1 = Key.function(1)
    /// Redraw the screen from scratch, by convention.
    public static let ctrlL = Key.ctrl("l")

    /// A short name for help lines: "↑", "PgDn", "Ctrl-L", "q".
    public var displayName: String {
        switch self {
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .insert: "Ins"
        case .delete: "Del"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .function(let n): "F\(n)"
        case .ctrl(let c): "Ctrl-\(String(c).uppercased())"
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .mouse: "mouse"
        case .paste: "paste"
        case .resize: "resize"
        }
    }
}
