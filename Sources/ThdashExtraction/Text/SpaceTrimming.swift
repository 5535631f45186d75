extension StringProtocol {
    /// The text without leading and trailing spaces and tabs: what Foundation's `.whitespaces` trims
    /// (general category Zs, U+0009 and, as Foundation has it, U+200B), done in Swift. Bridged through NSString, trimming each field was
    /// most of reading the outlets file, and so a third of the dashboard's start on the embedded corpus.
    func trimmedOfSpaces() -> String {
        let scalars = unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
