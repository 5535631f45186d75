import ThdashExtraction

/// Appends little-endian numbers and length-prefixed bytes to a growing buffer.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }

    /// An optional integer; `Int64.min` stands for none.
    mutating func optionalInt(_ value: Int?) { i64(value.map { Int64($0) } ?? .min) }

    mutating func f64(_ value: Double) { u64(value.bitPattern) }

    mutating func key(_ key: ContentKey) {
        u64(key.high)
        u64(key.low)
    }

    mutating func data(_ value: some Collection<UInt8>) {
        u32(UInt32(value.count))
        bytes.append(contentsOf: value)
    }
}
