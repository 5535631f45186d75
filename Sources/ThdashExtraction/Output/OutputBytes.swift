/// A UTF-8 buffer that the machine-readable outputs write into byte by byte: one growing array rather than a
/// string per field joined into a string per record (which made `figures --format json` spend its time in
/// string appends and reference counting).
public struct OutputBytes: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Text as it is (its UTF-8 bytes).
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    public mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// A decimal integer.
    public mutating func append(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        )
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                if count < buffer.count { buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10) }
                magnitude /= 10
                count += 1
            } while magnitude > 0 && count < buffer.count
        }
        guard magnitude == 0 else {  // more than ten digits: rare enough for the general path
            append(String(number.magnitude))
            return
        }
        withUnsafeBytes(of: &digits) { buffer in
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// Whether `text` has a character `PrintableText.needsEscape` names (found as UTF-8 byte sequences) or
    /// one of `specials` (ASCII bytes).
    public static func needsEscape(_ text: String, orAnyOf specials: [UInt8] = []) -> Bool {
        var text = text
        return text.withUTF8 { source in
            var index = 0
            while index < source.count {
                let byte = source[index]
                if byte < 0x20 || byte == 0x7F || specials.contains(byte) { return true }
                if byte >= 0xC2, escapedSequenceLength(source, at: index) != nil { return true }
                index += 1
            }
            return false
        }
    }

    /// The length of the escaped character's UTF-8 sequence starting at `index` with a byte ≥ 0x80 (C1
    /// controls, U+061C, the bidi controls and separators of U+200E–U+2069), or nil.
    static func escapedSequenceLength(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch source[index] {
        case 0xC2 where index + 1 < source.count && (0x80...0x9F).contains(source[index + 1]): return 2
        case 0xD8 where index + 1 < source.count && source[index + 1] == 0x9C: return 2
        case 0xE2 where index + 2 < source.count:
            let scalar =
                UInt32(source[index] & 0x0F) << 12 | UInt32(source[index + 1] & 0x3F) << 6
                | UInt32(source[index + 2] & 0x3F)
            return PrintableText.needsEscape(Unicode.Scalar(scalar) ?? " ") ? 3 : nil
        default: return nil
        }
    }

    /// A JSON string literal: `"` and `\` escaped, and the characters `PrintableText.needsEscape` names
    /// (C0 and C1 controls, DEL, bidi controls, line and paragraph separators) written as \n, \r, \t or
    /// \uXXXX; everything else as its UTF-8 bytes.
    public mutating func appendJSONString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { source in
            var index = 0
            var run = 0  // start of the bytes not yet copied
            while index < source.count {
                let byte = source[index]
                var escaped: UInt32?
                var length = 1
                switch byte {
                case 0x22, 0x5C, 0x00..<0x20, 0x7F:
                    escaped = UInt32(byte)
                case 0xC2...:
                    if let sequence = Self.escapedSequenceLength(source, at: index) {
                        escaped =
                            sequence == 2
                            ? UInt32(byte & 0x1F) << 6 | UInt32(source[index + 1] & 0x3F)
                            : UInt32(byte & 0x0F) << 12 | UInt32(source[index + 1] & 0x3F) << 6
                                | UInt32(source[index + 2] & 0x3F)
                        length = sequence
                    }
                default:
                    break
                }
                guard let escaped else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: source[run..<index])
                appendEscape(escaped)
                index += length
                run = index
            }
            bytes.append(contentsOf: source[run..<source.count])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ scalar: UInt32) {
        bytes.append(UInt8(ascii: "\\"))
        switch scalar {
        case 0x22: bytes.append(UInt8(ascii: "\""))
        case 0x5C: bytes.append(UInt8(ascii: "\\"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) {
                bytes.append(hex[Int((scalar >> UInt32(shift)) & 0xF)])
            }
        }
    }
}
