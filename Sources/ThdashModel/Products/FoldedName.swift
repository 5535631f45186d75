/// A product's Vietnamese and English names folded for matching: lowercase, without
/// diacritics, "đ" as "d" (the text `VietnameseText.fold` gives).
public struct FoldedName: Sendable, Hashable {
    public var vietnamese: String
    /// Empty when the product has no English name.
    public var english: String

    public init(vietnamese: String, english: String) {
        self.vietnamese = vietnamese
        self.english = english
    }

    /// True when either name contains `query`, itself folded. Compares UTF-8 bytes, which for folded text
    /// (no diacritics left on its letters) finds what a search for characters finds.
    public func contains(_ query: String) -> Bool {
        guard !query.isEmpty else { return false }
        return Self.bytes(of: vietnamese, contain: query) || Self.bytes(of: english, contain: query)
    }

    /// A plain byte search: names are short, and the standard library's generic `firstRange(of:)` costs
    /// more to set up than this costs to run.
    private static func bytes(of text: String, contain query: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { haystack in
            query.utf8.withContiguousStorageIfAvailable { needle in search(needle, in: haystack) }
        }
        return (found ?? nil) ?? search(Array(query.utf8)[...], in: Array(text.utf8)[...])
    }

    private static func search<C: RandomAccessCollection<UInt8>>(_ needle: C, in haystack: C) -> Bool
    where C.Index == Int {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        let n = needle.count
        var start = haystack.startIndex
        let lastStart = haystack.endIndex - n
        while start <= lastStart {
            if haystack[start] == first {
                var k = 1
                while k < n && haystack[start + k] == needle[needle.startIndex + k] { k += 1 }
                if k == n { return true }
            }
            start += 1
        }
        return false
    }
}
