/// A word, number or punctuation mark of a sentence, with its byte range in the article text.
struct Token {
    enum Kind: UInt8 { case word, number, punct }

    // The one-byte fields come last: laid out in declaration order, the token takes 56 bytes instead of 64.
    /// Byte range in the normalised article text.
    var start: Int
    var end: Int
    /// Words: the lowercase key (`VietnameseText.key`). Punctuation: the mark. Numbers: empty.
    var key: WordKey
    /// Numbers: the value with Vietnamese separators read ("88.926" → 88926, "44,1" → 44.1).
    var number: Double = 0
    var kind: Kind
    /// Numbers: written with digits only, no separator (years, months, counts).
    var isPlainInteger = false
    /// Words: began with a capital letter.
    var isCapitalized = false
    /// Numbers: digits written after the decimal mark ("616,913" → 3).
    var decimals: UInt8 = 0

    init(kind: Kind, start: Int, end: Int, key: WordKey) {
        self.kind = kind
        self.start = start
        self.end = end
        self.key = key
    }

    var integer: Int? { isPlainInteger && number < 1e9 ? Int(number) : nil }

    @inline(__always) func `is`(_ key: WordKey) -> Bool { kind != .number && self.key == key }
}

extension Array where Element == Token {
    subscript(safe index: Int) -> Token? { index >= 0 && index < count ? self[index] : nil }
}
