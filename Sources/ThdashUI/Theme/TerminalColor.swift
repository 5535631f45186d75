/// A colour every colour terminal has: the eight ANSI colours, or the terminal's own default (which keeps
/// the user's background and foreground, light or dark).
public enum TerminalColor: Int16, CaseIterable, Hashable, Sendable {
    case terminalDefault = -1
    case black = 0
    case red = 1
    case green = 2
    case yellow = 3
    case blue = 4
    case magenta = 5
    case cyan = 6
    case white = 7

    /// A colour that reads on this one as a background.
    public var contrasting: TerminalColor {
        switch self {
        case .yellow, .cyan, .white, .green: .black
        case .terminalDefault: .terminalDefault
        default: .white
        }
    }
}
