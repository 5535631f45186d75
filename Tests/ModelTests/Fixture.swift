import ThdashExtraction
import ThdashModel

/// Small hand-built figure sets for the model tests.
enum Fixture {
    static let catalog: ProductCatalog = try! ProductCatalog(
        tsv: """
            line\tindicators\t\tChỉ số công nghiệp\tIndustrial indices\t\t
            line\tconstruction-materials\t\tVật liệu xây dựng\tConstruction materials\t\t
            line\trefining\t\tLọc hóa dầu\tOil refining\t\t
            index\tiip\tindicators\tChỉ số sản xuất công nghiệp\tIIP\t%\tIIP
            economy\tproduction-value\tindicators\tGiá trị sản xuất công nghiệp\tProduction value\ttỷ đồng\t
            product\tcement\tconstruction-materials\tXi măng\tCement\ttriệu tấn\t
            product\tclinker\tconstruction-materials\tClinker\tClinker\ttriệu tấn\t
            product\tbricks\tconstruction-materials\tGạch xây\tBricks\ttriệu viên\t
            product\tpetrol\trefining\tXăng\tPetrol\tnghìn tấn\t
            product\tdiesel\trefining\tDầu diesel\tDiesel\tnghìn tấn\t
            """)

    static func month(_ month: Int, _ year: Int) -> Period {
        Period(label: "tháng \(month)/\(year)", type: .month, year: year, month: month)
    }

    static func quarter(_ quarter: Int, _ year: Int) -> Period {
        Period(label: "quý \(quarter)/\(year)", type: .quarter, year: year, quarter: quarter)
    }

    static func firstMonths(_ months: Int, _ year: Int) -> Period {
        Period(label: "\(months) tháng năm \(year)", type: .monthsToDate, year: year, months: months)
    }

    static func year(_ year: Int) -> Period {
        Period(label: "năm \(year)", type: .year, year: year)
    }

    static func figure(
        _ product: String?, _ kind: FigureKind, _ value: Double, unit: String = "%", basis: Basis? = nil,
        period: Period, region: String = "Thanh Hóa", article: String = "a.md", subject: String? = nil,
        approximate: Bool = false, bound: Bound? = nil
    ) -> Figure {
        let subject = subject ?? product.flatMap { catalog.entry(id: $0)?.nameVI } ?? "?"
        return Figure(
            article: article, subject: subject, product: product,
            line: product.flatMap { catalog.entry(id: $0)?.line }, kind: kind, value: value, unit: unit,
            basis: basis, period: period, region: region, approximate: approximate, bound: bound,
            quote: "\(subject) \(value)", sentence: "\(subject) \(value).", offset: 0)
    }

    static func growth(
        _ product: String?, _ value: Double, _ basis: Basis?, _ period: Period, article: String = "a.md",
        region: String = "Thanh Hóa", subject: String? = nil, approximate: Bool = false
    ) -> Figure {
        figure(
            product, .growth, value, basis: basis, period: period, region: region, article: article,
            subject: subject, approximate: approximate)
    }

    static func value(
        _ product: String, _ value: Double, _ unit: String, _ period: Period, article: String = "a.md",
        approximate: Bool = false
    ) -> Figure {
        figure(product, .value, value, unit: unit, period: period, article: article, approximate: approximate)
    }

    static func article(_ path: String, _ year: Int, _ month: Int, figures: Int = 1) -> ArticleSummary {
        ArticleSummary(
            path: path, title: "Bài \(path)", date: ArticleDate(year: year, month: month), source: nil, url: nil,
            home: HomeRegion(name: "Thanh Hóa", source: .header), byteCount: 100, figureCount: figures)
    }

    static func dataset(_ figures: [Figure], articles: [ArticleSummary] = []) -> Dataset {
        Dataset(figures: figures, articles: articles, catalog: catalog)
    }
}
