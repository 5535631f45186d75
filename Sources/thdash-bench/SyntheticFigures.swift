import SeededRandom
import ThdashExtraction

/// A deterministic corpus of synthetic figures shaped like extracted ones: article by article, each article
/// a monthly report (one month of one year) that states, for a dozen products of a thousand (mostly the
/// fifty key ones), the month's output and its growth over the month, the same month last year and the
/// year to date; a few plan completions and targets; some unknown subjects, other regions and undated
/// periods. Articles about the same month restate the same numbers (which merge), a few with a different
/// value (conflicts).
struct SyntheticFigures {
    let catalog: ProductCatalog
    let figures: [Figure]
    let articles: [ArticleSummary]

    init(count: Int, products: Int = 1000, lines: Int = 20, seed: UInt64 = 42) {
        var random = SplitMix64(seed: seed)
        func pick(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        var tsv = ""
        for line in 0..<lines { tsv += "line\tline-\(line)\t\tNgành \(line)\tLine \(line)\t\t\n" }
        let units = ["nghìn tấn", "triệu tấn", "triệu kWh", "triệu cái", "tỷ đồng"]
        for product in 0..<products {
            tsv += "product\tp-\(product)\tline-\(product % lines)\tSản phẩm \(product)\tProduct \(product)\t"
            tsv += "\(units[product % units.count])\t\n"
        }
        catalog = try! ProductCatalog(tsv: tsv)
        let unknownSubjects = (0..<300).flatMap { n in ["chỉ tiêu lạ \(n)", "Chỉ tiêu lạ \(n)", "chi tieu la \(n)"] }
        let regions = ["cả nước", "Nghệ An", "Ninh Bình"]

        var figures: [Figure] = []
        var articles: [ArticleSummary] = []
        figures.reserveCapacity(count)
        while figures.count < count {
            let year = 2015 + pick(11)
            let month = 1 + pick(12)
            let path = "bench/\(year)-\(month)-\(articles.count).md"
            let articleRegion = pick(20) == 0 ? regions[pick(3)] : "Thanh Hóa"
            var stated = 0
            func add(_ product: Int?, _ kind: FigureKind, _ basis: Basis?, _ period: Period, _ unit: String) {
                // The value depends only on what is measured, so articles about the same month agree...
                var value = Double(((product ?? 7) &* 7919 &+ year &* 31 &+ month &* 13) % 2000)
                value = value / 10 + (basis == .previousMonth ? 0.3 : basis == .samePeriodLastYear ? 0.7 : 0)
                // ... except now and then.
                if pick(30) == 0 { value += 0.1 }
                let known = product != nil && pick(20) != 0
                let subject = known ? "Sản phẩm \(product!)" : unknownSubjects[pick(900)]
                figures.append(
                    Figure(
                        article: path, subject: subject, product: known ? "p-\(product!)" : nil,
                        line: known ? "line-\(product! % lines)" : nil, kind: kind, value: value, unit: unit,
                        basis: basis, period: period, region: pick(25) == 0 ? regions[pick(3)] : articleRegion,
                        approximate: pick(4) == 0, bound: nil, quote: "\(subject) \(kind.rawValue)", sentence: "…",
                        offset: stated * 80))
                stated += 1
            }
            let monthPeriod = Period(label: "tháng \(month)/\(year)", type: .month, year: year, month: month)
            let toDate = Period(
                label: "Lũy kế \(month) tháng năm \(year)", type: .monthsToDate, year: year, months: month)
            for _ in 0..<12 where figures.count < count {
                // Reports keep coming back to the province's fifty key products.
                let product = pick(10) < 7 ? pick(50) : pick(products)
                let unit = units[product % units.count]
                add(product, .value, nil, monthPeriod, unit)
                add(product, .growth, .samePeriodLastYear, monthPeriod, "%")
                if pick(3) == 0 { add(product, .growth, .previousMonth, monthPeriod, "%") }
                if month > 1 && pick(2) == 0 {
                    add(product, .value, nil, toDate, unit)
                    add(product, .growth, .samePeriodLastYear, toDate, "%")
                }
                if pick(10) == 0 { add(product, .planCompletion, .annualPlan, toDate, "%") }
                if pick(20) == 0 {
                    add(product, .target, nil, Period(label: "năm \(year)", type: .year, year: year), unit)
                }
            }
            if pick(10) == 0 {
                add(
                    pick(products), .growth, nil,
                    Period(label: "giai đoạn 2016-2020", type: .span, year: 2020, fromYear: 2016), "%")
            }
            articles.append(
                ArticleSummary(
                    path: path, title: "Sản xuất công nghiệp tháng \(month)/\(year)",
                    date: ArticleDate(year: year, month: month), source: nil, url: nil,
                    home: HomeRegion(name: articleRegion, source: .header), byteCount: 4000,
                    figureCount: stated))
        }
        self.figures = Array(figures.prefix(count))
        self.articles = articles
    }
}
