import ThdashExtraction
import ThdashModel
import ThdashUI

/// The fixture dataset with article files to read: each article's text is its front matter, then the
/// sentence of each of its figures, a paragraph each; the figures' offsets are where their quotes are in that
/// text once the article loader has normalised it, as the extractor records them. The reader's tests read
/// these texts through `ArticleLoader.article(from:path:)`, the loader's own parsing, in place of the disk.
enum ReaderFixture {
    /// Each article's file, by path; the article about another province has none (it cannot be read).
    static let files: [String: String] = {
        var files: [String: String] = [:]
        for article in DashboardFixture.articles.prefix(3) {
            var sentences: [String] = []
            for figure in DashboardFixture.figures where figure.article == article.path {
                if !sentences.contains(figure.sentence) { sentences.append(figure.sentence) }
            }
            files[article.path] =
                "---\ntitle: \(article.title)\n---\n\n" + sentences.joined(separator: "\n\n") + "\n"
        }
        return files
    }()

    /// The fixture's figures with their true offsets in `files`.
    static let figures: [Figure] = DashboardFixture.figures.map { figure in
        var figure = figure
        guard let text = try? article(figure.article).get().text,
            let sentence = text.range(of: figure.sentence),
            let quote = text[sentence].range(of: figure.quote)
        else { return figure }
        figure.offset = text.unicodeScalars.distance(from: text.startIndex, to: quote.lowerBound)
        return figure
    }

    static let dataset = Dataset(
        figures: figures, articles: DashboardFixture.articles, catalog: DashboardFixture.catalog)

    static func state(width: Int = 80, height: Int = 24, language: Language = .vietnamese) -> AppState {
        AppState(
            dataset: dataset, failures: DashboardFixture.failures, language: language, width: width, height: height)
    }

    /// What reading an article's file gives: the loader's article, or the failure a missing file gives.
    static func article(_ path: String) -> Result<Article, LoadFailure> {
        guard let text = files[path] else {
            return .failure(LoadFailure(path: path, reason: "No such file or directory"))
        }
        return ArticleLoader.article(from: Array(text.utf8), path: path)
    }
}

extension AppState {
    /// Presses keys as the runtime does: an article the reader asks for is read (from the fixture's files)
    /// and posted back. Returns the paths read.
    @discardableResult
    mutating func pressReading(_ keys: Key...) -> [String] {
        var read: [String] = []
        for key in keys {
            if case .readArticle(let path) = handle(key) {
                read.append(path)
                _ = update(.articleRead(path: path, ReaderFixture.article(path)))
            }
        }
        return read
    }
}
