/// Which key does what, matched by readable key names. The help screen is generated from the same table,
/// so it always lists every key.
public enum KeyMap {
    /// Every binding outside the search prompt, in the order help lists them.
    public static let bindings: [KeyBinding] =
        [
            KeyBinding([.char("q")], .quit, .quit),
            KeyBinding([.escape, .backspace], .back, .back),
            KeyBinding([.up, .char("k")], .moveUp, .move),
            KeyBinding([.down, .char("j")], .moveDown, .move),
            KeyBinding([.pageUp], .pageUp, .page),
            KeyBinding([.pageDown], .pageDown, .page),
            KeyBinding([.char("g"), .home], .moveToTop, .ends),
            KeyBinding([.char("G"), .end], .moveToBottom, .ends),
            KeyBinding([.enter], .drillIn, .drillIn),
            KeyBinding([.tab], .nextTab, .switchTab),
            KeyBinding([.backTab], .previousTab, .switchTab),
        ] + Tab.allCases.map { KeyBinding([.char($0.digit)], .showTab($0), .tabDigits) } + [
            KeyBinding([.left, .char("[")], .previousPeriod, .period),
            KeyBinding([.right, .char("]")], .nextPeriod, .period),
            KeyBinding([.char("p")], .cycleGranularity, .granularity),
            KeyBinding([.char("b")], .cycleBasis, .basis),
            KeyBinding([.char("c")], .togglePin, .compare),
            KeyBinding([.char("a")], .toggleAllProducts, .allProducts),
            KeyBinding([.char("s")], .cycleSort, .sort),
            KeyBinding([.char("S")], .reverseSort, .reverseSort),
            KeyBinding([.char("/")], .beginSearch, .search),
            KeyBinding([.char("n")], .nextMatch, .matches),
            KeyBinding([.char("N")], .previousMatch, .matches),
            KeyBinding([.char("!")], .showConflicts, .conflicts),
            KeyBinding([.char("L")], .toggleLanguage, .language),
            KeyBinding([.char("?"), .f1], .toggleHelp, .help),
            KeyBinding([.ctrlL], .redraw, .redraw),
        ]

    private static let table: [Key: Command] = {
        var table: [Key: Command] = [:]
        for binding in bindings {
            for key in binding.keys { table[key] = binding.command }
        }
        return table
    }()

    /// The command a key gives in this state: while the search prompt is open, printable keys and pasted
    /// text are typed into it; otherwise the table above decides (it has no paste: pasted text does nothing
    /// there). Nil for a key that does nothing.
    public static func command(for key: Key, searching: Bool) -> Command? {
        if searching {
            switch key {
            case .enter: return .searchSubmit
            case .escape: return .searchCancel
            case .backspace: return .searchErase
            case .char(let character): return .searchInput(String(character))
            case .paste(let text) where !text.isEmpty: return .searchInput(text)
            case .up: return .moveUp
            case .down: return .moveDown
            case .ctrlL: return .redraw
            default: return nil
            }
        }
        return table[key]
    }

    /// Help lines: each topic once, with all its keys ("↑ k ↓ j"), in binding order.
    public static var helpEntries: [(keys: String, topic: HelpTopic)] {
        var order: [HelpTopic] = []
        var keys: [HelpTopic: [String]] = [:]
        for binding in bindings {
            if keys[binding.topic] == nil { order.append(binding.topic) }
            keys[binding.topic, default: []] += binding.keys.map(\.displayName)
        }
        return order.map { ($0 == .tabDigits ? "1–\(Tab.allCases.count)" : keys[$0]!.joined(separator: " "), $0) }
    }
}
