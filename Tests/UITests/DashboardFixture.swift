import ThdashExtraction
import ThdashModel
import ThdashUI

/// A small hand-built dataset for the screen and key-script tests: two years of a few products with growth
/// of both signs, a product without a figure for the latest year, plan completion, a conflict between two
/// articles, an unknown subject, an article about another province with its figure, an article title with an
/// escape sequence, and an unreadable file.
enum DashboardFixture {
    static let catalog: ProductCatalog = try! ProductCatalog(
        tsv: """
            line\tindicators\t\tChỉ số công nghiệp\tIndustrial indices\t\t
            line\tconstruction-materials\t\tVật liệu xây dựng\tConstruction materials\t\t
            line\ttextiles\t\tDệt may, da giày\tTextiles and footwear\t\t
            line\trefining\t\tLọc hóa dầu\tOil refining\t\t
            index\tiip\tindicators\tChỉ số sản xuất công nghiệp\tIndustrial production index\t%\tIIP
            economy\tproduction-value\tindicators\tGiá trị sản xuất công nghiệp\tIndustrial production value\ttỷ đồng\t
            product\tcement\tconstruction-materials\tXi măng\tCement\ttriệu tấn\t
            product\tclinker\tconstruction-materials\tClinker\tClinker\ttriệu tấn\t
            product\tbricks\tconstruction-materials\tGạch xây\tBricks\ttriệu viên\t
            product\tshoes\ttextiles\tGiày thể thao\tSports shoes\ttriệu đôi\t
            product\tgarments\ttextiles\tQuần áo may sẵn\tReady-made garments\ttriệu sản phẩm\t
            product\tpetrol\trefining\tXăng\tPetrol\tnghìn tấn\t
            product\tdiesel\trefining\tDầu diesel\tDiesel\tnghìn tấn\t
            """)

    static let thanhHoa = HomeRegion(name: "Thanh Hóa", source: .header)

    static let articles = [
        ArticleSummary(
            path: "articles/2025-01-tong-ket.md", title: "Tổng kết ngành Công Thương năm 2024",
            date: ArticleDate(year: 2025, month: 1, day: 9), source: nil, url: nil, home: thanhHoa, byteCount: 900,
            figureCount: 9),
        ArticleSummary(
            path: "articles/2024-12-iip.md", title: "IIP năm 2024 của Thanh Hóa ước tăng 19,25%",
            date: ArticleDate(year: 2024, month: 12, day: 20), source: nil, url: nil, home: thanhHoa, byteCount: 700,
            figureCount: 6),
        ArticleSummary(
            path: "articles/2024-09-san-pham.md", title: "Sản phẩm công nghiệp chủ yếu \u{1B}[31mtháng 9\u{1B}[0m",
            date: ArticleDate(year: 2024, month: 9), source: nil, url: nil, home: thanhHoa, byteCount: 500,
            figureCount: 5),
        ArticleSummary(
            path: "articles/2025-01-nghe-an.md", title: "IIP năm 2024 của Nghệ An tăng 10,2%",
            date: ArticleDate(year: 2025, month: 1, day: 6), source: "Báo Nghệ An", url: nil,
            home: HomeRegion(name: "Nghệ An", source: .title), byteCount: 400, figureCount: 1),
    ]

    static let failures = [LoadFailure(path: "articles/hong.md", cause: .notUTF8(offset: 12))]

    static let year2024 = Period(label: "năm 2024", type: .year, year: 2024)
    static let year2023 = Period(label: "năm 2023", type: .year, year: 2023)
    static let eightMonths2024 = Period(label: "8 tháng năm 2024", type: .monthsToDate, year: 2024, months: 8)
    static let september2024 = Period(label: "tháng 9/2024", type: .month, year: 2024, month: 9)

    static func figure(
        _ product: String?, _ kind: FigureKind, _ value: Double, unit: String = "%", basis: Basis? = nil,
        period: Period, article: Int = 0, region: String = "Thanh Hóa", subject: String? = nil,
        approximate: Bool = false
    ) -> Figure {
        let subject = subject ?? product.flatMap { catalog.entry(id: $0)?.nameVI.lowercased() } ?? "?"
        let number = NumberFormatting.vietnamese(abs(value))
        let verb = kind == .growth ? (value < 0 ? "giảm" : "tăng") : "đạt"
        let quote = "\(subject) \(verb) \(number)\(unit == "%" ? "%" : " " + unit)"
        return Figure(
            article: articles[article].path, subject: subject, product: product,
            line: product.flatMap { catalog.entry(id: $0)?.line }, kind: kind, value: value, unit: unit, basis: basis,
            period: period, region: region, approximate: approximate, bound: nil, quote: quote,
            sentence: "Theo báo cáo \(period.label), \(quote) so với cùng kỳ, cao hơn mức bình quân của cả nước.",
            offset: 0)
    }

    static let figures: [Figure] = [
        figure("iip", .growth, 19.26, basis: .samePeriodLastYear, period: year2024, article: 0),
        figure("iip", .growth, 19.25, basis: .samePeriodLastYear, period: year2024, article: 1, approximate: true),
        figure("iip", .growth, 12.4, basis: .samePeriodLastYear, period: year2023, article: 1),
        figure("iip", .growth, -2.1, basis: .previousMonth, period: september2024, article: 2),
        figure("iip", .growth, 10.2, basis: .samePeriodLastYear, period: year2024, article: 3, region: "Nghệ An"),
        figure("production-value", .value, 88926, unit: "tỷ đồng", period: eightMonths2024, article: 2),
        figure("production-value", .planCompletion, 58.8, basis: .annualPlan, period: eightMonths2024, article: 2),
        figure("cement", .growth, 12.5, basis: .samePeriodLastYear, period: year2024, article: 0),
        figure("cement", .value, 12.3, unit: "triệu tấn", period: year2024, article: 0),
        figure("cement", .growth, -4.2, basis: .samePeriodLastYear, period: year2023, article: 1),
        figure("cement", .growth, 3.6, basis: .previousMonth, period: september2024, article: 2),
        figure("clinker", .growth, -5.1, basis: .samePeriodLastYear, period: year2024, article: 0),
        figure("bricks", .growth, 2, basis: .samePeriodLastYear, period: year2023, article: 1),
        figure("shoes", .growth, 22.8, basis: .samePeriodLastYear, period: year2024, article: 0),
        figure("shoes", .planCompletion, 104.5, basis: .annualPlan, period: year2024, article: 0),
        figure("garments", .growth, 8.1, basis: .samePeriodLastYear, period: year2024, article: 0),
        figure("garments", .planCompletion, 97.2, basis: .annualPlan, period: year2024, article: 0),
        figure("petrol", .growth, -12.3, basis: .samePeriodLastYear, period: year2024, article: 1, approximate: true),
        figure("petrol", .value, 1610, unit: "nghìn tấn", period: year2024, article: 1),
        figure("diesel", .growth, 1.2, basis: .previousMonth, period: september2024, article: 2),
        figure(nil, .growth, 4, basis: .samePeriodLastYear, period: year2024, article: 0, subject: "nước sạch"),
    ]

    static let dataset = Dataset(figures: figures, articles: articles, catalog: catalog)

    static func state(width: Int = 80, height: Int = 24, language: Language = .vietnamese) -> AppState {
        AppState(dataset: dataset, failures: failures, language: language, width: width, height: height)
    }
}

extension AppState {
    /// Presses keys in order, returning the last effect.
    @discardableResult
    mutating func press(_ keys: Key...) -> Effect? {
        var effect: Effect?
        for key in keys { effect = handle(key) }
        return effect
    }

    /// Types text into the search prompt, one key per character.
    mutating func type(_ text: String) {
        for character in text { _ = handle(.char(character)) }
    }

    /// The screen this state draws.
    var screen: Buffer {
        var buffer = Buffer(width: width, height: height)
        DashboardView.render(self, into: &buffer)
        return buffer
    }
}
