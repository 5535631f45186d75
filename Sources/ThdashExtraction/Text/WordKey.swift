/// A word's lowercase canonical form packed into three integers, compared and hashed byte for byte.
///
/// Swift's `String` equality honours canonical equivalence, which makes every comparison of two different
/// non-ASCII strings normalise both: far too slow for matching every token against keyword lists. Keys are
/// built from NFC text by one code path (`WordKeyBuilder`), so byte equality is the equality we need.
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    private var a: UInt64 = 0
    private var b: UInt64 = 0
    /// Bytes 16–22 and the length; for words over 23 bytes, a hash of the rest with the top byte 0xFF.
    private var c: UInt64 = 0

    static let empty = WordKey()

    init() {}

    init(bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else {
            self.init()
            return
        }
        self.init(base, count: bytes.count)
    }

    /// The key of a word of ASCII letters and digits: lowercased by setting bit 5, which digits already have;
    /// no ASCII word needs the builder's tone or spelling rules.
    init(asciiLetters bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else {
            self.init()
            return
        }
        self.init(base, count: bytes.count, setting: 0x20)
    }

    /// Packs `n` bytes from `p`, each with the bits of `mask` set. Always inlined so that a literal's key folds
    /// to constants at compile time.
    @inline(__always) private init(_ p: UnsafePointer<UInt8>, count n: Int, setting mask: UInt8 = 0) {
        var a: UInt64 = 0
        var b: UInt64 = 0
        var c: UInt64 = 0
        for i in 0..<min(n, 23) {
            let byte = UInt64(p[i] | mask) << (8 * UInt64(i & 7))
            if i < 8 { a |= byte } else if i < 16 { b |= byte } else { c |= byte }
        }
        if n <= 23 {
            c |= UInt64(n) << 56
        } else {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for i in 16..<n { hash = (hash ^ UInt64(p[i] | mask)) &* 0x100_0000_01b3 }
            c = (hash & 0x00FF_FFFF_FFFF_FFFF) | (0xFF << 56)
        }
        self.a = a
        self.b = b
        self.c = c
    }

    func hash(into hasher: inout Hasher) { hasher.combine(fastHash) }

    /// A cheap mix of the three words, for `WordKeyMap`.
    @inline(__always) var fastHash: Int {
        let mixed = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ (c &* 0x1656_67B1_9E37_79F9)
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 29))
    }

    /// Literals in the source are written lowercase and NFC with the canonical tone placement.
    @inline(__always) init(stringLiteral value: StaticString) {
        self.init(value.utf8Start, count: value.utf8CodeUnitCount)
    }

    /// The key of a run-time string, through the same canonicalisation as the tokenizer.
    init(_ text: String) {
        var bytes = Array(text.utf8)
        self = WordKeyBuilder.key(of: &bytes)
    }

    /// The key of a number in a catalog alias ("RON 92"): tagged so that it equals no word's key, and made
    /// without building its digits, since every number token is looked up.
    init(integer: Int) {
        a = UInt64(truncatingIfNeeded: integer)
        c = 0xFE << 56
    }

    /// Bytes of the word (24 for any longer word, 0 for a number's key).
    var length: Int {
        switch c >> 56 {
        case 0xFF: return 24
        case 0xFE: return 0
        default: return Int(c >> 56)
        }
    }

    /// The key's text (exact for words up to 23 bytes).
    var description: String {
        var bytes: [UInt8] = []
        let n = min(length, 23)
        for i in 0..<n {
            let word = i < 8 ? a : i < 16 ? b : c
            bytes.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(i % 8))))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Turns a word's bytes into its key: lowercase, tone mark moved to the first vowel of a final oa/oe/uy
/// ("hoá" and "hóa" both give "hóa"), common spelling pairs folded (tỉ/tỷ, giầy/giày, kì/kỳ, quí/quý, ngàn/nghìn).
enum WordKeyBuilder {
    static func key(of bytes: inout [UInt8]) -> WordKey {
        bytes.withUnsafeMutableBufferPointer { key(ofScratch: $0) }
    }

    /// The key of the bytes in `buffer`, which it overwrites.
    static func key(ofScratch buffer: UnsafeMutableBufferPointer<UInt8>) -> WordKey {
        VietnameseText.lowercaseByte(buffer)
        let n = canonicalTonePlacement(buffer)
        let key = WordKey(bytes: UnsafeBufferPointer(rebasing: buffer[0..<n]))
        return spellingVariants[key] ?? key
    }

    /// The key of the word at `range` of `text`, built in a stack buffer.
    static func key(of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordKey {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { scratch in
            _ = scratch.initialize(from: UnsafeBufferPointer(rebasing: text[range]))
            return key(ofScratch: scratch)
        }
    }

    static let spellingVariants = WordKeyMap<WordKey>([
        ("tỉ", "tỷ"), ("giầy", "giày"), ("kì", "kỳ"), ("quí", "quý"), ("ngàn", "nghìn"),
    ])

    /// Moves the tone mark of a word-final "oa", "oe" or "uy" (not "quy") to the first vowel, in place;
    /// returns the new byte length (it never changes: both forms take the same bytes).
    static func canonicalTonePlacement(_ w: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let n = w.count
        guard n >= 3, w[n - 1] >= 0x80 || n >= 4 else { return n }
        // The last scalar: a toned a/e/y (2 bytes in Latin-1, 3 bytes in Latin Extended Additional).
        let lastLength: Int
        if n >= 3, w[n - 3] == 0xE1 {
            lastLength = 3
        } else if n >= 2, w[n - 2] == 0xC3 {
            lastLength = 2
        } else {
            return n
        }
        guard n - lastLength >= 1 else { return n }
        let lastScalar = decode(w, at: n - lastLength, length: lastLength)
        guard let (base, tone) = toneOf[lastScalar] else { return n }
        let first = w[n - lastLength - 1]
        switch (first, base) {
        case (0x6F, 0x61), (0x6F, 0x65): break  // oa, oe
        case (0x75, 0x79):  // uy, but not quy
            if n - lastLength - 2 >= 0, w[n - lastLength - 2] == 0x71 { return n }
        default: return n
        }
        guard let toned = tonedVowel[Int(first) * 8 + tone] else { return n }
        // Write the toned first vowel and the plain second vowel; both forms have the same byte length.
        var out: [UInt8] = Array(String(Unicode.Scalar(toned)!).utf8)
        out.append(base)
        guard out.count == lastLength + 1 else { return n }
        for (i, byte) in out.enumerated() { w[n - lastLength - 1 + i] = byte }
        return n
    }

    private static func decode(_ w: UnsafeMutableBufferPointer<UInt8>, at i: Int, length: Int) -> UInt32 {
        if length == 2 { return (UInt32(w[i] & 0x1F) << 6) | UInt32(w[i + 1] & 0x3F) }
        return (UInt32(w[i] & 0x0F) << 12) | (UInt32(w[i + 1] & 0x3F) << 6) | UInt32(w[i + 2] & 0x3F)
    }

    /// Tone marks 1…5: grave, acute, hook, tilde, dot below.
    private static let toneTable: [(UInt8, [UInt32])] = [
        (0x61, [0xE0, 0xE1, 0x1EA3, 0xE3, 0x1EA1]), (0x65, [0xE8, 0xE9, 0x1EBB, 0x1EBD, 0x1EB9]),
        (0x79, [0x1EF3, 0xFD, 0x1EF7, 0x1EF9, 0x1EF5]), (0x6F, [0xF2, 0xF3, 0x1ECF, 0xF5, 0x1ECD]),
        (0x75, [0xF9, 0xFA, 0x1EE7, 0x169, 0x1EE5]),
    ]
    private static let toneOf: [UInt32: (UInt8, Int)] = {
        var table: [UInt32: (UInt8, Int)] = [:]
        for (base, toned) in toneTable where base != 0x6F && base != 0x75 {
            for (index, scalar) in toned.enumerated() { table[scalar] = (base, index + 1) }
        }
        return table
    }()
    private static let tonedVowel: [Int: UInt32] = {
        var table: [Int: UInt32] = [:]
        for (base, toned) in toneTable {
            for (index, scalar) in toned.enumerated() { table[Int(base) * 8 + index + 1] = scalar }
        }
        return table
    }()
}
