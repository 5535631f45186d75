import Foundation

/// News outlets and the province each belongs to (Data/outlets.tsv): an article that names no province of
/// its own ("của tỉnh", "toàn tỉnh") is about its outlet's province. National outlets belong to none.
public struct OutletDirectory: Sendable {
    /// Province by host ("baonghean.vn"); nil for a national outlet.
    private var provinceByHost: [String: String?] = [:]
    /// Province by the word keys of an outlet's name (lowercase, tone marks placed alike); nil for a national
    /// outlet.
    private var provinceByName: [[WordKey]: String?] = [:]

    /// Why an outlets file could not be read.
    public struct ParseError: Error, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "outlets line \(line): \(reason)" }
    }

    /// An empty directory: no article's region is read from its outlet.
    public init() {}

    /// Parses the TSV text: `domain province names`, province `-` for a national outlet, names separated by
    /// `|`. Lines starting with `#` and blank lines are skipped.
    public init(tsv: String) throws {
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            try parse(line, number: number + 1)
        }
    }

    /// Reads an outlets file line by line, as `ProductCatalog.load` reads a catalog.
    public static func load(
        path: String, skipped: (BoundedLineReader.LongLine) -> Void = { _ in }
    ) throws -> OutletDirectory {
        var directory = OutletDirectory()
        let longLines = try BoundedLineReader.forEachLine(of: path) { number, bytes in
            guard let line = String(validating: bytes, as: UTF8.self) else {
                throw ParseError(line: number, reason: "not valid UTF-8")
            }
            try directory.parse(Substring(line), number: number)
        }
        longLines.forEach(skipped)
        return directory
    }

    /// Adds the outlet a line describes; nothing for a comment or a blank line.
    private mutating func parse(_ raw: Substring, number: Int) throws {
        guard let fields = TabSeparatedLine.fields(of: raw) else { return }
        guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
            throw ParseError(line: number, reason: "expected 'domain<TAB>province<TAB>names'")
        }
        let province: String? = fields[1] == "-" ? nil : TextNormalizer.normalize(fields[1])
        provinceByHost[Self.host(of: fields[0])] = province
        if fields.count > 2 {
            for name in fields[2].split(separator: "|") where !name.isEmpty {
                provinceByName[ProductCatalog.keys(of: TextNormalizer.normalize(String(name)))] = province
            }
        }
    }

    /// What the directory says of an outlet: its province, `.national`, or `.unknown`.
    public enum Lookup: Sendable, Equatable {
        case province(String)
        case national
        case unknown
    }

    /// The outlet of a page's address: its host, then each shorter suffix of it ("socongthuong.hatinh.gov.vn"
    /// is found as "hatinh.gov.vn").
    public func outlet(url: String) -> Lookup {
        var host = Self.host(of: url)
        while !host.isEmpty {
            if let found = provinceByHost[host] { return found.map(Lookup.province) ?? .national }
            guard let dot = host.firstIndex(of: ".") else { break }
            host = String(host[host.index(after: dot)...])
            if !host.contains(".") { break }  // never a bare top-level domain
        }
        return .unknown
    }

    /// The outlet a source line names ("Báo Nghệ An"), matched whole, ignoring case, spacing and where tone
    /// marks are placed ("Thanh Hoá" and "Thanh Hóa").
    public func outlet(name: String) -> Lookup {
        guard let found = provinceByName[ProductCatalog.keys(of: name)] else { return .unknown }
        return found.map(Lookup.province) ?? .national
    }

    public var isEmpty: Bool { provinceByHost.isEmpty && provinceByName.isEmpty }

    /// Every entry, for the cache's identity: figures depend on it.
    public var fingerprint: String {
        let hosts = provinceByHost.map { "\($0.key)=\($0.value ?? "-")" }.sorted()
        let names = provinceByName.map { "\($0.key.map(\.description))=\($0.value ?? "-")" }.sorted()
        return (hosts + names).joined(separator: "\u{1}")
    }

    /// "https://www.baonghean.vn/a/b.html" → "baonghean.vn": read as bytes (an address is ASCII; anything
    /// else is left as written).
    static func host(of address: String) -> String {
        var bytes = Array(address.utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        if let scheme = (start..<max(start, end - 2)).first(where: {
            bytes[$0] == 0x3A && bytes[$0 + 1] == 0x2F && bytes[$0 + 2] == 0x2F
        }) {
            start = scheme + 3
        }
        if let stop = (start..<end).first(where: { bytes[$0] == 0x2F || bytes[$0] == 0x3F || bytes[$0] == 0x23 }) {
            end = stop
        }
        if let at = (start..<end).last(where: { bytes[$0] == 0x40 }) { start = at + 1 }
        if let colon = (start..<end).first(where: { bytes[$0] == 0x3A }) { end = colon }
        while end > start, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x20 { end -= 1 }
        for i in start..<end where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
        if end - start > 4, bytes[start..<(start + 4)].elementsEqual("www.".utf8) { start += 4 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
