/// Figures as an aligned text table for people.
public enum FigureTable {
    public static func render(_ figures: some Collection<Figure>) -> String {
        var table = TextTable(
            headers: ["article", "subject", "product", "kind", "value", "unit", "basis", "period", "year", "region"],
            alignments: [.left, .left, .left, .left, .right, .left, .left, .left, .right, .left],
            maximumWidths: [28, 32, 22, nil, nil, nil, nil, 26, nil, 16])
        for f in figures {
            let name = f.article.split(separator: "/").last.map(String.init) ?? f.article
            table.add([
                name, f.subject, f.product ?? "—", f.kind.rawValue,
                (f.approximate ? "~" : "") + NumberFormatting.vietnamese(f.value, decimals: 3), f.unit,
                f.basis?.rawValue ?? "—", f.period.label, f.period.year.map(String.init) ?? "?", f.region,
            ])
        }
        return table.render()
    }
}
