/// The distinct strings of one record, numbered in order of first use.
struct StringTable {
    private(set) var values: [String] = []
    private var indices: [String: Int] = [:]

    /// The string's number; nil for no string.
    mutating func index(_ value: String?) -> Int? {
        guard let value else { return nil }
        if let known = indices[value] { return known }
        let index = values.count
        values.append(value)
        indices[value] = index
        return index
    }
}
