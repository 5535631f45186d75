/// What a piece of the screen means, rather than which colour it is: the theme decides the colour.
public enum ColorRole: UInt8, CaseIterable, Hashable, Sendable {
    /// Body text.
    case normal
    /// Secondary text: units, sources, placeholders.
    case dim
    /// Column headers and titles.
    case header
    /// The selected row or tab.
    case selection
    /// Key hints, highlighted values, markers.
    case accent
    /// Growth, up.
    case positive
    /// Decline, down.
    case negative
    /// Conflicts, failed checks, errors.
    case warning
    /// Gauge and sparkline fill.
    case gauge
    /// Frames and rules.
    case border

    /// The character that names this role in a style mask.
    public var maskSymbol: Character {
        switch self {
        case .normal: "."
        case .dim: "d"
        case .header: "h"
        case .selection: "s"
        case .accent: "a"
        case .positive: "+"
        case .negative: "-"
        case .warning: "w"
        case .gauge: "g"
        case .border: "b"
        }
    }
}
