#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the file system says of a file without reading it: device, inode, size, and the times of its last
/// change of content and of status. As in git's index, a file whose identity is what it was when it was last
/// read has the same content, unless it was changed within the same timestamp tick as that read (see
/// `isTrusted(readAt:)`).
public struct FileIdentity: Sendable, Hashable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Modification time, nanoseconds since the epoch.
    public var modified: Int64
    /// Status change time (ctime), nanoseconds since the epoch: a rewrite that restores the modification
    /// time still changes it.
    public var changed: Int64

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    init(_ info: stat) {
        self.init(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
    }

    /// The identity of the regular file at `path` (links followed); nil for anything else or an error.
    public static func of(_ path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileIdentity(info)
    }

    /// Timestamps are coarser on some file systems (two seconds on FAT, a second on some network ones).
    static let racyWindow: Int64 = 2_000_000_000

    /// Whether a file with this identity can be taken for unchanged since it was read at `readAt`
    /// (nanoseconds since the epoch): not when it was modified, or its status changed, so close to the read
    /// that a later change could have left both times as they are ("racily clean", in git's words).
    public func isTrusted(readAt: Int64) -> Bool {
        modified < readAt - Self.racyWindow && changed < readAt - Self.racyWindow
    }

    /// Now, in nanoseconds since the epoch (the clock file times are in).
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
