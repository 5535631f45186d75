#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The distinct strings of one record, numbered in order of first use. Found again through a small
/// open-addressing table of their numbers, hashed on their UTF-8 bytes: `String`'s own hashing and
/// equality follow Unicode canonical equivalence, which for Vietnamese text (never ASCII) is many times
/// slower, and a `Dictionary` grown from empty for every record rehashed its keys at each growth. The
/// extractor's text is already normalised, so bytes are what matters.
struct StringTable {
    private(set) var values: [String] = []
    /// Per slot: 1 + the number of the string there, or 0 for an empty slot.
    private var slots: [Int32]
    private var hashes: [UInt64] = []

    /// A table sized for about `expected` distinct strings (it grows past that).
    init(expected: Int = 8) {
        var size = 16
        while size < 2 * expected { size *= 2 }
        slots = Array(repeating: 0, count: size)
        values.reserveCapacity(expected)
        hashes.reserveCapacity(expected)
    }

    /// The string's number; nil for no string.
    mutating func index(_ value: String?) -> Int? {
        guard let value else { return nil }
        var bytes = value
        let (hash, slot, known) = bytes.withUTF8 { bytes -> (UInt64, Int, Int?) in
            let hash = Self.hash(bytes)
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] != 0 {
                let known = Int(slots[slot] - 1)
                if hashes[known] == hash && Self.same(&values[known], bytes) { return (hash, slot, known) }
                slot = (slot + 1) & (slots.count - 1)
            }
            return (hash, slot, nil)
        }
        if let known { return known }
        let index = values.count
        values.append(value)
        hashes.append(hash)
        slots[slot] = Int32(index + 1)
        if 2 * values.count > slots.count { grow() }
        return index
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index + 1)
        }
    }

    /// The length and at most eight bytes from each end, mixed: sentences of one article differ there, and
    /// hashing every byte of every sentence for every figure cost more than the rest of the encoding.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            if bytes.count >= 8 {
                head = raw.loadUnaligned(as: UInt64.self)
                tail = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
            } else {
                for (i, byte) in bytes.enumerated() { head |= UInt64(byte) << (8 * UInt64(i)) }
            }
        }
        var mixed = (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15) ^ head
        mixed = (mixed ^ (mixed >> 29)) &* 0xBF58_476D_1CE4_E5B9 ^ tail
        mixed = (mixed ^ (mixed >> 32)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 29)
    }

    /// Byte equality with memcmp (the generic `elementsEqual` over two UTF-8 views walks them through their
    /// iterators, and every figure's sentence is compared whole with the one already in the table).
    private static func same(_ known: inout String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        known.withUTF8 { other in
            guard other.count == bytes.count else { return false }
            return other.isEmpty || memcmp(other.baseAddress!, bytes.baseAddress!, other.count) == 0
        }
    }
}
