/// What is kept of a loaded article once its figures are extracted: its metadata, not its text.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var path: String
    public var title: String
    public var date: ArticleDate?
    public var source: String?
    public var url: String?
    /// The region the article is about ("" when unknown) and how it was found.
    public var home: HomeRegion
    public var byteCount: Int
    public var figureCount: Int
    /// Where reading for figures stopped, in bytes of the article's text, when it held more candidate
    /// figures than one article is read for (`FigureExtractor.candidateBudget`); nil when read to its end.
    public var stoppedAt: Int?

    public init(
        path: String, title: String, date: ArticleDate?, source: String?, url: String?, home: HomeRegion,
        byteCount: Int, figureCount: Int, stoppedAt: Int? = nil
    ) {
        self.path = path
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.home = home
        self.byteCount = byteCount
        self.figureCount = figureCount
        self.stoppedAt = stoppedAt
    }

    public init(_ article: Article, figureCount: Int, home: HomeRegion, stoppedAt: Int? = nil) {
        self.init(
            path: article.path, title: article.title, date: article.header.date, source: article.header.source,
            url: article.header.url, home: home, byteCount: article.text.utf8.count, figureCount: figureCount,
            stoppedAt: stoppedAt)
    }
}
