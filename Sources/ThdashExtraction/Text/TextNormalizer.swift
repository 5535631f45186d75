import Foundation

/// Turns untrusted article text into the one form every later stage reads: NFC, `\n` line ends, ordinary
/// spaces, and no control characters, escape sequences, zero-width or bidi-override characters.
public enum TextNormalizer {
    /// Normalises `text`; the result never contains a C0/C1 control other than `\n` and `\t`.
    public static func normalize(_ text: String) -> String {
        normalize(utf8: Array(text.utf8))!
    }

    /// Normalises UTF-8 bytes, or returns nil when they are not valid UTF-8. Text that is already clean and
    /// composed (most articles) is scanned once, validating it on the way, and copied once.
    public static func normalize(utf8 bytes: [UInt8]) -> String? {
        let scan = ByteScan(bytes)
        guard scan.isValidUTF8 else { return nil }
        var text = string(validatedUTF8: bytes)
        guard scan.needsComposition || scan.needsCleaning else { return text }
        var bytes = bytes
        if scan.needsComposition {
            text = text.precomposedStringWithCanonicalMapping
            bytes = Array(text.utf8)
        }
        if ByteScan(bytes).needsCleaning { text = String(decoding: cleaned(bytes), as: UTF8.self) }
        return text
    }

    /// A string of bytes `ByteScan` found valid, made without validating them a second time (the standard
    /// library's validation took as long as the scan).
    static func string(validatedUTF8 bytes: [UInt8]) -> String {
        if #available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *) {
            return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: false))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What one pass over the bytes finds: whether they are valid UTF-8, and whether `cleaned` or canonical
    /// composition would change them.
    struct ByteScan {
        /// Well-formed UTF-8 (Unicode's table 3-7): no stray continuation byte, no overlong form, no
        /// surrogate, nothing past U+10FFFF, no sequence cut short.
        private(set) var isValidUTF8 = true
        /// Controls other than `\n` and `\t`, `\r`, C1 controls, no-break and odd spaces, zero-width, bidi
        /// and separator characters, a byte-order mark.
        private(set) var needsCleaning = false
        /// A combining mark (U+0300–U+036F): the only way Vietnamese text arrives decomposed.
        private(set) var needsComposition = false

        init(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { b in
                Self.flags.withUnsafeBufferPointer { flags in
                    guard let base = b.baseAddress else { return }
                    let raw = UnsafeRawPointer(base)
                    let n = b.count
                    let high: UInt64 = 0x8080_8080_8080_8080
                    let low: UInt64 = 0x0101_0101_0101_0101
                    var i = 0
                    while i < n {
                        // The ASCII bytes up to the next non-ASCII one, eight at a time: only a control byte or
                        // DEL among them matters, and a word without one is passed over whole.
                        if i + 8 <= n {
                            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                            let nonASCII = word & high
                            let ascii = nonASCII == 0 ? 8 : nonASCII.trailingZeroBitCount / 8
                            if ascii > 0 {
                                let deleted = word ^ (low &* 0x7F)
                                var controlOrDelete =
                                    ((word &- low &* 0x20) & ~word | (deleted &- low) & ~deleted) & high
                                if ascii < 8 { controlOrDelete &= (1 << UInt64(8 * ascii)) - 1 }
                                if controlOrDelete != 0 {
                                    for k in i..<(i + ascii) where flags[Int(b[k])] == Self.control {
                                        needsCleaning = true
                                    }
                                }
                                i += ascii
                                continue
                            }
                        }
                        let byte = b[i]
                        if byte < 0x80 {
                            if flags[Int(byte)] == Self.control { needsCleaning = true }
                            i += 1
                            continue
                        }
                        let length = Self.sequenceLength(b, at: i)
                        guard length > 0 else {
                            isValidUTF8 = false
                            return
                        }
                        if flags[Int(byte)] != 0 { examine(b, at: i) }
                        i += length
                    }
                }
            }
        }

        /// The length of the well-formed UTF-8 sequence whose first byte is at `i` (not ASCII), or 0.
        @inline(__always) static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
            let n = b.count
            @inline(__always) func follows(_ k: Int, _ lowest: UInt8 = 0x80, _ highest: UInt8 = 0xBF) -> Bool {
                k < n && b[k] >= lowest && b[k] <= highest
            }
            switch b[i] {
            case 0xC2...0xDF: return follows(i + 1) ? 2 : 0
            case 0xE0: return follows(i + 1, 0xA0) && follows(i + 2) ? 3 : 0
            case 0xE1...0xEC, 0xEE, 0xEF: return follows(i + 1) && follows(i + 2) ? 3 : 0
            case 0xED: return follows(i + 1, 0x80, 0x9F) && follows(i + 2) ? 3 : 0
            case 0xF0: return follows(i + 1, 0x90) && follows(i + 2) && follows(i + 3) ? 4 : 0
            case 0xF1...0xF3: return follows(i + 1) && follows(i + 2) && follows(i + 3) ? 4 : 0
            case 0xF4: return follows(i + 1, 0x80, 0x8F) && follows(i + 2) && follows(i + 3) ? 4 : 0
            default: return 0  // a continuation byte, an overlong lead (C0, C1), or F5 and up
            }
        }

        /// Looks at the well-formed sequence whose first byte, one `flags` marks as a lead, is at `i`.
        @inline(__always) private mutating func examine(_ b: UnsafeBufferPointer<UInt8>, at i: Int) {
            let byte = b[i]
            if byte == 0xCC || byte == 0xCD {
                if byte == 0xCC || b[i + 1] <= 0xAF { needsComposition = true }
            } else if byte == 0xE2 {
                // Quotes, dashes and "…" are common and kept; only spaces, zero-width, bidi and separators change.
                let b1 = b[i + 1]
                let b2 = b[i + 2]
                if b1 == 0x80 && (b2 <= 0x8F || (0xA8...0xAF).contains(b2)) { needsCleaning = true }
                if b1 == 0x81 && (b2 == 0xA0 || (0xA6...0xA9).contains(b2)) { needsCleaning = true }
            } else {
                needsCleaning = true  // C1 controls, no-break space, BOM, ideographic space: `cleaned` decides
            }
        }

        private static let control: UInt8 = 1
        private static let lead: UInt8 = 2
        /// Per byte value: 0 for bytes that never matter, `control`, or `lead` for the first byte of a
        /// sequence to look at.
        private static let flags: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
            if byte < 0x20 { return byte == 0x0A || byte == 0x09 ? 0 : control }
            if byte == 0x7F { return control }
            return [0xC2, 0xCC, 0xCD, 0xE2, 0xE3, 0xEF].contains(byte) ? lead : 0
        }
    }

    /// Removes controls and escape sequences, folds odd spaces and line ends.
    static func cleaned(_ input: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(input.count)
        var i = 0
        let n = input.count
        while i < n {
            let byte = input[i]
            switch byte {
            case 0x1B:
                i = endOfEscapeSequence(input, from: i)
                continue
            case 0x0D:
                out.append(0x0A)
                i += (i + 1 < n && input[i + 1] == 0x0A) ? 2 : 1
                continue
            case 0x0A, 0x09:
                out.append(byte)
            case 0x00...0x1F, 0x7F:
                break
            case 0xC2 where i + 1 < n:
                let next = input[i + 1]
                if next >= 0x80 && next <= 0x9F {
                    // C1 control; 0x9B is a one-byte CSI on some terminals, so drop what it introduces.
                    i = next == 0x9B ? endOfCSI(input, from: i + 2) : i + 2
                    continue
                }
                if next == 0xA0 {
                    out.append(0x20)
                    i += 2
                    continue
                }
                out.append(byte)
                out.append(next)
                i += 2
                continue
            case 0xE2 where i + 2 < n:
                let b1 = input[i + 1]
                let b2 = input[i + 2]
                if b1 == 0x80 {
                    switch b2 {
                    case 0x8B...0x8F, 0xAA...0xAE:  // zero-width, LRM/RLM, bidi embeddings and overrides
                        i += 3
                        continue
                    case 0x80...0x8A, 0xAF:  // en quad … hair space, narrow no-break space
                        out.append(0x20)
                        i += 3
                        continue
                    case 0xA8, 0xA9:  // line and paragraph separators
                        out.append(0x0A)
                        i += 3
                        continue
                    default: break
                    }
                } else if b1 == 0x81 && (b2 == 0xA0 || (b2 >= 0xA6 && b2 <= 0xA9)) {  // word joiner, isolates
                    i += 3
                    continue
                }
                out.append(contentsOf: input[i...(i + 2)])
                i += 3
                continue
            case 0xEF where i + 2 < n && input[i + 1] == 0xBB && input[i + 2] == 0xBF:  // BOM
                i += 3
                continue
            case 0xE3 where i + 2 < n && input[i + 1] == 0x80 && input[i + 2] == 0x80:  // ideographic space
                out.append(0x20)
                i += 3
                continue
            default:
                out.append(byte)
            }
            i += 1
        }
        return out
    }

    /// Index just past the escape sequence that starts with ESC at `start`.
    static func endOfEscapeSequence(_ bytes: [UInt8], from start: Int) -> Int {
        let n = bytes.count
        var i = start + 1
        guard i < n else { return i }
        switch bytes[i] {
        case UInt8(ascii: "["):
            return endOfCSI(bytes, from: i + 1)
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            // OSC / DCS / SOS / PM / APC: run to BEL or ST (ESC \), or to the end of the line.
            i += 1
            while i < n {
                let b = bytes[i]
                if b == 0x07 { return i + 1 }
                if b == 0x0A { return i }
                if b == 0x1B { return (i + 1 < n && bytes[i + 1] == UInt8(ascii: "\\")) ? i + 2 : i + 1 }
                i += 1
            }
            return n
        default:
            // Two-byte sequences (ESC c, ESC 7, ESC ( B …): drop ESC, intermediates and the final byte.
            while i < n && bytes[i] >= 0x20 && bytes[i] <= 0x2F { i += 1 }
            return (i < n && bytes[i] >= 0x30 && bytes[i] <= 0x7E) ? i + 1 : i
        }
    }

    /// Index just past a CSI sequence's final byte, given the index after its introducer.
    static func endOfCSI(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0x40 && b <= 0x7E { return i + 1 }
            if b < 0x20 || b > 0x3F { return i }  // malformed: stop at the first byte outside the sequence
            i += 1
        }
        return n
    }
}
