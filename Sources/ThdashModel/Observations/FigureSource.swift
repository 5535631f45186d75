import ThdashExtraction

/// Where an observation's value was read: the figure, with its article's metadata.
public struct FigureSource: Sendable, Hashable {
    /// Index into `Dataset.figures`.
    public var figureIndex: Int
    public var figure: Figure
    /// The article's summary, when the dataset was given it.
    public var article: ArticleSummary?

    public init(figureIndex: Int, figure: Figure, article: ArticleSummary?) {
        self.figureIndex = figureIndex
        self.figure = figure
        self.article = article
    }

    public var articlePath: String { figure.article }
    public var date: ArticleDate? { article?.date }
    public var quote: String { figure.quote }
    /// The article's file name, without its folders.
    public var articleName: String { figure.article.split(separator: "/").last.map(String.init) ?? figure.article }
}
