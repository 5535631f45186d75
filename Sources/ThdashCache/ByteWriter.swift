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

    /// Seven bits a byte, low bits first; the high bit says more bytes follow.
    mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// An optional integer as a varint: 0 for none, else its zigzag form plus one (small magnitudes of
    /// either sign take one byte).
    mutating func optionalInt(_ value: Int?) {
        guard let value else { return varint(0) }
        let signed = Int64(value)
        varint((UInt64(bitPattern: signed << 1) ^ UInt64(bitPattern: signed >> 63)) &+ 1)
    }

    mutating func int(_ value: Int) { optionalInt(value) }

    mutating func f64(_ value: Double) { u64(value.bitPattern) }

    mutating func key(_ key: ContentKey) {
        u64(key.high)
        u64(key.low)
    }

    mutating func data(_ value: some Collection<UInt8>) {
        varint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }
}
