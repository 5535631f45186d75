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
        var out = (withByteOrderMark ? byteOrderMark : "") + header.joined(separator: ",") + "\r\n"
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
            out += row.map(field).joined(separator: ",") + "\r\n"
        }
        return out
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
