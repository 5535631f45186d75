import ThdashExtraction
import ThdashModel

/// Everything that can change the app state: commands from keys, mouse events, the terminal's size, and what
/// the background loader reports.
public enum Action: Sendable {
    case command(Command)
    case click(x: Int, y: Int)
    case scroll(up: Bool)
    case resize(width: Int, height: Int)
    /// Loading progress: files read of those found.
    case loadProgress(done: Int, total: Int)
    /// The figures are read; the dataset is being built.
    case loadBuilding
    /// The dataset is ready; `failures` are the files that could not be read, `skipped` the paths passed
    /// over.
    case loaded(Dataset, failures: [LoadFailure], skipped: [SkippedPath] = [])
    /// The cache of extracted figures had a problem (posted after `loaded`: the cache is written after the
    /// dataset is shown).
    case cacheNote(CacheNote)
    /// The article the reader asked for (`Effect.readArticle`), or why it could not be read.
    case articleRead(path: String, Result<Article, LoadFailure>)
}
