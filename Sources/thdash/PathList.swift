import Foundation

/// The list of paths `--files-from` names, as tar and rsync read theirs: one path a line, empty lines
/// skipped; or, when the list holds a NUL byte (find -print0, xargs -0), paths separated by NUL, so that a
/// name with a line break in it can be listed too.
enum PathList {
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// The bytes of the file at `path`, or of standard input for "-": any file that can be read to its end
    /// (a pipe, a FIFO, process substitution's /dev/fd/N).
    static func read(_ path: String) throws -> [UInt8] {
        let fd = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(description: String(cString: strerror(errno))) }
        defer { if fd != STDIN_FILENO { close(fd) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(description: String(cString: strerror(errno)))
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    /// The paths in a list's bytes, in order; a path that is not UTF-8 is kept with replacement
    /// characters (reading it then fails and names it).
    static func paths(in bytes: [UInt8]) -> [String] {
        let separator: UInt8 = bytes.contains(0) ? 0 : UInt8(ascii: "\n")
        return bytes.split(separator: separator, omittingEmptySubsequences: true).map {
            String(decoding: $0, as: UTF8.self)
        }
    }
}
