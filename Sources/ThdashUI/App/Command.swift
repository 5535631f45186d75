/// What a key asks for, named for what the user wants rather than which key was pressed.
public enum Command: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, moveToTop, moveToBottom
    /// Enter: open the selected line or product.
    case drillIn
    /// Esc or Backspace: close help or search, or leave a drill-down.
    case back
    case quit
    case nextTab, previousTab
    case showTab(Tab)
    /// ← → [ ]: the period before or after, of the same granularity, with a figure on this screen.
    case previousPeriod, nextPeriod
    /// Month → quarter → year to date → year → …
    case cycleGranularity
    /// `c`: pin the period in force to compare later periods with it, or unpin it.
    case togglePin
    /// The lists show every product, or only those with a figure.
    case toggleAllProducts
    /// Month on month → year on year → plan completion → …
    case cycleBasis
    case cycleSort, reverseSort
    /// Opens the search prompt.
    case beginSearch
    /// Text typed (a character) or pasted into the open search prompt.
    case searchInput(String)
    case searchErase
    /// Enter in the prompt: keep the query and close the prompt.
    case searchSubmit
    /// Esc in the prompt: drop the query.
    case searchCancel
    /// n N: the next or previous product matching the search; in the reader, the next or previous figure.
    case nextMatch, previousMatch
    /// !: the conflicts between articles.
    case showConflicts
    case toggleLanguage
    case toggleHelp
    case redraw
}
