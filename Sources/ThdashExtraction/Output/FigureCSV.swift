/// Writes figures as CSV (RFC 4180) with a header row; the period is flattened into `period_*` columns.
public enum FigureCSV {
    public static let header = [
        "article", "subject", "product", "line", "kind", "value", "unit", "basis", "period_label", "period_type",
        "period_year", "period_month", "period_quarter", "period_months", "region", "approximate", "bound", "quote",
        "offset",
    ]

    public static func encode(_ figures: some Collection<Figure>) -> String {
        var out = header.joined(separator: ",") + "\r\n"
        for f in figures {
            let p = f.period
            let row: [String] = [
                f.article, f.subject, f.product ?? "", f.line ?? "", f.kind.rawValue, NumberFormatting.plain(f.value),
                f.unit, f.basis?.rawValue ?? "", p.label, p.type.rawValue, p.year.map(String.init) ?? "",
                p.month.map(String.init) ?? "", p.quarter.map(String.init) ?? "", p.months.map(String.init) ?? "",
                f.region, f.approximate ? "true" : "false", f.bound?.rawValue ?? "", f.quote, String(f.offset),
            ]
            out += row.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
