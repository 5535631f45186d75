/// The distinct strings of one record, numbered in order of first use.
struct StringTable {
    private(set) var values: [String] = []
    private var indices: [UTF8Key: Int] = [:]

    /// The string's number; nil for no string.
    mutating func index(_ value: String?) -> Int? {
        guard let value else { return nil }
        let key = UTF8Key(value)
        if let known = indices[key] { return known }
        let index = values.count
        values.append(value)
        indices[key] = index
        return index
    }
}

/// A string hashed and compared by its UTF-8 bytes. `String`'s own hashing and equality follow Unicode
/// canonical equivalence, which for Vietnamese text (never ASCII) is many times slower; the extractor's
/// text is already normalised, so bytes are what matters here.
private struct UTF8Key: Hashable {
    var string: String

    init(_ string: String) { self.string = string }

    /// The length and at most 16 bytes from each end: sentences of one article differ there, and
    /// hashing every byte of every sentence for every figure cost more than the rest of the encoding.
    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(16))))
            hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.suffix(16))))
        }
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }
}
