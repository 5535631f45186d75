import Foundation

/// News outlets and the province each belongs to (Data/outlets.tsv): an article that names no province of
/// its own ("của tỉnh", "toàn tỉnh") is about its outlet's province. National outlets belong to none.
public struct OutletDirectory: Sendable {
    /// Province by host ("baonghean.vn"); nil for a national outlet.
    private var provinceByHost: [String: String?] = [:]
    /// Province by folded outlet name ("bao nghe an"); nil for a national outlet.
    private var provinceByName: [String: String?] = [:]

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
        for (number, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw ParseError(line: number + 1, reason: "expected 'domain<TAB>province<TAB>names'")
            }
            let province: String? = fields[1] == "-" ? nil : TextNormalizer.normalize(fields[1])
            provinceByHost[Self.host(of: fields[0])] = province
            if fields.count > 2 {
                for name in fields[2].split(separator: "|") where !name.isEmpty {
                    provinceByName[Self.foldedName(String(name))] = province
                }
            }
        }
    }

    /// Reads an outlets file.
    public static func load(path: String) throws -> OutletDirectory {
        try OutletDirectory(tsv: try String(contentsOfFile: path, encoding: .utf8))
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

    /// The outlet a source line names ("Báo Nghệ An"), matched whole, ignoring case and diacritics.
    public func outlet(name: String) -> Lookup {
        guard let found = provinceByName[Self.foldedName(name)] else { return .unknown }
        return found.map(Lookup.province) ?? .national
    }

    public var isEmpty: Bool { provinceByHost.isEmpty && provinceByName.isEmpty }

    /// Every entry, for the cache's identity: figures depend on it.
    public var fingerprint: String {
        let hosts = provinceByHost.map { "\($0.key)=\($0.value ?? "-")" }.sorted()
        let names = provinceByName.map { "\($0.key)=\($0.value ?? "-")" }.sorted()
        return (hosts + names).joined(separator: "\u{1}")
    }

    /// "https://www.baonghean.vn/a/b.html" → "baonghean.vn".
    static func host(of address: String) -> String {
        var text = Substring(address.lowercased().trimmingCharacters(in: .whitespaces))
        if let scheme = text.range(of: "://") { text = text[scheme.upperBound...] }
        if let end = text.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { text = text[..<end] }
        if let at = text.lastIndex(of: "@") { text = text[text.index(after: at)...] }
        if let colon = text.firstIndex(of: ":") { text = text[..<colon] }
        if text.hasPrefix("www.") { text = text.dropFirst(4) }
        while text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }

    static func foldedName(_ name: String) -> String {
        VietnameseText.fold(name).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
