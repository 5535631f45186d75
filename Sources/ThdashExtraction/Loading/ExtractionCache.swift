/// Figures extracted earlier, kept by the content of the file they came from, so that an unchanged file is
/// not parsed again, and by each path's file identity, so that an unchanged file is not even read.
/// `CorpusReader` asks it before reading and before extracting and tells it what it extracted; the
/// `ThdashCache` target keeps them on disk. Only articles are kept: a file that cannot be read is read again
/// every time, so its reason is always current.
public protocol ExtractionCache: Sendable {
    /// What the file at `path` gave when it was last read, found without reading it, when its identity is
    /// what it was then and was already settled at that read (`FileIdentity.isTrusted`); nil otherwise.
    func lookup(path: String, identity: FileIdentity) -> (ArticleSummary, [Figure])?

    /// What these bytes, read as `format` (a converter's name, or "text"), gave before, with `path` put in
    /// the summary and every figure; else the key to `store` the extraction under. `identity` is that of the
    /// file the bytes were read from: a hit remembers it for `path`.
    func lookup(_ bytes: [UInt8], format: String, path: String, identity: FileIdentity) -> ExtractionCacheLookup

    /// Keeps an article's summary and figures under `key`, and `identity` for `path`.
    func store(
        _ key: ContentKey, path: String, identity: FileIdentity, summary: ArticleSummary, figures: [Figure])

    /// Called once every file of a read has been looked up (a cache may free what it no longer needs).
    func finishedReading()
}

extension ExtractionCache {
    public func lookup(path: String, identity: FileIdentity) -> (ArticleSummary, [Figure])? { nil }
    public func finishedReading() {}
}

/// The answer of `ExtractionCache.lookup`.
public enum ExtractionCacheLookup: Sendable {
    case hit(ArticleSummary, [Figure])
    case miss(ContentKey)
}
