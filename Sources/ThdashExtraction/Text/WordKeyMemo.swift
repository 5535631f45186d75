/// The keys of non-ASCII words seen before, found again by their raw bytes: reports repeat the same few
/// hundred words ("tăng", "tháng", "sản phẩm"), and building a key (lowercasing, tone placement, spelling
/// variants) costs several times a lookup here. Kept across articles by whoever extracts many of them on one
/// thread (each `CorpusReader` worker has one); one article alone repeats too few words to pay for it.
/// Direct-mapped: a word whose slot another took is simply built again; words over 16 bytes always are.
/// A class over raw memory, so that the extractor's closures share it without copying its table and its
/// lookups pay no exclusivity or bounds checks; never to be shared between threads.
public final class WordKeyMemo {
    private struct Entry {
        /// The word's first eight bytes, the next eight, and its length (0: an empty slot).
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0
        var key = WordKey.empty
    }

    private let entries: UnsafeMutablePointer<Entry>
    private let shift: UInt64

    /// A memo of 4,096 slots (about 200 KB).
    public convenience init() { self.init(bits: 12) }

    /// A memo of 2^`bits` slots (at least 2).
    init(bits: Int) {
        let bits = max(bits, 1)
        entries = .allocate(capacity: 1 << bits)
        entries.initialize(repeating: Entry(), count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    deinit {
        entries.deallocate()
    }

    /// The key of the word at `range` of `text`, as `WordKeyBuilder` makes it.
    func key(of text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordKey {
        let count = range.count
        guard count <= 16 else { return WordKeyBuilder.key(of: text, range) }
        var low: UInt64 = 0
        var high: UInt64 = 0
        if range.lowerBound + 16 <= text.count, let base = text.baseAddress {
            // Two loads, the bytes past the word masked off (they lie inside the text).
            let raw = UnsafeRawPointer(base + range.lowerBound)
            low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if count < 8 {
                low &= (1 << UInt64(8 * count)) - 1
                high = 0
            } else if count < 16 {
                high &= (1 << UInt64(8 * (count - 8))) - 1
            }
        } else {
            for k in 0..<count {
                let byte = UInt64(text[range.lowerBound + k])
                if k < 8 { low |= byte << UInt64(8 * k) } else { high |= byte << UInt64(8 * (k - 8)) }
            }
        }
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        let entry = entries + Int(truncatingIfNeeded: (mixed &* 0x94D0_49BB_1331_11EB) >> shift)
        if entry.pointee.low == low && entry.pointee.high == high && entry.pointee.count == count {
            return entry.pointee.key
        }
        let key = WordKeyBuilder.key(of: text, range)
        entry.pointee = Entry(low: low, high: high, count: count, key: key)
        return key
    }
}
