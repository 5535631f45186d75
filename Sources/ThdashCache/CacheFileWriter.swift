import Foundation
import ThdashExtraction

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a cache file record by record to a temporary file beside its final name (`NAME.tmp-PID-RANDOM`),
/// hashing as it goes, so that records are never all held in memory; `commit` adds the trailer, flushes the
/// file to disk, renames it over the final name and flushes the folder. Until then readers of the final
/// name see the old file; a writer that dies leaves only a temporary file, removed by a later writer.
final class CacheFileWriter {
    let temporary: String
    private var fd: Int32
    private var hasher = ContentHasher()
    private var length = 0
    private var buffer: [UInt8] = []
    private var failure: CacheError?

    init(for path: String, identity: ContentKey) throws(CacheError) {
        temporary = path + CacheFile.temporaryMarker + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .system("create \(temporary)", errno) }
        buffer.reserveCapacity(1 << 20)
        var header = ByteWriter()
        header.bytes += CacheFile.magic
        header.u32(CacheFile.formatVersion)
        header.u32(0)
        header.key(identity)
        add(header.bytes[...])
    }

    deinit { abandon() }

    /// Appends the record of a file of `size` bytes whose content has `key`.
    func append(key: ContentKey, size: Int64, record: ArraySlice<UInt8>) {
        var prefix = ByteWriter()
        prefix.u8(CacheFile.recordTag)
        prefix.key(key)
        prefix.varint(UInt64(size))
        prefix.varint(UInt64(record.count))
        add(prefix.bytes[...])
        add(record)
    }

    /// Appends what the file at `path` was when it was read.
    func appendPath(_ path: String, _ entry: CacheFile.PathEntry) {
        var writer = ByteWriter()
        writer.u8(CacheFile.pathTag)
        writer.data(Array(path.utf8))
        writer.u64(entry.identity.device)
        writer.u64(entry.identity.inode)
        writer.i64(entry.identity.size)
        writer.i64(entry.identity.modified)
        writer.i64(entry.identity.changed)
        writer.i64(entry.readAt)
        writer.key(entry.key)
        add(writer.bytes[...])
    }

    /// Writes what is buffered (also used by tests to leave a half-written file behind).
    func flush() {
        var written = 0
        while written < buffer.count && failure == nil {
            let count = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + written, buffer.count - written) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                failure = .system("write \(temporary)", errno)
            } else {
                written += count
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Finishes the file and puts it in place at `path`.
    func commit(to path: String) throws(CacheError) {
        var trailer = ByteWriter()
        trailer.u64(UInt64(length))
        trailer.key(hasher.finish())
        trailer.bytes += CacheFile.endMagic
        buffer += trailer.bytes
        flush()
        if failure == nil && fsync(fd) != 0 { failure = .system("flush \(temporary)", errno) }
        close(fd)
        fd = -1
        if let failure {
            unlink(temporary)
            throw failure
        }
        guard rename(temporary, path) == 0 else {
            let error = errno
            unlink(temporary)
            throw .system("rename \(temporary)", error)
        }
        let folder = (path as NSString).deletingLastPathComponent
        let folderFD = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }

    /// Closes the temporary file and leaves it there, as a writer killed before its rename would (tests).
    func closeLikeAKilledWriter() {
        flush()
        if fd >= 0 { close(fd) }
        fd = -1
    }

    /// Closes and deletes the temporary file, unless it was committed.
    func abandon() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
        unlink(temporary)
    }

    private func add(_ piece: ArraySlice<UInt8>) {
        hasher.update(piece)
        length += piece.count
        if buffer.count + piece.count > buffer.capacity { flush() }
        buffer += piece
    }
}
