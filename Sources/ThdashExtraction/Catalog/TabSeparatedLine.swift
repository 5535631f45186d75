/// A line of the data folder's tab-separated files (the catalog, the outlets).
enum TabSeparatedLine {
    /// The line's fields, each trimmed of spaces; nil for a blank line or a `#` comment. A carriage return
    /// at the end (a file saved on Windows) is dropped.
    static func fields(of raw: Substring) -> [String]? {
        let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
        if line.trimmedOfSpaces().isEmpty || line.hasPrefix("#") { return nil }
        return line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmedOfSpaces() }
    }
}
