import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps the cache folder within `CacheLimits`, touching only files named as the cache names its own:
/// `corpus-<32 hex digits>.cache`, and the temporary files `<that>.tmp-<pid>-<n>` of writers that died
/// (those of running writers are left alone). Anything else in the folder, whoever put it there, stays.
///
/// "Last used" is a cache file's modification time: the cache rewrites a file when its corpus changed and
/// touches it when it was used as it was (access times are not kept on noatime mounts, and relatime
/// updates them once a day at most).
enum CacheSweep {
    /// Removes the cache files of `folder` not used within `limits.maximumAge` before `now` (nanoseconds
    /// since the epoch), then the least recently used until the rest fit in `limits.maximumTotalBytes`,
    /// never the one named `keeping` (the file just written or used); and abandoned temporary files.
    static func sweep(folder: String, keeping: String, limits: CacheLimits, now: Int64) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        var kept: [(path: String, size: Int64, used: Int64)] = []
        for name in names {
            let path = folder + "/" + name
            if let pid = writerOfTemporary(name) {
                if kill(pid, 0) != 0 && errno == ESRCH { unlink(path) }
                continue
            }
            guard isCacheFile(name) else { continue }
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            let used = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            if name != keeping && now - used > limits.maximumAge {
                unlink(path)
            } else {
                kept.append((path, Int64(info.st_size), name == keeping ? Int64.max : used))
            }
        }
        var total = kept.reduce(0) { $0 + $1.size }
        // Least recently used first; the file kept sorts last, and is never reached.
        for file in kept.sorted(by: { $0.used < $1.used }) where total > limits.maximumTotalBytes {
            guard file.used != Int64.max else { break }
            if unlink(file.path) == 0 { total -= file.size }
        }
    }

    /// "corpus-" then 32 lowercase hexadecimal digits then ".cache": `FigureCache.fileName(corpus:)`.
    static func isCacheFile(_ name: String) -> Bool {
        let utf8 = Array(name.utf8)
        let prefix = Array("corpus-".utf8)
        let suffix = Array(".cache".utf8)
        guard utf8.count == prefix.count + 32 + suffix.count, utf8.starts(with: prefix), utf8.suffix(6) == suffix[...]
        else { return false }
        return utf8[prefix.count..<(prefix.count + 32)].allSatisfy {
            ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f"))
        }
    }

    /// The pid in a cache file's temporary name (`corpus-….cache.tmp-<pid>-<n>`); nil for any other name.
    static func writerOfTemporary(_ name: String) -> pid_t? {
        guard let marker = name.range(of: CacheFile.temporaryMarker), isCacheFile(String(name[..<marker.lowerBound]))
        else { return nil }
        let parts = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, UInt32(parts[1]) != nil else { return nil }
        return pid
    }
}
