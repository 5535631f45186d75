/// Text that comes from outside (file names above all: article text is already cleaned when read) made safe
/// to print on a terminal: control characters (C0, DEL, C1, among them ESC and the one-byte CSI) and the
/// invisible bidi controls are written as visible escapes, "\x1B" or "\u{202E}", so that no escape sequence
/// in a file name reaches the user's terminal and the file can still be told apart and found.
public enum PrintableText {
    public static func escapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
