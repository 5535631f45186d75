import CNcursesw
import ThdashUI

/// Maps styles to ncurses attributes and colour pairs for one theme. Each role's pair is made up front;
/// mixtures (a role's text on another role's background) get a pair the first time they are drawn, until
/// the terminal runs out of pairs, after which they fall back to the default pair.
struct ColorPairs {
    let theme: Theme
    /// Whether colours were started (a colour theme on a colour terminal).
    let enabled: Bool
    /// Whether -1 means the terminal's own colour (use_default_colors succeeded).
    let defaultColors: Bool
    private var pairs: [PairKey: Int16] = [:]
    private var cache: [Style: (attr_t, Int16)] = [:]
    private var nextPair: Int16 = 1

    private struct PairKey: Hashable {
        var foreground: TerminalColor
        var background: TerminalColor
    }

    init(theme: Theme, enabled: Bool, defaultColors: Bool) {
        self.theme = theme
        self.enabled = enabled
        self.defaultColors = defaultColors
        if enabled {
            for role in ColorRole.allCases { _ = attributes(for: Style(role)) }
        }
    }

    /// The attributes and pair to draw `style` with.
    mutating func attributes(for style: Style) -> (attr_t, Int16) {
        if let known = cache[style] { return known }
        let resolved = theme.resolve(style)
        var attrs = thd_a_normal()
        if resolved.attributes.contains(.bold) { attrs |= thd_a_bold() }
        if resolved.attributes.contains(.dim) { attrs |= thd_a_dim() }
        if resolved.attributes.contains(.reverse) { attrs |= thd_a_reverse() }
        if resolved.attributes.contains(.underline) { attrs |= thd_a_underline() }
        let result = (attrs, enabled ? pair(resolved.foreground, resolved.background) : 0)
        cache[style] = result
        return result
    }

    private mutating func pair(_ foreground: TerminalColor, _ background: TerminalColor) -> Int16 {
        if foreground == .terminalDefault && background == .terminalDefault && defaultColors { return 0 }
        let key = PairKey(foreground: foreground, background: background)
        if let known = pairs[key] { return known }
        guard Int32(nextPair) < thd_color_pairs() else { return 0 }
        let number = nextPair
        guard init_pair(number, code(foreground, fallback: 7), code(background, fallback: 0)) == OK else { return 0 }
        nextPair += 1
        pairs[key] = number
        return number
    }

    /// The ncurses colour number; without default-colour support the terminal's default is guessed.
    private func code(_ color: TerminalColor, fallback: Int16) -> Int16 {
        if color == .terminalDefault { return defaultColors ? -1 : fallback }
        return color.rawValue
    }
}
