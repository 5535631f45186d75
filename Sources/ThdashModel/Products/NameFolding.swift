import ThdashExtraction

/// `VietnameseText.fold` with the folding of every Latin letter computed once, for the many product names
/// and subjects a dataset folds while it builds. Gives the same text as `VietnameseText.fold`.
enum NameFolding {
    /// Folded text of U+0080…U+024F (Latin-1 Supplement, Latin Extended-A and -B).
    private static let latin: [String] = (0x80...0x24F).map { fold(scalar: $0) }
    /// Folded text of U+1E00…U+1EFF (Latin Extended Additional: most Vietnamese letters with tone marks).
    private static let additional: [String] = (0x1E00...0x1EFF).map { fold(scalar: $0) }

    private static func fold(scalar value: UInt32) -> String {
        Unicode.Scalar(value).map { VietnameseText.fold(String($0)) } ?? ""
    }

    static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                out.unicodeScalars.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value | 0x20)! : scalar)
            } else if value <= 0x24F {
                out += latin[Int(value - 0x80)]
            } else if value >= 0x1E00 && value <= 0x1EFF {
                out += additional[Int(value - 0x1E00)]
            } else if (0x300...0x36F).contains(value) {
                continue
            } else {
                out += VietnameseText.fold(String(scalar))
            }
        }
        return out
    }
}
