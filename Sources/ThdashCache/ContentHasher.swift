import ThdashExtraction

/// A fast 128-bit hash of bytes, for checksumming the cache file as a whole. Not cryptographic: it guards
/// against accidental change (a torn write, a damaged disk), not against someone crafting collisions, which
/// is why records are keyed by `SHA256` instead.
///
/// The bytes are read in 32-byte stripes into two lanes; each lane folds a 64×64→128-bit product of its
/// two words (each mixed with a secret) into its state with a multiply and rotate that cannot lose the
/// state (wyhash's folded multiply, with the state kept out of the product). The tail, the length and a seed
/// go into a final mix that spreads both lanes over both halves of the result.
public struct ContentHasher {
    private static let secrets: (UInt64, UInt64, UInt64, UInt64) = (
        0xA076_1D64_78BD_642F, 0xE703_7ED1_A0B4_28DB, 0x8EBC_6AF0_9C88_C6E3, 0x5899_65CC_7537_4CC3
    )
    private static let prime: UInt64 = 0x9E37_79B9_7F4A_7C15

    private var a: UInt64
    private var b: UInt64
    private var count = 0
    /// Bytes short of a whole stripe, kept until more come.
    private var pending: [UInt8] = []

    /// A hasher to feed piece by piece (`update`), giving what `hash` gives for all the pieces at once.
    public init(seed: UInt64 = 0) {
        a = seed ^ Self.secrets.0
        b = seed &* Self.prime ^ Self.secrets.1
    }

    public static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> ContentKey {
        bytes.withUnsafeBytes { hash($0, seed: seed) }
    }

    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> ContentKey {
        var hasher = ContentHasher(seed: seed)
        hasher.update(bytes)
        return hasher.finish()
    }

    public mutating func update(_ bytes: some Collection<UInt8>) {
        if let done = bytes.withContiguousStorageIfAvailable({ update(UnsafeRawBufferPointer($0)) }) { return done }
        Array(bytes).withUnsafeBytes { update($0) }
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        count += bytes.count
        var offset = 0
        if !pending.isEmpty {
            let taken = min(32 - pending.count, bytes.count)
            pending += bytes[0..<taken]
            offset = taken
            guard pending.count == 32 else { return }
            pending.withUnsafeBytes { stripe($0, 0) }
            pending.removeAll(keepingCapacity: true)
        }
        while offset + 32 <= bytes.count {
            stripe(bytes, offset)
            offset += 32
        }
        pending += bytes[offset...]
    }

    public func finish() -> ContentKey {
        let secrets = Self.secrets
        var a = self.a
        var b = self.b
        // The last 0–31 bytes, zero-padded to four words; the length tells paddings apart.
        var tail: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &tail) { buffer in
            for index in pending.indices { buffer[index] = pending[index] }
        }
        a = Self.absorb(
            a, Self.pair(UInt64(littleEndian: tail.0) ^ secrets.2, UInt64(littleEndian: tail.1) ^ secrets.3))
        b = Self.absorb(
            b, Self.pair(UInt64(littleEndian: tail.2) ^ secrets.0, UInt64(littleEndian: tail.3) ^ secrets.1))
        let length = UInt64(count)
        let high = Self.mix(a ^ length, b ^ secrets.2)
        let low = Self.mix(b ^ (length &* Self.prime), a ^ secrets.3)
        return ContentKey(high: Self.mix(high, low ^ secrets.0), low: Self.mix(low, high ^ secrets.1))
    }

    @inline(__always)
    private mutating func stripe(_ bytes: UnsafeRawBufferPointer, _ offset: Int) {
        let secrets = Self.secrets
        let w0 = Self.word(bytes, offset)
        let w1 = Self.word(bytes, offset + 8)
        let w2 = Self.word(bytes, offset + 16)
        let w3 = Self.word(bytes, offset + 24)
        a = Self.absorb(a, Self.pair(w0 ^ secrets.0, w1 ^ secrets.1))
        b = Self.absorb(b, Self.pair(w2 ^ secrets.2, w3 ^ secrets.3))
    }

    @inline(__always)
    private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Two words into one: their folded product, which is zero whenever one of them is, so with both words
    /// themselves mixed in too: no word may be ignored because the other one cancelled its secret.
    @inline(__always)
    private static func pair(_ x: UInt64, _ y: UInt64) -> UInt64 {
        fold(x, y) ^ x ^ ((y << 32) | (y >> 32))
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
