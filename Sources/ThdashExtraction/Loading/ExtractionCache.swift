/// Figures extracted earlier, kept by the content of the file they came from, so that an unchanged file is
/// not parsed again. `CorpusReader` asks it before extracting and tells it what it extracted; the
/// `ThdashCache` target keeps them on disk. Only articles are kept: a file that cannot be read is read again
/// every time, so its reason is always current.
public protocol ExtractionCache: Sendable {
    /// What these bytes, read as `format` (a converter's name, or "text"), gave before, with `path` put in
    /// the summary and every figure; else the key to `store` the extraction under.
    func lookup(_ bytes: [UInt8], format: String, path: String) -> ExtractionCacheLookup

    /// Keeps an article's summary and figures under `key`.
    func store(_ key: ContentKey, summary: ArticleSummary, figures: [Figure])

    /// Called once every file of a read has been looked up (a cache may free what it no longer needs).
    func finishedReading()
}

extension ExtractionCache {
    public func finishedReading() {}
}

/// The answer of `ExtractionCache.lookup`.
public enum ExtractionCacheLookup: Sendable {
    case hit(ArticleSummary, [Figure])
    case miss(ContentKey)
}
