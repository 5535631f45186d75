import ThdashExtraction

/// The report `thdash check` prints: what was read, what it covers, and what needs a person's eye
/// (unknown subjects, conflicts, failed consistency checks, unreadable files, paths skipped), and last what
/// went wrong with the cache of extracted figures, when something did.
public struct CheckReport: Sendable {
    public var dataset: Dataset
    public var failures: [LoadFailure]
    /// Paths passed over (read through another path, a link loop, a link to nothing).
    public var skipped: [SkippedPath]
    /// Cache files not used or not written; the articles were read all the same.
    public var cacheNotes: [CacheNote]

    public init(
        dataset: Dataset, failures: [LoadFailure] = [], skipped: [SkippedPath] = [], cacheNotes: [CacheNote] = []
    ) {
        self.dataset = dataset
        self.failures = failures
        self.skipped = skipped
        self.cacheNotes = cacheNotes
    }

    /// Articles whose names are longer are cut with "…".
    static let nameWidth = 48

    public func render() -> String {
        [
            summary(), headlines(), articles(), awayArticles(), periods(), unknownSubjects(), otherRegions(),
            conflicts(), failedChecks(), units(), unreadableFiles(), skippedPaths(), partlyRead(), cache(),
        ].compactMap { $0 }.joined(separator: "\n")
    }

    func summary() -> String {
        let home = dataset.observations.reduce(0) { $0 + ($1.isHomeRegion ? $1.sourceCount : 0) }
        var line =
            "thdash check: \(count(dataset.articles.count, "article")), \(count(dataset.figures.count, "figure"))"
            + " (\(number(home)) \(dataset.homeRegion), \(number(dataset.figures.count - home)) other regions)"
        line += ", \(count(failures.count, "unreadable file"))"
        if !skipped.isEmpty { line += ", \(number(skipped.count)) skipped" }
        line += "\n"
        return line
    }

    /// The overview's headline figures, as the dashboard will show them.
    func headlines() -> String {
        var table = TextTable(
            headers: ["headline", "period", "value", "note"], alignments: [.left, .left, .right, .left])
        if let iip = dataset.headlines.iip {
            table.add([
                productName(iip.observation.product), ValueText.period(iip.observation),
                ValueText.value(iip.observation),
                ValueText.basis(iip.observation.basis),
            ])
        }
        if let production = dataset.headlines.production {
            var note: [String] = []
            if let completion = production.completion {
                note.append(
                    "\(ValueText.number(completion))% kế hoạch"
                        + (production.target.map { " (\(ValueText.value($0)))" } ?? ""))
            }
            if let pace = production.pace {
                note.append(
                    "tiến độ đều \(pace.monthsElapsed) tháng: \(ValueText.number(pace.expectedPercent, decimals: 1))%, "
                        + (pace.isBehind ? "chậm " : "vượt ") + "\(ValueText.number(abs(pace.gap), decimals: 1)) điểm")
            }
            table.add([
                productName(production.value.product), ValueText.period(production.value),
                ValueText.value(production.value), note.joined(separator: "; "),
            ])
        }
        return section("Headlines", table, empty: "No IIP growth or production value of \(dataset.homeRegion).")
    }

    func articles() -> String {
        var table = TextTable(
            headers: ["article", "date", "figures", "about", "title"],
            alignments: [.left, .left, .right, .left, .left],
            maximumWidths: [Self.nameWidth, nil, nil, 28, 60])
        for article in dataset.articles {
            let name = article.path.split(separator: "/").last.map(String.init) ?? article.path
            table.add([
                name, article.date?.description ?? "—", number(article.figureCount), Self.about(article.home),
                article.title,
            ])
        }
        return section("Articles (\(number(dataset.articles.count)))", table, empty: "No article was read.")
    }

    /// "Nghệ An (title)", "unknown": whom an article is about and how that was found.
    static func about(_ home: HomeRegion) -> String {
        home.source == .unknown ? "unknown" : home.name + " (" + home.source.rawValue + ")"
    }

    /// The articles whose figures do not enter the home region's tables unless they name it: about another
    /// province, the country, a company, or nobody knows whom.
    var articlesAway: [ArticleSummary] {
        dataset.articles.filter { $0.home.entity != .province }
    }

    func awayArticles() -> String {
        let away = articlesAway
        var table = TextTable(
            headers: ["article", "about", "figures"], alignments: [.left, .left, .right],
            maximumWidths: [Self.nameWidth, 40, nil])
        for article in away {
            table.add([articleName(article.path), Self.about(article.home), number(article.figureCount)])
        }
        return section(
            "Articles not about \(dataset.homeRegion) (\(number(away.count)); their figures count only where they name \(dataset.homeRegion))",
            table, empty: "Every article is about \(dataset.homeRegion).")
    }

    /// Values stated in a unit that does not convert to the product's catalog unit (tấn for a product counted
    /// in m³): shown as written, never compared with the others.
    var unconvertedUnits: [(product: String, unit: String, catalogUnit: String, figures: Int)] {
        var counts: [String: (product: String, unit: String, catalogUnit: String, figures: Int)] = [:]
        for observation in dataset.observations where observation.unit != "%" && observation.kind != .growth {
            guard let product = dataset.product(id: observation.product), !product.unit.isEmpty,
                product.unit != "%", observation.unit != product.unit
            else { continue }
            let key = product.id + "\u{1}" + observation.unit
            counts[key, default: (product.id, observation.unit, product.unit, 0)].figures += observation.sourceCount
        }
        return counts.values.sorted { ($0.product, $0.unit) < ($1.product, $1.unit) }
    }

    func units() -> String {
        var table = TextTable(
            headers: ["product", "unit", "catalog unit", "figures"], alignments: [.left, .left, .left, .right])
        for row in unconvertedUnits {
            table.add([productName(row.product), row.unit, row.catalogUnit, number(row.figures)])
        }
        return section(
            "Units that do not convert to the catalog's (\(number(table.rows.count)))", table,
            empty: "Every value is in its product's unit or converts to it.")
    }

    func periods() -> String {
        var figures = [Int](repeating: 0, count: dataset.periods.count)
        var products = [Set<Int32>](repeating: [], count: dataset.periods.count)
        for observation in dataset.observations where observation.periodRank >= 0 {
            figures[Int(observation.periodRank)] += observation.sourceCount
            products[Int(observation.periodRank)].insert(observation.productSlot)
        }
        var table = TextTable(headers: ["period", "figures", "products"], alignments: [.left, .right, .right])
        for (rank, period) in dataset.periods.enumerated() {
            table.add([period.label, number(figures[rank]), number(products[rank].count)])
        }
        let undated = dataset.undatedObservations.reduce(0) { $0 + $1.sourceCount }
        if undated > 0 { table.add(["(không rõ kỳ)", number(undated), ""]) }
        return section(
            "Periods covered (\(number(dataset.periods.count)); \(count(undated, "undated figure")))", table,
            empty: "No dated figure of \(dataset.homeRegion).")
    }

    func unknownSubjects() -> String {
        let unknown = dataset.unknownSubjects
        var table = TextTable(
            headers: ["subject", "figures", "spellings", "articles"], alignments: [.left, .right, .left, .left],
            maximumWidths: [40, nil, 50, 60])
        for product in unknown {
            let articles = Set(
                dataset.observations(product: product.id).flatMap(\.figureIndices).map {
                    articleName(dataset.figures[$0].article)
                })
            table.add([
                product.id.dropFirst(Product.unknownPrefix.count).description, number(product.figureCount),
                product.spellings.joined(separator: " | "), articles.sorted().joined(separator: ", "),
            ])
        }
        let figures = unknown.reduce(0) { $0 + $1.figureCount }
        return section(
            "Unknown subjects (\(number(unknown.count)), \(count(figures, "figure")), line \"other\")", table,
            empty: "Every subject is in the catalog.")
    }

    func otherRegions() -> String {
        var table = TextTable(headers: ["region", "figures", "products"], alignments: [.left, .right, .right])
        for region in dataset.otherRegions {
            let observations = dataset.observations(region: region)
            table.add([
                region, number(observations.reduce(0) { $0 + $1.sourceCount }),
                number(Set(observations.map(\.product)).count),
            ])
        }
        return section(
            "Other regions (\(number(dataset.otherRegions.count)))", table,
            empty: "Every figure is about \(dataset.homeRegion).")
    }

    func conflicts() -> String {
        var table = TextTable(
            headers: ["product", "period", "measure", "region", "value", "articles"],
            alignments: [.left, .left, .left, .left, .right, .left], maximumWidths: [32, 28, 28, 16, nil, 70])
        for conflict in dataset.conflicts {
            for (position, observation) in conflict.observations.enumerated() {
                let articles = dataset.sources(of: observation).map(\.articleName).joined(separator: ", ")
                table.add([
                    position == 0 ? productName(conflict.product) : "",
                    position == 0 ? ValueText.period(observation) : "",
                    position == 0 ? ValueText.measure(observation) : "", position == 0 ? observation.region : "",
                    ValueText.value(observation), articles,
                ])
            }
        }
        return section(
            "Conflicts (\(number(dataset.conflicts.count)))", table, empty: "No two articles disagree.")
    }

    func failedChecks() -> String {
        let failed = dataset.failedChecks
        var table = TextTable(
            headers: ["check", "product", "period", "stated", "computed", "difference", "from", "articles"],
            alignments: [.left, .left, .left, .right, .right, .right, .left, .left],
            maximumWidths: [nil, 32, 28, nil, nil, nil, 80, 60])
        for check in failed {
            let articles = Set(
                ([check.stated] + check.inputs).flatMap { dataset.sources(of: $0).map(\.articleName) })
            let unit = check.stated.unit == "%" ? "%" : " " + check.stated.unit
            table.add([
                Self.ruleName(check.rule), productName(check.product), check.period.label,
                ValueText.number(check.stated.value, decimals: 3) + unit,
                ValueText.number(check.computed, decimals: 3) + unit,
                (check.difference > 0 ? "+" : "") + ValueText.number(check.difference, decimals: 3),
                check.formula, articles.sorted().joined(separator: ", "),
            ])
        }
        return section(
            "Failed consistency checks (\(number(failed.count)) of \(number(dataset.checks.count)))", table,
            empty: "Every check passed.")
    }

    func unreadableFiles() -> String {
        var table = TextTable(headers: ["file", "reason"])
        for failure in failures { table.add([PrintableText.escapingControls(failure.path), failure.reason]) }
        return section("Unreadable files (\(number(failures.count)))", table, empty: "Every file was read.")
    }

    /// Articles with more candidate figures than one article is read for (a hostile file, or a list of
    /// numbers): where reading stopped. Nothing when every article was read to its end.
    func partlyRead() -> String? {
        let partial = dataset.articles.filter { $0.stoppedAt != nil }
        guard !partial.isEmpty else { return nil }
        var table = TextTable(
            headers: ["article", "read", "of"], alignments: [.left, .right, .right],
            maximumWidths: [Self.nameWidth, nil, nil])
        for article in partial {
            table.add([articleName(article.path), bytes(article.stoppedAt ?? 0), bytes(article.byteCount)])
        }
        return section(
            "Articles read in part (\(number(partial.count)); too dense with figures to read whole, figures after the point shown not read)",
            table, empty: "")
    }

    /// Nothing when no path was skipped, so the report of a plain folder stays as it was.
    func skippedPaths() -> String? {
        guard !skipped.isEmpty else { return nil }
        var table = TextTable(headers: ["path", "reason"])
        for path in skipped { table.add([PrintableText.escapingControls(path.path), path.reason]) }
        return section(
            "Skipped (\(number(skipped.count)); read through another path, or nothing to read)", table, empty: "")
    }

    /// Nothing when the cache did its part (or was turned off), so the report is the same with and without it.
    func cache() -> String? {
        guard !cacheNotes.isEmpty else { return nil }
        let title = "Cache (\(count(cacheNotes.count, "problem")); articles not affected)"
        let underline = String(repeating: "═", count: TerminalWidth.columns(title))
        return title + "\n" + underline + "\n" + cacheNotes.map { "\($0)\n" }.joined()
    }

    // MARK: Helpers

    static func ruleName(_ rule: ConsistencyCheck.Rule) -> String {
        switch rule {
        case .planCompletion: return "% kế hoạch"
        case .monthOnMonth: return "so với tháng trước"
        case .cumulative: return "lũy kế"
        }
    }

    private func section(_ title: String, _ table: TextTable, empty: String) -> String {
        let underline = String(repeating: "═", count: TerminalWidth.columns(title))
        return title + "\n" + underline + "\n" + (table.rows.isEmpty ? empty + "\n" : table.render())
    }

    func productName(_ id: String) -> String {
        dataset.product(id: id)?.name ?? id
    }

    func articleName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private func number(_ value: Int) -> String { NumberFormatting.vietnamese(Double(value), decimals: 0) }

    private func bytes(_ value: Int) -> String { number(value) + " B" }

    private func count(_ value: Int, _ noun: String) -> String {
        "\(number(value)) \(noun)\(value == 1 ? "" : "s")"
    }
}
