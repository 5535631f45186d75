import ThdashUI

/// What one read from the terminal gives: a key, or a marker around pasted text (bracketed paste).
enum TerminalInput: Hashable {
    case key(Key)
    /// ESC[200~: what follows was pasted, not typed.
    case pasteStart
    /// ESC[201~: the paste is over.
    case pasteEnd
}
