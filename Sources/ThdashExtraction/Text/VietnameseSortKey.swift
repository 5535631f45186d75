import Foundation

/// Where a name falls in Vietnamese alphabetical order, the order of Vietnamese dictionaries: the letters
/// a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (with f j w z where the Latin alphabet has
/// them), so "Ống" comes after "Óng" and "Đường" after "Dầu", not after "Z" as Unicode's order puts them;
/// then the tones, only where the letters tie (ma, mà, mả, mã, má, mạ); then capitals after small letters,
/// only where all else ties. Digits come before letters, spaces and punctuation before both, other scripts
/// after. Keys compare with `<`; sort with `sorted(by:)` on them, computed once per name.
public struct VietnameseSortKey: Comparable, Hashable, Sendable {
    /// Letters' places, a 0 between levels, tones' places, a 0, cases: compared in turn, so a shorter
    /// name whose letters begin a longer one's comes first ("an" before "anh").
    private let weights: [UInt32]

    public init(_ text: some StringProtocol) {
        var letters: [UInt32] = []
        var tones: [UInt32] = []
        var cases: [UInt32] = []
        /// The place of the last character when it is a letter of the alphabet.
        var lastPlace: Int?
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if let letter = Self.letter(value) {
                letters.append(Self.letterBand + UInt32(letter.place))
                tones.append(1 + UInt32(letter.tone))
                cases.append(letter.isCapital ? 2 : 1)
                lastPlace = letter.place
            } else if (0x300...0x36F).contains(value) {
                // A mark left uncomposed changes the letter before it, as the composed letter would.
                guard let place = lastPlace else { continue }
                let (moved, tone) = Self.mark(value, onPlace: place)
                letters[letters.count - 1] = Self.letterBand + UInt32(moved)
                if let tone { tones[tones.count - 1] = 1 + UInt32(tone) }
                lastPlace = moved
            } else {
                letters.append(Self.weight(ofOther: scalar))
                tones.append(1)
                cases.append(1)
                lastPlace = nil
            }
        }
        weights = letters + [0] + tones + [0] + cases
    }

    public static func < (a: VietnameseSortKey, b: VietnameseSortKey) -> Bool {
        a.weights.lexicographicallyPrecedes(b.weights)
    }

    /// The alphabet, in order.
    private static let alphabet: [Character] = Array("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
    /// Weights of letters start here: after spaces, punctuation and digits.
    private static let letterBand: UInt32 = 0x200

    /// A letter: its place in the alphabet, its tone (0 for none; then grave, hook above, tilde, acute and
    /// dot below, the order of Vietnamese dictionaries) and whether it is a capital.
    private struct Letter {
        var place: Int
        var tone: Int
        var isCapital: Bool
    }

    /// The letter `value` is, for ASCII, Latin-1, Latin Extended-A and -B and Latin Extended Additional
    /// (where every Vietnamese letter is, precomposed); nil for anything else.
    private static func letter(_ value: UInt32) -> Letter? {
        if value < 0x250 { return latin[Int(value)] }
        if value >= 0x1E00 && value < 0x1F00 { return additional[Int(value - 0x1E00)] }
        return nil
    }

    private static let latin: [Letter?] = (0..<0x250).map { decompose(UInt32($0)) }
    private static let additional: [Letter?] = (0x1E00..<0x1F00).map { decompose(UInt32($0)) }

    /// A letter worked out from its canonical decomposition: the base letter's place, moved by a breve,
    /// circumflex or horn (a → ă, â; e → ê; o → ô, ơ; u → ư), and the tone mark's tone.
    private static func decompose(_ value: UInt32) -> Letter? {
        guard let scalar = Unicode.Scalar(value) else { return nil }
        if value == 0x110 || value == 0x111 {
            return Letter(place: alphabet.firstIndex(of: "đ")!, tone: 0, isCapital: value == 0x110)
        }
        let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let base = parts.first, base.isASCII, base.properties.isAlphabetic else { return nil }
        let small = Character(String(base).lowercased())
        guard var place = alphabet.firstIndex(of: small) else { return nil }
        var tone = 0
        for mark in parts.dropFirst() {
            let (moved, marked) = Self.mark(mark.value, onPlace: place)
            place = moved
            tone = marked ?? tone
        }
        return Letter(place: place, tone: tone, isCapital: scalar.properties.isUppercase)
    }

    /// What a combining mark does to a letter at `place`: its new place (a breve, circumflex or horn makes
    /// another letter of the alphabet), and the tone it gives, if it is a tone mark.
    private static func mark(_ mark: UInt32, onPlace place: Int) -> (place: Int, tone: Int?) {
        let letter = alphabet[place]
        switch (mark, letter) {
        case (0x306, "a"): return (place + 1, nil)  // ă
        case (0x302, "a"): return (place + 2, nil)  // â
        case (0x302, "e"), (0x302, "o"): return (place + 1, nil)  // ê, ô
        case (0x31B, "o"): return (place + 2, nil)  // ơ
        case (0x31B, "u"): return (place + 1, nil)  // ư
        case (0x300, _): return (place, 1)
        case (0x309, _): return (place, 2)
        case (0x303, _): return (place, 3)
        case (0x301, _): return (place, 4)
        case (0x323, _): return (place, 5)
        default: return (place, nil)
        }
    }

    /// The weight of a character that is no letter of the alphabet: spaces first, then ASCII punctuation,
    /// then digits (all before letters), then everything else by code point (after letters).
    private static func weight(ofOther scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if scalar.properties.isWhitespace { return 1 }
        if value < 0x80 {
            if let digit = Int(String(scalar)) { return 0x100 + UInt32(digit) }
            return 2 + value
        }
        return letterBand + 0x100 + value
    }
}
