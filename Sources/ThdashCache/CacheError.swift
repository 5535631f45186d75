#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A cache operation that failed, and why.
public enum CacheError: Error, CustomStringConvertible {
    case system(String, Int32)
    case noFolder
    case other(String)

    public var description: String {
        switch self {
        case .system(let what, let code): "\(what): \(String(cString: strerror(code)))"
        case .other(let reason): reason
        case .noFolder: "no cache folder: neither THDASH_CACHE_DIR, XDG_CACHE_HOME nor HOME is set"
        }
    }
}
