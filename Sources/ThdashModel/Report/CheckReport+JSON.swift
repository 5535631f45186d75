import ThdashExtraction

extension CheckReport {
    /// The report as one JSON object, for tools and tests: `home_region`, `articles` (with whom each is about
    /// and how that was found), `figures` (counts), `periods`, `unknown_subjects`, `other_regions`,
    /// `conflicts` (each value with its articles), `failed_checks`, `units`, `unreadable`, `skipped`, `cache`.
    public func renderJSON() -> String {
        var fields: [String] = []
        fields.append(field("home_region", string(dataset.homeRegion)))
        fields.append(field("articles", array(dataset.articles.map(article))))
        let home = dataset.observations.reduce(0) { $0 + ($1.isHomeRegion ? $1.sourceCount : 0) }
        var kinds: [String: Int] = [:]
        for figure in dataset.figures { kinds[figure.kind.rawValue, default: 0] += 1 }
        fields.append(
            field(
                "figures",
                object([
                    field("total", String(dataset.figures.count)), field("home", String(home)),
                    field("other", String(dataset.figures.count - home)),
                    field("by_kind", object(kinds.sorted { $0.key < $1.key }.map { field($0.key, String($0.value)) })),
                ])))
        fields.append(field("periods", array(periodRows())))
        fields.append(field("unknown_subjects", array(dataset.unknownSubjects.map(unknownSubject))))
        fields.append(
            field(
                "other_regions",
                array(
                    dataset.otherRegions.map { region in
                        let observations = dataset.observations(region: region)
                        return object([
                            field("region", string(region)),
                            field("figures", String(observations.reduce(0) { $0 + $1.sourceCount })),
                            field("products", String(Set(observations.map(\.product)).count)),
                        ])
                    })))
        fields.append(field("conflicts", array(dataset.conflicts.map(conflict))))
        fields.append(field("failed_checks", array(dataset.failedChecks.map(failedCheck))))
        fields.append(
            field(
                "units",
                array(
                    unconvertedUnits.map {
                        object([
                            field("product", string($0.product)), field("unit", string($0.unit)),
                            field("catalog_unit", string($0.catalogUnit)), field("figures", String($0.figures)),
                        ])
                    })))
        fields.append(
            field(
                "unreadable",
                array(failures.map { object([field("path", string($0.path)), field("reason", string($0.reason))]) })))
        fields.append(
            field(
                "skipped",
                array(skipped.map { object([field("path", string($0.path)), field("reason", string($0.reason))]) })))
        fields.append(
            field(
                "cache",
                array(cacheNotes.map { object([field("path", string($0.path)), field("problem", string($0.reason))]) }))
        )
        return "{\n" + fields.map { "  " + $0 }.joined(separator: ",\n") + "\n}\n"
    }

    private func article(_ article: ArticleSummary) -> String {
        object([
            field("path", string(article.path)), field("title", string(article.title)),
            field("date", optional(article.date?.description)), field("source", optional(article.source)),
            field("url", optional(article.url)), field("region", string(article.home.name)),
            field("region_from", string(article.home.source.rawValue)),
            field("entity", string(article.home.entity.rawValue)), field("figures", String(article.figureCount)),
            field("read_to_byte", article.stoppedAt.map(String.init) ?? "null"),
        ])
    }

    private func periodRows() -> [String] {
        var figures = [Int](repeating: 0, count: dataset.periods.count)
        var products = [Set<Int32>](repeating: [], count: dataset.periods.count)
        for observation in dataset.observations where observation.periodRank >= 0 {
            figures[Int(observation.periodRank)] += observation.sourceCount
            products[Int(observation.periodRank)].insert(observation.productSlot)
        }
        return dataset.periods.enumerated().map { rank, period in
            object([
                field("label", string(period.label)), field("type", string(period.type.rawValue)),
                field("year", String(period.year)), field("figures", String(figures[rank])),
                field("products", String(products[rank].count)),
            ])
        }
    }

    private func unknownSubject(_ product: Product) -> String {
        let articles = Set(
            dataset.observations(product: product.id).flatMap(\.figureIndices).map { dataset.figures[$0].article })
        return object([
            field("subject", string(product.name)), field("figures", String(product.figureCount)),
            field("spellings", array(product.spellings.map(string))),
            field("articles", array(articles.sorted().map(string))),
        ])
    }

    private func conflict(_ conflict: Conflict) -> String {
        let first = conflict.observations[0]
        return object([
            field("product", string(conflict.product)), field("name", string(productName(conflict.product))),
            field("period", string(ValueText.period(first))), field("kind", string(conflict.kind.rawValue)),
            field("basis", optional(conflict.basis?.rawValue)), field("base", optional(first.base)),
            field("region", string(conflict.region)), field("values", array(conflict.observations.map(value))),
        ])
    }

    private func value(_ observation: Observation) -> String {
        object([
            field("value", NumberFormatting.plain(observation.value)), field("unit", string(observation.unit)),
            field("approximate", String(observation.approximate)),
            field("bound", optional(observation.bound?.rawValue)),
            field(
                "articles",
                array(
                    dataset.sources(of: observation).map { source in
                        object([
                            field("path", string(source.articlePath)),
                            field("title", optional(source.article?.title)),
                            field("source", optional(source.article?.source)),
                            field("date", optional(source.date?.description)), field("quote", string(source.quote)),
                        ])
                    })),
        ])
    }

    private func failedCheck(_ check: ConsistencyCheck) -> String {
        let articles = Set(([check.stated] + check.inputs).flatMap { dataset.sources(of: $0).map(\.articlePath) })
        return object([
            field("rule", string(check.rule.rawValue)), field("product", string(check.product)),
            field("period", string(check.period.label)), field("stated", NumberFormatting.plain(check.stated.value)),
            field("computed", NumberFormatting.plain(check.computed)),
            field("difference", NumberFormatting.plain(check.difference)), field("unit", string(check.stated.unit)),
            field("formula", string(check.formula)), field("articles", array(articles.sorted().map(string))),
        ])
    }

    private func field(_ name: String, _ value: String) -> String { string(name) + ": " + value }
    private func object(_ fields: [String]) -> String { "{" + fields.joined(separator: ", ") + "}" }
    private func array(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
    private func string(_ text: String) -> String { FigureJSON.string(text) }
    private func optional(_ text: String?) -> String { text.map(FigureJSON.string) ?? "null" }
}
