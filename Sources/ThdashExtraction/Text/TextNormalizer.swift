import Foundation

/// Turns untrusted article text into the one form every later stage reads: NFC, `\n` line ends, ordinary
/// spaces, and no control characters, escape sequences, zero-width or bidi-override characters.
public enum TextNormalizer {
    /// Normalises `text`; the result never contains a C0/C1 control other than `\n` and `\t`.
    public static func normalize(_ text: String) -> String {
        normalize(utf8: Array(text.utf8))!
    }

    /// Normalises UTF-8 bytes, or returns nil when they are not valid UTF-8. Text that is already clean and
    /// composed (most articles) is validated and copied once.
    public static func normalize(utf8 bytes: [UInt8]) -> String? {
        guard var text = String(validating: bytes, as: UTF8.self) else { return nil }
        var bytes = bytes
        if needsCanonicalComposition(bytes) {
            text = text.precomposedStringWithCanonicalMapping
            bytes = Array(text.utf8)
        }
        if needsCleaning(bytes) { text = String(decoding: cleaned(bytes), as: UTF8.self) }
        return text
    }

    /// True when the bytes hold anything `cleaned` would change: controls other than `\n` and `\t`, `\r`,
    /// C1 controls, no-break and odd spaces, zero-width, bidi and separator characters, a byte-order mark.
    static func needsCleaning(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            while i < n {
                let byte = b[i]
                if byte < 0x20 {
                    if byte != 0x0A && byte != 0x09 { return true }
                } else if byte == 0x7F || byte == 0xC2 || byte == 0xEF || byte == 0xE3 {
                    return true  // C1 controls, no-break space, BOM, ideographic space: checked precisely by `cleaned`
                } else if byte == 0xE2, i + 2 < n {
                    // Quotes, dashes and "…" are common and kept; only spaces, zero-width, bidi and separators change.
                    let b1 = b[i + 1]
                    let b2 = b[i + 2]
                    if b1 == 0x80 && (b2 <= 0x8F || (0xA8...0xAF).contains(b2)) { return true }
                    if b1 == 0x81 && (b2 == 0xA0 || (0xA6...0xA9).contains(b2)) { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// True when the bytes hold a combining mark (U+0300–U+036F), the only way Vietnamese text arrives
    /// in a decomposed form; already-composed text skips Foundation's slower composition.
    static func needsCanonicalComposition(_ bytes: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if (previous == 0xCC && byte >= 0x80) || (previous == 0xCD && byte <= 0xAF) { return true }
            previous = byte
        }
        return false
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
