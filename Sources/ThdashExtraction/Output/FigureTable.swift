/// Figures as an aligned text table for people.
public enum FigureTable {
    public static func render(_ figures: some Collection<Figure>) -> String {
        var table = TextTable(
            headers: [
                "article", "subject", "product", "measure", "kind", "value", "unit", "basis", "period", "year",
                "region",
                "entity",
            ],
            alignments: [.left, .left, .left, .left, .left, .right, .left, .left, .left, .right, .left, .left],
            maximumWidths: [28, 32, 22, nil, nil, nil, nil, 28, 26, nil, 24, nil])
        for f in figures {
            let name = f.article.split(separator: "/").last.map(String.init) ?? f.article
            let basis = f.basis.map { $0 == .basePeriod ? "vs " + (f.base?.label ?? "?") : $0.rawValue } ?? "—"
            table.add([
                name, f.subject, f.product ?? "—", f.measure.map { $0 == .output ? "" : $0.rawValue } ?? "",
                f.kind.rawValue,
                (f.approximate ? "~" : "") + NumberFormatting.vietnamese(f.value, decimals: 3), f.unit, basis,
                f.period.label, f.period.year.map(String.init) ?? "?", f.region.isEmpty ? "?" : f.region,
                f.entity.rawValue,
            ])
        }
        return table.render()
    }
}
