import Foundation
import ThdashExtraction

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The cache file: every record of one corpus in a single file, so that a warm start opens one file, not
/// one per article.
///
///     header   "THDCACHE" · format version u32 · 0 u32 · identity (16 bytes)
///     records  key (16 bytes) · length (varint) · record bytes     (repeated)
///     trailer  length of all before it u64 · its hash (16 bytes) · "THDC-END"
///
/// A file is used only when its trailer is there, its length and hash match, and its identity (the
/// extractor and catalog it was made with) is the current one; anything else, a file cut short by a crash
/// or a disk filling up included, is treated as no cache. `CacheFileWriter` writes them to a temporary
/// name, flushes them to disk, then renames them over the old one, so a reader sees the old file or the new
/// one, never half of one.
struct CacheFile {
    static let magic = Array("THDCACHE".utf8)
    static let endMagic = Array("THDC-END".utf8)
    static let formatVersion: UInt32 = 4
    static let headerSize = 32
    static let trailerSize = 32
    /// Larger files are not read (a corpus of a million articles would not fit the cache's purpose).
    static let maximumSize = 1 << 31

    /// Why a file was not used.
    enum Rejection: Error, Equatable {
        case unreadable(String)
        case damaged(String)
        case otherIdentity
        case otherFormat

        /// The same reason, as the note the commands and the dashboard show; nil for a file made by another
        /// build or catalog, which is how a cache goes out of date, not a problem.
        var problem: CacheNote.Problem? {
            switch self {
            case .unreadable(let reason): .unreadable(reason)
            case .damaged(let reason): .damaged(reason)
            case .otherIdentity, .otherFormat: nil
            }
        }
    }

    /// The file's bytes and where each record lies in them.
    var bytes: [UInt8]
    var index: [ContentKey: Range<Int>]

    /// Reads and checks a cache file made with `identity`.
    static func load(path: String, identity: ContentKey) throws(Rejection) -> CacheFile {
        let bytes = try readAll(path)
        let checked = bytes.withUnsafeBytes { buffer in
            Result { () throws(Rejection) in try check(buffer, identity: identity) }
        }
        return CacheFile(bytes: bytes, index: try checked.get())
    }

    /// The record index of a whole file's bytes, after checking trailer, hash and header.
    static func check(_ buffer: UnsafeRawBufferPointer, identity: ContentKey) throws(Rejection) -> [ContentKey: Range<
        Int
    >] {
        guard buffer.count >= headerSize + trailerSize else { throw .damaged("too short") }
        let trailerStart = buffer.count - trailerSize
        guard Array(buffer[(buffer.count - 8)...]) == endMagic else { throw .damaged("no end marker") }
        var trailer = ByteReader(buffer, from: trailerStart, to: buffer.count - 8)
        guard let length = try? trailer.u64(), let stored = try? trailer.key() else { throw .damaged("trailer") }
        guard length == UInt64(trailerStart) else { throw .damaged("length does not match") }
        guard ContentHasher.hash(UnsafeRawBufferPointer(rebasing: buffer[..<trailerStart])) == stored else {
            throw .damaged("checksum does not match")
        }
        guard Array(buffer[..<8]) == magic else { throw .damaged("not a thdash cache file") }
        var reader = ByteReader(buffer, from: 8, to: trailerStart)
        do {
            guard try reader.u32() == formatVersion else { throw Rejection.otherFormat }
            _ = try reader.u32()
            guard try reader.key() == identity else { throw Rejection.otherIdentity }
            var index: [ContentKey: Range<Int>] = [:]
            while !reader.isAtEnd {
                let key = try reader.key()
                index[key] = try reader.data()
            }
            return index
        } catch let rejection as Rejection {
            throw rejection
        } catch {
            throw .damaged("records run past the end")
        }
    }

    private static func readAll(_ path: String) throws(Rejection) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable("not a file") }
        let size = Int(info.st_size)
        guard size <= maximumSize else { throw .unreadable("too large") }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, size - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                throw .unreadable(count == 0 ? "shorter than it said" : String(cString: strerror(errno)))
            }
            filled += count
        }
        return bytes
    }

    static let temporaryMarker = ".tmp-"

    /// Deletes temporary files of `path` left by writers that died before renaming them (their process is
    /// gone); those of running writers are left alone.
    static func removeAbandonedTemporaries(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + temporaryMarker
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let pid = name.dropFirst(prefix.count).split(separator: "-").first.flatMap { pid_t($0) }
            if let pid, kill(pid, 0) == 0 || errno == EPERM { continue }
            unlink(folder + "/" + name)
        }
    }
}
