import ThdashExtraction

/// The article reader's page: which article, its text once read (or why it could not be), the figure under
/// the cursor and how far the text is scrolled, and the text wrapped for the width in force.
public struct ReaderState: Sendable {
    public enum Content: Sendable {
        /// Asked for (`Effect.readArticle`), not yet read.
        case reading
        /// The file could not be read (any more): why, said in the interface's language when shown.
        case unreadable(LoadFailure.Cause)
        case ready(ReaderDocument)
    }

    public var path: String
    public internal(set) var content: Content = .reading
    /// The figure (index into `Dataset.figures`) the reader was opened at, until the text arrives.
    var openingFigure: Int?
    /// Index into the document's marks of the figure under the cursor; nil when it has none.
    public internal(set) var selectedMark: Int?
    /// The first line of the wrapped text on screen.
    public internal(set) var topLine = 0
    /// The text wrapped for a width, and whether with brackets (the monochrome theme).
    var wrapped: (width: Int, brackets: Bool, text: WrappedText)?
    /// How many lines of text were in view at the last layout.
    var height = 0
    /// Scroll the selected figure into view once the text is wrapped (it was just opened at it).
    var revealsSelection = false

    init(path: String, figure: Int?) {
        self.path = path
        self.openingFigure = figure
    }

    public var document: ReaderDocument? {
        if case .ready(let document) = content { return document }
        return nil
    }

    /// The wrapped text, once there is one.
    public var text: WrappedText? { wrapped?.text }
}
