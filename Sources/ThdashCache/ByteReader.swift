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

    mutating func varint() throws(Truncated) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try u8()
            guard shift < 64 else { throw Truncated() }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func optionalInt() throws(Truncated) -> Int? {
        let stored = try varint()
        guard stored != 0 else { return nil }
        let zigzag = stored &- 1
        return Int(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
    }

    mutating func int() throws(Truncated) -> Int {
        guard let value = try optionalInt() else { throw Truncated() }
        return value
    }

    mutating func f64() throws(Truncated) -> Double { Double(bitPattern: try u64()) }

    mutating func key() throws(Truncated) -> ContentKey { ContentKey(high: try u64(), low: try u64()) }

    /// The range of a length-prefixed run of bytes.
    mutating func data() throws(Truncated) -> Range<Int> {
        let stored = try varint()
        guard stored <= UInt64(end - offset) else { throw Truncated() }
        let count = Int(stored)
        let start = try take(count)
        return start..<start + count
    }
}
