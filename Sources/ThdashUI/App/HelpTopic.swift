/// What a group of keys does, as the help screen lists it (worded in `Strings.help(_:)`).
public enum HelpTopic: CaseIterable, Hashable, Sendable {
    case quit, back, move, page, ends, drillIn, switchTab, tabDigits, period, granularity, basis, compare, allProducts
    case sort, reverseSort
    case search, matches, conflicts, language, help, redraw, mouse
}
