import ThdashExtraction

extension Dataset {
    public func product(id: String) -> Product? {
        index.productSlotByID[id].map { products[Int($0)] }
    }

    public func line(id: String) -> ProductLine? {
        index.lineSlotByID[id].map { lines[Int($0)] }
    }

    /// The line's products with figures, in display order.
    public func products(inLine id: String) -> [Product] {
        line(id: id)?.products.compactMap { product(id: $0) } ?? []
    }

    /// The product's names folded as `VietnameseText.fold` folds them (lowercase, no diacritics, đ→d),
    /// computed once when the dataset is built; nil for a product the dataset does not have.
    public func foldedName(of id: String) -> FoldedName? {
        index.productSlotByID[id].map { index.foldedNames[Int($0)] }
    }

    /// Subjects the catalog does not know, grouped by folded text (the products of the "other" line).
    public var unknownSubjects: [Product] { products.filter { $0.kind == .unknown } }

    /// The figures merged into an observation, with their articles.
    public func sources(of observation: Observation) -> [FigureSource] {
        observation.figureIndices.map { figureIndex in
            let figure = figures[figureIndex]
            let article = index.articleIndexByPath[figure.article].map { articles[$0] }
            return FigureSource(figureIndex: figureIndex, figure: figure, article: article)
        }
    }

    /// The summary of the article at `path`, when the dataset was given it.
    public func article(path: String) -> ArticleSummary? {
        index.articleIndexByPath[path].map { articles[$0] }
    }

    func observations(_ slice: ArraySlice<Int32>) -> [Observation] {
        slice.map { observations[Int($0)] }
    }

    /// Product slot of an id, when the dataset has the product.
    func slot(of product: String) -> Int? {
        index.productSlotByID[product].map(Int.init)
    }
}

extension Dataset {
    /// True when a region name is the home region's (compared without diacritics; empty means home).
    public func regionIsHome(_ region: String) -> Bool {
        region.isEmpty || region == homeRegion || VietnameseText.fold(region) == VietnameseText.fold(homeRegion)
    }
}
