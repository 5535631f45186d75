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
    /// Slots looked at past the first, over all lookups (tests check that similar strings do not pile up).
    private(set) var extraProbes = 0

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
                extraProbes += 1
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

    /// Every byte, through the standard library's hasher (SipHash, seeded at random for each process): a
    /// hash of only some bytes, or one anyone can compute, lets many similar strings share a slot, and
    /// probing among them made writing one record of 100,000 near-identical sentences quadratic.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return UInt64(UInt(bitPattern: hasher.finalize()))
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
