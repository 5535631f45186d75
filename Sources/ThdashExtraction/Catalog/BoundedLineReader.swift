#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a tab-separated file the user may edit (the catalog, the outlets) a chunk at a time, line by line.
/// A line longer than `maximumLineLength` is passed over without being kept, its number noted: a file with
/// one huge line costs no more memory than the limit (reading such a file whole took a hundred times its
/// size). A stream that never ends (`--catalog /dev/zero`) stops at `maximumFileSize`.
public enum BoundedLineReader {
    /// Far longer than any catalog line (a product with all its aliases is a few hundred bytes).
    public static let maximumLineLength = 64 << 10
    /// As for articles.
    public static let maximumFileSize = ArticleLoader.maximumFileSize

    /// Why the file could not be read at all, in the system's words where it has them.
    public struct ReadError: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// A line passed over: its number (from 1) and its length in bytes.
    public struct LongLine: Sendable, Equatable, CustomStringConvertible {
        public var number: Int
        public var length: Int
        public var description: String {
            "line \(number): longer than \(BoundedLineReader.maximumLineLength >> 10) KiB (\(Self.size(length))), skipped"
        }

        private static func size(_ bytes: Int) -> String {
            bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes >> 10) KiB"
        }
    }

    /// Calls `body` with each line's number and bytes (without its line feed; a carriage return before it
    /// is kept), in order; returns the lines passed over. A folder is refused, as is a file that cannot be
    /// opened or read; anything that can be read to its end (a pipe, /dev/null) is read.
    public static func forEachLine(
        of path: String, maximumLineLength: Int = maximumLineLength, _ body: (Int, ArraySlice<UInt8>) throws -> Void
    ) throws -> [LongLine] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
        if info.st_mode & S_IFMT == S_IFDIR { throw ReadError(reason: "is a folder, not a file") }

        var longLines: [LongLine] = []
        var line: [UInt8] = []
        var number = 1
        /// The length of the line being passed over, once it is over the limit.
        var overflow: Int?
        var total = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        func endLine() throws {
            if let length = overflow {
                longLines.append(LongLine(number: number, length: length))
            } else {
                try body(number, line[...])
            }
            line.removeAll(keepingCapacity: true)
            overflow = nil
            number += 1
        }
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            total += count
            if total > maximumFileSize { throw ReadError(reason: "larger than \(maximumFileSize >> 20) MiB") }
            var start = 0
            while start < count {
                let end = chunk[start..<count].firstIndex(of: 0x0A) ?? count
                let piece = end - start
                if let length = overflow {
                    overflow = length + piece
                } else if line.count + piece > maximumLineLength {
                    overflow = line.count + piece
                    line.removeAll()
                } else {
                    line += chunk[start..<end]
                }
                if end < count { try endLine() }
                start = end + 1
            }
        }
        if overflow != nil || !line.isEmpty { try endLine() }
        return longLines
    }
}
