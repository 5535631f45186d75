/// Splits a byte range of normalised text into tokens. Works on UTF-8 bytes: only words make strings.
enum Tokenizer {
    static func tokenize(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into tokens: inout [Token]) {
        tokenize(text, from: start, to: end, into: &tokens, memo: nil)
    }

    /// Tokenizes as above, finding the keys of words seen before in `memo` (nil: every key is built).
    static func tokenize(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into tokens: inout [Token],
        memo: WordKeyMemo?
    ) {
        tokens.removeAll(keepingCapacity: true)
        var i = start
        while i < end {
            let b = text[i]
            if b == 0x20 || b == 0x09 || b == 0x0A {
                i += 1
            } else if b >= 0x30 && b <= 0x39 {
                i = readNumber(text, from: i, to: end, into: &tokens)
            } else if isWordByte(text, at: i, end: end) {
                // Digits belong to short Latin words ("m2", "A95", "E5"), not to "tăng71,5%".
                var j = i
                var asciiOnly = true
                while j < end {
                    let c = text[j]
                    if c >= 0x30 && c <= 0x39 {
                        guard asciiOnly && j - i <= 3 else { break }
                    } else if isWordByte(text, at: j, end: end) {
                        if c >= 0x80 { asciiOnly = false }
                    } else {
                        break
                    }
                    j += scalarLength(c)
                }
                j = min(j, end)
                let key =
                    asciiOnly
                    ? WordKey(asciiLetters: UnsafeBufferPointer(rebasing: text[i..<j]))
                    : memo?.key(of: text, i..<j) ?? WordKeyBuilder.key(of: text, i..<j)
                var token = Token(kind: .word, start: i, end: j, key: key)
                token.isCapitalized = isCapital(text, at: i)
                tokens.append(token)
                i = j
            } else {
                let length = min(scalarLength(b), end - i)
                var key = WordKey(bytes: UnsafeBufferPointer(rebasing: text[i..<(i + length)]))
                var j = i + length
                if key == "." && j + 1 < end && text[j] == 0x2E && text[j + 1] == 0x2E {
                    key = "…"
                    j += 2
                }
                if key == "–" || key == "—" || key == "−" { key = "-" }
                if key == "“" || key == "”" || key == "„" { key = "\"" }
                tokens.append(Token(kind: .punct, start: i, end: j, key: key))
                i = j
            }
        }
    }

    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Letters of the scripts articles use: ASCII letters, Latin-1 letters, Latin Extended, combining marks,
    /// Latin Extended Additional, superscript two and three (m², m³).
    @inline(__always) static func isWordByte(_ text: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        let b = text[i]
        if b < 0x80 { return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        if b == 0xC2 { return i + 1 < end && (text[i + 1] == 0xB2 || text[i + 1] == 0xB3) }
        if b == 0xC3 { return i + 1 < end && text[i + 1] != 0x97 && text[i + 1] != 0xB7 }
        if b >= 0xC4 && b <= 0xCD { return true }
        if b == 0xE1 { return i + 1 < end && text[i + 1] >= 0xB8 && text[i + 1] <= 0xBB }
        return false
    }

    @inline(__always) static func isCapital(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = text[i]
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        let c = i + 1 < text.count ? text[i + 1] : 0
        switch b {
        case 0xC3: return c >= 0x80 && c <= 0x9E
        case 0xC4: return c == 0x82 || c == 0x90 || c == 0xA8
        case 0xC5: return c == 0xA8
        case 0xC6: return c == 0xA0 || c == 0xAF
        case 0xE1: return i + 2 < text.count && text[i + 2] & 1 == 0 && c >= 0xB8 && c <= 0xBB
        default: return false
        }
    }

    /// Reads digits with "." and "," between digit groups; "." before exactly three digits groups
    /// thousands, "," marks decimals (Vietnamese usage); a "." before one or two digits in a number without
    /// thousands groups is read as a decimal point, as some outlets write.
    static func readNumber(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into tokens: inout [Token])
        -> Int
    {
        var i = start
        var mantissa: Double = 0  // all digits read, as one integer (exact up to 2^53)
        var fractionDigits = 0
        var inFraction = false
        var groupedThousands = false
        while i < end {
            let b = text[i]
            if b >= 0x30 && b <= 0x39 {
                mantissa = mantissa * 10 + Double(b - 0x30)
                if inFraction { fractionDigits += 1 }
                i += 1
                continue
            }
            guard !inFraction, b == 0x2E || b == 0x2C, i + 1 < end, text[i + 1] >= 0x30, text[i + 1] <= 0x39
            else { break }
            var k = i + 1
            while k < end && text[k] >= 0x30 && text[k] <= 0x39 { k += 1 }
            let following = k - i - 1
            if b == 0x2E {
                if following == 3 {
                    groupedThousands = true
                } else if following <= 2 && !groupedThousands {
                    inFraction = true
                } else {
                    break
                }
            } else {
                inFraction = true
            }
            i += 1
        }
        var token = Token(kind: .number, start: start, end: i, key: .empty)
        // One division rounds correctly: "1,7" is 17 / 10, exactly the double nearest 1.7.
        var scale: Double = 1
        for _ in 0..<min(fractionDigits, 300) { scale *= 10 }
        token.number = mantissa / scale
        token.isPlainInteger = !inFraction && !groupedThousands
        token.decimals = UInt8(min(fractionDigits, 255))
        tokens.append(token)
        return i
    }
}
