import ThdashExtraction

/// A fast 128-bit hash of bytes, for keying cached figures by file content and checksumming the cache file.
/// Not cryptographic: it guards against accidental change (an edited article, a torn write), not against
/// someone crafting collisions. Foundation on Linux has no CryptoKit, hence this one.
///
/// The bytes are read in 32-byte stripes into two lanes; each lane folds a 64×64→128-bit product of its
/// two words (each mixed with a secret) into its state with a multiply and rotate that cannot lose the
/// state (wyhash's folded multiply, with the state kept out of the product). The tail, the length and a seed
/// go into a final mix that spreads both lanes over both halves of the result.
public enum ContentHasher {
    private static let secrets: (UInt64, UInt64, UInt64, UInt64) = (
        0xA076_1D64_78BD_642F, 0xE703_7ED1_A0B4_28DB, 0x8EBC_6AF0_9C88_C6E3, 0x5899_65CC_7537_4CC3
    )
    private static let prime: UInt64 = 0x9E37_79B9_7F4A_7C15

    public static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> ContentKey {
        bytes.withUnsafeBytes { hash($0, seed: seed) }
    }

    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> ContentKey {
        var a = seed ^ secrets.0
        var b = seed &* prime ^ secrets.1
        let count = bytes.count
        var offset = 0
        while offset + 32 <= count {
            let w0 = word(bytes, offset)
            let w1 = word(bytes, offset + 8)
            let w2 = word(bytes, offset + 16)
            let w3 = word(bytes, offset + 24)
            a = absorb(a, fold(w0 ^ secrets.0, w1 ^ secrets.1))
            b = absorb(b, fold(w2 ^ secrets.2, w3 ^ secrets.3))
            offset += 32
        }
        // The last 0–31 bytes, zero-padded to four words; the length tells paddings apart.
        var tail: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &tail) { buffer in
            for index in 0..<(count - offset) { buffer[index] = bytes[offset + index] }
        }
        a = absorb(a, fold(UInt64(littleEndian: tail.0) ^ secrets.2, UInt64(littleEndian: tail.1) ^ secrets.3))
        b = absorb(b, fold(UInt64(littleEndian: tail.2) ^ secrets.0, UInt64(littleEndian: tail.3) ^ secrets.1))
        let length = UInt64(count)
        let high = mix(a ^ length, b ^ secrets.2)
        let low = mix(b ^ (length &* prime), a ^ secrets.3)
        return ContentKey(high: mix(high, low ^ secrets.0), low: mix(low, high ^ secrets.1))
    }

    @inline(__always)
    private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The two halves of a full product, xored.
    @inline(__always)
    private static func fold(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let (high, low) = x.multipliedFullWidth(by: y)
        return high ^ low
    }

    /// One-to-one in `state` for any `input`, so no input can wipe what came before.
    @inline(__always)
    private static func absorb(_ state: UInt64, _ input: UInt64) -> UInt64 {
        let mixed = (state ^ input) &* prime
        return (mixed << 29) | (mixed >> 35)
    }

    @inline(__always)
    private static func mix(_ x: UInt64, _ y: UInt64) -> UInt64 {
        var z = fold(x ^ secrets.1, y ^ secrets.2) ^ x
        z ^= z >> 32
        z &*= 0xBF58_476D_1CE4_E5B9
        z ^= z >> 29
        return z
    }
}
