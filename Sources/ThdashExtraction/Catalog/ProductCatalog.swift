import Foundation

/// The product catalog: product lines, products and aggregate indicators with the names articles use for
/// them. Read from a tab-separated file (Data/catalog.tsv) that users can extend.
public struct ProductCatalog: Sendable {
    public private(set) var entries: [CatalogEntry] = []
    private var indexByID: [String: Int] = [:]
    /// Alias trie over word keys: node 0 is the root.
    private var children: [WordKeyMap<Int32>] = [WordKeyMap()]
    private var terminal: [Int32] = [-1]

    /// Why a catalog file could not be read.
    public struct ParseError: Error, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "catalog line \(line): \(reason)" }
    }

    public init() {}

    /// Parses the TSV text: `type id line name_vi name_en unit aliases`, aliases separated by `|`.
    /// Lines starting with `#` and blank lines are skipped.
    public init(tsv: String) throws {
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            try parse(line, number: number + 1)
        }
        try checkLines()
    }

    /// Reads a catalog file line by line; a line over `BoundedLineReader.maximumLineLength` is skipped and
    /// passed to `skipped`. Throws `BoundedLineReader.ReadError` when the file cannot be read, `ParseError`
    /// when a line is wrong.
    public static func load(
        path: String, skipped: (BoundedLineReader.LongLine) -> Void = { _ in }
    ) throws -> ProductCatalog {
        var catalog = ProductCatalog()
        let longLines = try BoundedLineReader.forEachLine(of: path) { number, bytes in
            guard let line = String(validating: bytes, as: UTF8.self) else {
                throw ParseError(line: number, reason: "not valid UTF-8")
            }
            try catalog.parse(Substring(line), number: number)
        }
        try catalog.checkLines()
        longLines.forEach(skipped)
        return catalog
    }

    /// Adds the entry a line describes; nothing for a comment or a blank line.
    private mutating func parse(_ raw: Substring, number: Int) throws {
        guard let fields = TabSeparatedLine.fields(of: raw) else { return }
        guard fields.count >= 5 else {
            throw ParseError(line: number, reason: "expected at least 5 tab-separated fields")
        }
        // "indicator", the type of catalogs written before subjects had classes, is an index.
        guard let kind = fields[0] == "indicator" ? .index : CatalogEntry.Kind(rawValue: fields[0]) else {
            throw ParseError(line: number, reason: "unknown type '\(fields[0])' (line, product, index, economy)")
        }
        let id = fields[1]
        guard !id.isEmpty else { throw ParseError(line: number, reason: "empty id") }
        let lineID = kind == .line ? id : fields[2]
        let unit = fields.count > 5 ? fields[5] : ""
        var aliases = [fields[3]]
        if fields.count > 6 {
            aliases += fields[6].split(separator: "|").map { $0.trimmedOfSpaces() }
        }
        let entry = CatalogEntry(
            kind: kind, id: id, line: lineID, nameVI: TextNormalizer.normalize(fields[3]), nameEN: fields[4],
            unit: unit, aliases: aliases.filter { !$0.isEmpty }.map(TextNormalizer.normalize))
        try add(entry, sourceLine: number)
    }

    /// Every product names a product line the catalog has.
    private func checkLines() throws {
        for entry in entries where entry.kind != .line && indexByID[entry.line] == nil {
            throw ParseError(line: 0, reason: "'\(entry.id)' names unknown product line '\(entry.line)'")
        }
    }

    private mutating func add(_ entry: CatalogEntry, sourceLine: Int) throws {
        guard indexByID[entry.id] == nil else {
            throw ParseError(line: sourceLine, reason: "duplicate id '\(entry.id)'")
        }
        let index = entries.count
        entries.append(entry)
        indexByID[entry.id] = index
        guard entry.kind != .line else { return }
        for alias in entry.aliases { insert(alias: alias, entry: Int32(index)) }
    }

    private mutating func insert(alias: String, entry: Int32) {
        let keys = Self.keys(of: alias)
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = children[node][key] {
                node = Int(next)
            } else {
                children.append(WordKeyMap())
                terminal.append(-1)
                let next = children.count - 1
                children[node][key] = Int32(next)
                node = next
            }
        }
        if terminal[node] < 0 { terminal[node] = entry }
    }

    /// Token keys of a phrase, as the extractor sees them.
    static func keys(of phrase: String) -> [WordKey] {
        var bytes = Array(phrase.utf8)
        bytes.append(0x20)
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, from: 0, to: $0.count, into: &tokens) }
        return tokens.map { $0.kind == .number ? numberKey($0) : $0.key }
    }

    public func entry(id: String) -> CatalogEntry? { indexByID[id].map { entries[$0] } }

    public var lines: [CatalogEntry] { entries.filter { $0.kind == .line } }

    /// The longest alias that starts at `tokens[start]`: its length in tokens and its entry.
    func longestMatch(in tokens: [Token], at start: Int) -> (length: Int, entry: CatalogEntry)? {
        var node = 0
        var best: (Int, Int32)?
        var i = start
        while i < tokens.count {
            let token = tokens[i]
            let key = token.kind == .number ? Self.numberKey(token) : token.key
            guard let next = children[node][key] else { break }
            node = Int(next)
            i += 1
            if terminal[node] >= 0 { best = (i - start, terminal[node]) }
        }
        guard let (length, index) = best else { return nil }
        return (length, entries[Int(index)])
    }

    /// Numbers in aliases ("xăng A95", "RON 92") match by their integer value.
    static func numberKey(_ token: Token) -> WordKey {
        token.integer.map { WordKey(integer: $0) } ?? .empty
    }
}
