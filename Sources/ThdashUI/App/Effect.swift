/// What `update` asks the runtime to do besides changing the state (it does no I/O itself).
public enum Effect: Hashable, Sendable {
    /// Leave the program, restoring the terminal.
    case quit
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    /// Read the article at this path for the reader, and post `Action.articleRead` with what was read.
    case readArticle(String)
}
