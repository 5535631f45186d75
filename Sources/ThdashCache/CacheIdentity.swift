import ThdashExtraction

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What cached figures depend on besides the file itself: the catalog (every field of every entry), the
/// outlets directory and the extractor. The extractor is identified by the running executable (its inode, size and modification
/// time), so any rebuild, whatever it changed in the extractor or the HTML reader, starts a fresh cache,
/// with no version number for anyone to forget to raise.
public enum CacheIdentity {
    public static func of(
        catalog: ProductCatalog, outlets: OutletDirectory = OutletDirectory(), extractor: String = executableStamp
    ) -> ContentKey {
        var text = "thdash figure cache\u{1}\(CacheFile.formatVersion)\u{1}\(extractor)\u{1}"
        text += outlets.fingerprint + "\u{1}"
        for entry in catalog.entries {
            let fields = [entry.kind.rawValue, entry.id, entry.line, entry.nameVI, entry.nameEN, entry.unit]
            text += (fields + entry.aliases).joined(separator: "\u{2}") + "\u{1}"
        }
        return .sha256(Array(text.utf8))
    }

    /// "inode size seconds.nanoseconds" of the running executable, or "unknown".
    public static var executableStamp: String {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown" }
        return "\(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
}
