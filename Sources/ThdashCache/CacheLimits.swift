/// How much the cache folder may hold. Every set of paths ever opened has its own cache file, so without a
/// bound the folder only grows: after each save, files not used for `maximumAge` are removed, then the least
/// recently used until the rest fit in `maximumTotalBytes`.
public struct CacheLimits: Sendable, Hashable {
    /// A cache file not used for this long (nanoseconds) is removed.
    public var maximumAge: Int64
    /// The most bytes the folder's cache files may hold together.
    public var maximumTotalBytes: Int64

    public init(maximumAge: Int64, maximumTotalBytes: Int64) {
        self.maximumAge = maximumAge
        self.maximumTotalBytes = maximumTotalBytes
    }

    /// 30 days and 256 MiB: a corpus opened once a month keeps its speed, and the embedded corpus's file
    /// (about 54 kB) fits thousands of times.
    public static let standard = CacheLimits(maximumAge: 30 * 86_400 * 1_000_000_000, maximumTotalBytes: 256 << 20)
}
