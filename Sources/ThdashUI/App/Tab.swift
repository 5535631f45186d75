/// The screens reachable with Tab, Shift-Tab and the digits 1–6, in tab-bar order.
public enum Tab: Int, CaseIterable, Hashable, Sendable {
    case overview
    case products
    case chart
    case lines
    case sources
    case matrix

    /// The tab after this one, wrapping around.
    public var next: Tab { Tab(rawValue: (rawValue + 1) % Tab.allCases.count)! }

    /// The tab before this one, wrapping around.
    public var previous: Tab { Tab(rawValue: (rawValue + Tab.allCases.count - 1) % Tab.allCases.count)! }

    /// The digit key that shows this tab ("1"…"6").
    public var digit: Character { Character(String(rawValue + 1)) }
}
