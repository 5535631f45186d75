/// The distinct strings of one record, numbered in order of first use.
struct StringTable {
    /// The index that stands for no string.
    static let none = UInt32.max

    private(set) var values: [String] = []
    private var indices: [String: UInt32] = [:]

    mutating func index(_ value: String?) -> UInt32 {
        guard let value else { return Self.none }
        if let known = indices[value] { return known }
        let index = UInt32(values.count)
        values.append(value)
        indices[value] = index
        return index
    }
}
