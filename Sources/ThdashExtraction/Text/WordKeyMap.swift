/// An open-addressing hash map from word keys, for the lookups made on every token (catalog trie, keyword
/// tables). Swift's `Dictionary` hashes with SipHash, which costs more than the rest of a lookup here.
struct WordKeyMap<Value: Sendable>: Sendable {
    private var keys: [WordKey?]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 8) {
        var capacity = 8
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = Array(repeating: nil, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
    }

    init<S: Sequence>(_ pairs: S) where S.Element == (WordKey, Value) {
        let array = Array(pairs)
        self.init(minimumCapacity: array.count)
        for (key, value) in array { self[key] = value }
    }

    @inline(__always) private func slot(of key: WordKey) -> Int { key.fastHash & mask }

    subscript(key: WordKey) -> Value? {
        get {
            var i = slot(of: key)
            while let stored = keys[i] {
                if stored == key { return values[i] }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }  // removal is never needed
            if (count + 1) * 2 > keys.count { grow() }
            var i = slot(of: key)
            while let stored = keys[i] {
                if stored == key {
                    values[i] = newValue
                    return
                }
                i = (i + 1) & mask
            }
            keys[i] = key
            values[i] = newValue
            count += 1
        }
    }

    func contains(_ key: WordKey) -> Bool { self[key] != nil }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: nil, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) {
            if let key, let value { self[key] = value }
        }
    }
}

/// A set of word keys over `WordKeyMap`, writable as an array literal of strings.
struct WordKeySet: Sendable, ExpressibleByArrayLiteral {
    private var map: WordKeyMap<Bool>

    init(arrayLiteral elements: WordKey...) { map = WordKeyMap(elements.map { ($0, true) }) }
    init<S: Sequence>(_ elements: S) where S.Element == WordKey { map = WordKeyMap(elements.map { ($0, true) }) }

    @inline(__always) func contains(_ key: WordKey) -> Bool { map[key] != nil }
}
