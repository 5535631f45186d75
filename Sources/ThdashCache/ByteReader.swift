import ThdashExtraction

/// Reads what `ByteWriter` wrote, checking every length against the bytes there are: a damaged record
/// throws instead of reading out of bounds.
struct ByteReader {
    struct Truncated: Error {}

    let bytes: UnsafeRawBufferPointer
    var offset: Int
    let end: Int

    init(_ bytes: UnsafeRawBufferPointer, from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.offset = start
        self.end = end ?? bytes.count
    }

    var isAtEnd: Bool { offset == end }

    private mutating func take(_ count: Int) throws(Truncated) -> Int {
        guard count >= 0, count <= end - offset else { throw Truncated() }
        defer { offset += count }
        return offset
    }

    mutating func u8() throws(Truncated) -> UInt8 { bytes[try take(1)] }

    mutating func u32() throws(Truncated) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(4), as: UInt32.self))
    }

    mutating func u64() throws(Truncated) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self))
    }

    mutating func i64() throws(Truncated) -> Int64 { Int64(bitPattern: try u64()) }

    mutating func optionalInt() throws(Truncated) -> Int? {
        let value = try i64()
        guard value != .min else { return nil }
        guard let int = Int(exactly: value) else { throw Truncated() }
        return int
    }

    mutating func int() throws(Truncated) -> Int {
        guard let value = try optionalInt() else { throw Truncated() }
        return value
    }

    mutating func f64() throws(Truncated) -> Double { Double(bitPattern: try u64()) }

    mutating func key() throws(Truncated) -> ContentKey { ContentKey(high: try u64(), low: try u64()) }

    /// The range of a length-prefixed run of bytes.
    mutating func data() throws(Truncated) -> Range<Int> {
        let count = Int(try u32())
        let start = try take(count)
        return start..<start + count
    }
}
