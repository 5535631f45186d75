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
/// one per article, and, for each path read, the identity its file had then, so that a warm start reads
/// no unchanged article at all.
///
///     header   "THDCACHE" · format version u32 · 0 u32 · identity (16 bytes)
///     entries  1 · key (16 bytes) · file size (varint) · length (varint) · record bytes
///              2 · path (varint length, UTF-8) · device u64 · inode u64 · size i64 · modified i64 ·
///                  changed i64 · read at i64 · key (16 bytes)                                 (repeated)
///     trailer  length of all before it u64 · its hash (16 bytes) · "THDC-END"
///
/// A record's key is the SHA-256 of the file's bytes (and of how they are read), so no two files share one
/// in practice; the file's size is kept beside it and checked too.
///
/// A file is used only when its trailer is there, its length and hash match, and its identity (the
/// extractor and catalog it was made with) is the current one; anything else, a file cut short by a crash
/// or a disk filling up included, is treated as no cache. `CacheFileWriter` writes them to a temporary
/// name, flushes them to disk, then renames them over the old one, so a reader sees the old file or the new
/// one, never half of one.
struct CacheFile {
    static let magic = Array("THDCACHE".utf8)
    static let endMagic = Array("THDC-END".utf8)
    static let formatVersion: UInt32 = 6
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

    /// The file's bytes, where each record lies in them with the size of the file it came from, and what
    /// each path's file was when it was read.
    var bytes: [UInt8]
    var index: [ContentKey: Record]
    var paths: [String: PathEntry]

    struct Record {
        var size: Int64
        var range: Range<Int>
    }

    /// A path's file when it was read: its identity, when it was read, and the key of its record.
    struct PathEntry: Equatable {
        var identity: FileIdentity
        var readAt: Int64
        var key: ContentKey
    }

    static let recordTag: UInt8 = 1
    static let pathTag: UInt8 = 2

    /// Reads and checks a cache file made with `identity`.
    static func load(path: String, identity: ContentKey) throws(Rejection) -> CacheFile {
        let bytes = try readAll(path)
        let checked = bytes.withUnsafeBytes { buffer in
            Result { () throws(Rejection) in try check(buffer, identity: identity) }
        }
        let (index, paths) = try checked.get()
        return CacheFile(bytes: bytes, index: index, paths: paths)
    }

    /// The record index and path entries of a whole file's bytes, after checking trailer, hash and header.
    static func check(_ buffer: UnsafeRawBufferPointer, identity: ContentKey) throws(Rejection) -> (
        [ContentKey: Record], [String: PathEntry]
    ) {
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
            var index: [ContentKey: Record] = [:]
            var paths: [String: PathEntry] = [:]
            while !reader.isAtEnd {
                switch try reader.u8() {
                case recordTag:
                    let key = try reader.key()
                    let size = Int64(try reader.varint())
                    index[key] = Record(size: size, range: try reader.data())
                case pathTag:
                    let path = String(
                        decoding: UnsafeRawBufferPointer(rebasing: buffer[try reader.data()]), as: UTF8.self)
                    let identity = FileIdentity(
                        device: try reader.u64(), inode: try reader.u64(), size: try reader.i64(),
                        modified: try reader.i64(), changed: try reader.i64())
                    paths[path] = PathEntry(identity: identity, readAt: try reader.i64(), key: try reader.key())
                default:
                    throw Rejection.damaged("unknown entry")
                }
            }
            return (index, paths)
        } catch let rejection as Rejection {
            throw rejection
        } catch {
            throw .damaged("records run past the end")
        }
    }

    /// Reads a cache file whole, once its trailer's length matches its size. Opened without blocking and
    /// refused unless it is a regular file: a FIFO put at its name must not hang every run, nor a device feed
    /// it; a damaged file is rejected from its last bytes, before reading the rest.
    private static func readAll(_ path: String) throws(Rejection) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable("not a file") }
        let size = Int(info.st_size)
        guard size <= maximumSize else { throw .unreadable("too large") }
        guard size >= headerSize + trailerSize else { throw .damaged("too short") }
        var trailer = [UInt8](repeating: 0, count: trailerSize)
        let got = trailer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, trailerSize, off_t(size - trailerSize)) }
        guard got == trailerSize else { throw .unreadable("cannot read its end") }
        guard Array(trailer[(trailerSize - 8)...]) == endMagic else { throw .damaged("no end marker") }
        let stated = trailer.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        guard stated == UInt64(size - trailerSize) else { throw .damaged("length does not match") }
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
