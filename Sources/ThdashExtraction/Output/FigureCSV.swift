/// Writes figures as CSV (RFC 4180) with a header row; the period is flattened into `period_*` columns.
/// CSV is read by people through spreadsheets and pagers as much as by programs, and has no escape of its
/// own: every field goes through `PrintableText`'s rule, so a control or bidi character in a file name or
/// a catalog entry arrives as its visible escape ("\x1B", "\u{202E}"), never raw. Each record is thus one
/// line (a line break in a field is escaped too). JSON keeps the exact text.
public enum FigureCSV {
    public static let header = [
        "article", "subject", "product", "line", "class", "measure", "kind", "value", "decimals", "unit", "basis",
        "base_label", "base_type", "base_year", "base_from_year", "period_label", "period_type", "period_year",
        "period_from_year", "period_month", "period_quarter", "period_months", "region", "entity", "approximate",
        "bound", "quote", "offset",
    ]

    /// U+FEFF, the byte-order mark: first in a file, it tells Excel and LibreOffice that the file is UTF-8,
    /// which they would otherwise read in the system's legacy code page, garbling every Vietnamese letter.
    public static let byteOrderMark = "\u{FEFF}"

    public static func encode(_ figures: some Collection<Figure>, withByteOrderMark: Bool = false) -> String {
        String(decoding: encodeBytes(figures, withByteOrderMark: withByteOrderMark), as: UTF8.self)
    }

    /// The same as `encode`, as UTF-8 bytes in one buffer (what `figures --format csv` prints). A field with
    /// nothing to escape or quote, the usual case, is copied as its bytes.
    public static func encodeBytes(_ figures: some Collection<Figure>, withByteOrderMark: Bool = false) -> [UInt8] {
        var out = OutputBytes(capacity: figures.count * 400)
        if withByteOrderMark { out.append(byteOrderMark) }
        out.append(header.joined(separator: ",") + "\r\n")
        for f in figures {
            let p = f.period
            func text(_ number: Int?) -> String { number.map(String.init) ?? "" }
            let row: [String] = [
                f.article, f.subject, f.product ?? "", f.line ?? "", f.subjectClass?.rawValue ?? "",
                f.measure?.rawValue ?? "", f.kind.rawValue, NumberFormatting.plain(f.value), String(f.decimals), f.unit,
                f.basis?.rawValue ?? "", f.base?.label ?? "", f.base?.type.rawValue ?? "", text(f.base?.year),
                text(f.base?.fromYear), p.label, p.type.rawValue, text(p.year), text(p.fromYear), text(p.month),
                text(p.quarter), text(p.months), f.region, f.entity.rawValue, f.approximate ? "true" : "false",
                f.bound?.rawValue ?? "", f.quote, String(f.offset),
            ]
            for (index, value) in row.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if OutputBytes.needsEscape(value, orAnyOf: [UInt8(ascii: ","), UInt8(ascii: "\"")]) {
                    out.append(field(value))
                } else {
                    out.append(value)
                }
            }
            out.append("\r\n")
        }
        return out.bytes
    }

    static func field(_ value: String) -> String {
        let printable = PrintableText.escapingControls(value)
        guard printable.contains(where: { $0 == "," || $0 == "\"" }) else { return printable }
        return "\"" + printable.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
