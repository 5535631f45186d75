#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file or folder as the system knows it, by device and inode: the same for every path that reaches it
/// (given twice, through a folder and directly, through symbolic links, through hard links), whatever its
/// size and times.
struct DeviceInode: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    init(_ identity: FileIdentity) {
        device = identity.device
        inode = identity.inode
    }
}
