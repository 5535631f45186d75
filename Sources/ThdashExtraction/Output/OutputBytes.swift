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
                case 0xC2 where index + 1 < source.count && (0x80...0x9F).contains(source[index + 1]):
                    escaped = UInt32(source[index + 1])
                    length = 2
                case 0xD8 where index + 1 < source.count && source[index + 1] == 0x9C:
                    escaped = 0x061C
                    length = 2
                case 0xE2 where index + 2 < source.count:
                    let scalar =
                        UInt32(byte & 0x0F) << 12 | UInt32(source[index + 1] & 0x3F) << 6
                        | UInt32(source[index + 2] & 0x3F)
                    if PrintableText.needsEscape(Unicode.Scalar(scalar) ?? " ") {
                        escaped = scalar
                        length = 3
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
