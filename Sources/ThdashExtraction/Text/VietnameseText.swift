import Foundation

/// Vietnamese-aware helpers over NFC text: lowercase keys that ignore spelling variants, diacritic folding for
/// search.
public enum VietnameseText {
    /// Lowercases UTF-8 bytes in place for the scripts Vietnamese uses; every mapping keeps the byte length,
    /// so offsets into the lowercased copy are offsets into the original.
    @inline(__always)
    static func lowercaseByte(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A { bytes[i] = b | 0x20 }
                i += 1
            } else if b == 0xC3, i + 1 < n {
                let c = bytes[i + 1]
                if c >= 0x80 && c <= 0x9E && c != 0x97 { bytes[i + 1] = c + 0x20 }
                i += 2
            } else if (b == 0xC4 || b == 0xC5), i + 1 < n {
                // Latin Extended-A: Ă Đ Ĩ Ũ (and their neighbours) are even code points, lowercase is +1.
                let scalar = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                if (0x100...0x137).contains(scalar) || (0x14A...0x177).contains(scalar), scalar & 1 == 0 {
                    bytes[i + 1] += 1
                }
                i += 2
            } else if b == 0xC6, i + 1 < n {
                let c = bytes[i + 1]
                if c == 0xA0 || c == 0xAF { bytes[i + 1] = c + 1 }  // Ơ → ơ, Ư → ư
                i += 2
            } else if b == 0xE1, i + 2 < n,
                bytes[i + 1] == 0xB8 || bytes[i + 1] == 0xB9 || bytes[i + 1] == 0xBA
                    || bytes[i + 1] == 0xBB
            {
                // Latin Extended Additional (U+1E00–U+1EFF): even code points are capitals.
                if bytes[i + 2] & 1 == 0 { bytes[i + 2] += 1 }
                i += 3
            } else if b >= 0xF0 {
                i += 4
            } else if b >= 0xE0 {
                i += 3
            } else {
                i += 2
            }
        }
    }

    /// Lowercase key of a word: lowercased, tone mark on the first vowel of a final oa/oe/uy ("hoá" and
    /// "hóa" both give "hóa"), and common spelling pairs folded (tỉ/tỷ, giầy/giày, kì/kỳ).
    public static func key(_ word: Substring) -> String { WordKey(String(word)).description }

    /// Folds text for diacritic-insensitive search: lowercase, no combining marks, đ → d.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0111: out.append("d")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

extension String {
    /// The text at a UTF-8 byte range whose ends fall between scalars, copied without decoding it again
    /// (the text was validated once, when it was loaded).
    func copy(utf8Range range: Range<Int>) -> String {
        let bytes = utf8
        let start = bytes.index(bytes.startIndex, offsetBy: range.lowerBound)
        let end = bytes.index(start, offsetBy: range.count)
        return String(Substring(unicodeScalars[start..<end]))
    }
}
