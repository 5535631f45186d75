import ThdashExtraction

extension DatasetBuilder {
    /// Orders products, lines and periods, merges figures into observations, flags conflicts and builds
    /// the indices.
    mutating func finish(figures: FigureList, articles: [ArticleSummary]) -> Output {
        var index = DatasetIndex()
        index.baseUnitSlotByName = baseSlotByName
        index.articleIndexByPath = articleIndexByPath
        let (finalProducts, finalLines, productRank) = orderProducts(into: &index)
        let (periods, periodOrder, periodRank) = orderPeriods()
        let (observations, conflicts) = merge(
            figures: figures, productRank: productRank, periodOrder: periodOrder, periodRank: periodRank,
            products: finalProducts, articles: articles)
        Self.buildIndices(
            into: &index, observations: observations, productCount: finalProducts.count,
            periodCount: periods.count, lineCount: finalLines.count, regionNames: regionNames)
        let otherRegions = index.otherByRegion.keys.map { (VietnameseSortKey($0), $0) }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.1)
        for (rank, region) in otherRegions.enumerated() { index.otherRegionRank[region] = rank }
        return Output(
            products: finalProducts, lines: finalLines, periods: periods, observations: observations,
            conflicts: conflicts, otherRegions: otherRegions, index: index)
    }

    /// Products with figures, line by line (catalog lines in order, lines the catalog lacks after them, "other"
    /// last), in catalog order within a line and unknown subjects by name (`VietnameseSortKey`); and each
    /// slot's rank in that order.
    private func orderProducts(into index: inout DatasetIndex) -> ([Product], [ProductLine], [Int32]) {
        let lineSlots = lineSlotByID
        let lineOrder: (String) -> Int = { id in
            id == ProductLine.otherID ? Int.max : Int(lineSlots[id] ?? Int32.max)
        }
        let withFigures = products.indices.filter { products[$0].figureCount > 0 }
        let keysWithFigures = withFigures.map { VietnameseSortKey(products[$0].name) }
        let order = withFigures.indices.sorted { i, j in
            let (a, b) = (withFigures[i], withFigures[j])
            let la = lineOrder(products[a].line)
            let lb = lineOrder(products[b].line)
            if la != lb { return la < lb }
            if catalogOrder[a] != catalogOrder[b] { return catalogOrder[a] < catalogOrder[b] }
            if keysWithFigures[i] != keysWithFigures[j] { return keysWithFigures[i] < keysWithFigures[j] }
            return a < b
        }
        let kept = order.map { withFigures[$0] }
        let nameKeys = order.map { keysWithFigures[$0] }
        var rank = [Int32](repeating: -1, count: products.count)
        for (position, slot) in kept.enumerated() { rank[slot] = Int32(position) }
        let finalProducts = kept.map { products[$0] }

        var finalLines: [ProductLine] = []
        for (position, product) in finalProducts.enumerated() {
            if finalLines.last?.id != product.line {
                let source = lines[Int(lineSlotByID[product.line]!)]
                index.lineSlotByID[product.line] = Int32(finalLines.count)
                finalLines.append(ProductLine(id: source.id, name: source.name, nameEN: source.nameEN))
            }
            finalLines[finalLines.count - 1].products.append(product.id)
            index.productLineSlot.append(Int32(finalLines.count - 1))
            index.productSlotByID[product.id] = Int32(position)
            index.foldedNames.append(
                FoldedName(vietnamese: NameFolding.fold(product.name), english: NameFolding.fold(product.nameEN)))
            if product.hasHomeData { index.homeProductSlots.append(Int32(position)) }
        }
        var byName = Array(kept.indices)
        byName.sort { a, b in
            nameKeys[a] != nameKeys[b] ? nameKeys[a] < nameKeys[b] : finalProducts[a].name < finalProducts[b].name
        }
        index.nameRank = [Int32](repeating: 0, count: kept.count)
        for (position, slot) in byName.enumerated() { index.nameRank[slot] = Int32(position) }
        return (finalProducts, finalLines, rank)
    }

    /// The home region's periods in time order; per period slot, its place among all slots (dated in time
    /// order, undated after) and its rank in the home periods (-1 when not one).
    private func orderPeriods() -> ([PeriodKey], [Int32], [Int32]) {
        var dated = periodSlotKeys.indices.filter { periodSlotKeys[$0] != nil }
        dated.sort { periodSlotKeys[$0]! < periodSlotKeys[$1]! }
        var order = [Int32](repeating: 0, count: periodSlotKeys.count)
        var rank = [Int32](repeating: -1, count: periodSlotKeys.count)
        var periods: [PeriodKey] = []
        for (position, slot) in dated.enumerated() {
            order[slot] = Int32(position)
            if periodHasHomeData[slot] {
                rank[slot] = Int32(periods.count)
                periods.append(periodSlotKeys[slot]!)
            }
        }
        var next = Int32(dated.count)
        for slot in periodSlotKeys.indices where periodSlotKeys[slot] == nil {
            order[slot] = next
            next += 1
        }
        return (periods, order, rank)
    }

    /// A figure's place in the merge order within its product: period, region, base unit, base period, kind
    /// and basis, then the figure's own index.
    private struct MergeEntry: Sendable {
        var high: UInt64
        var low: UInt64
        var figure: Int32
    }

    /// Sorts the figures so that those that must agree are adjacent, merges equal values and orders each
    /// group's different values (the latest article's first, then the most repeated, then the first read).
    private func merge(
        figures: FigureList, productRank: [Int32], periodOrder: [Int32], periodRank: [Int32], products: [Product],
        articles: [ArticleSummary]
    ) -> ([Observation], [Conflict]) {
        // Bucket by product (a counting sort); each product's few figures are sorted by the workers.
        let ranks = figureProduct.map { productRank[Int($0)] }
        var starts = [Int](repeating: 0, count: products.count + 1)
        for rank in ranks { starts[Int(rank) + 1] += 1 }
        for product in products.indices { starts[product + 1] += starts[product] }
        var entries = [MergeEntry](repeating: MergeEntry(high: 0, low: 0, figure: 0), count: figures.count)
        var cursor = starts
        for figure in figures.indices {
            let unit = Int(figureUnit[figure])
            let product = Int(ranks[figure])
            entries[cursor[product]] = MergeEntry(
                high: UInt64(UInt32(periodOrder[Int(figurePeriod[figure])])) << 32
                    | UInt64(UInt32(figureRegion[figure])),
                low: UInt64(UInt32(unitBase[unit])) << 40 | UInt64(UInt32(figureBase[figure])) << 8
                    | UInt64(figureKindBasis[figure]), figure: Int32(figure))
            cursor[product] += 1
        }
        // Split the products into stretches of about equal figures, one per core.
        var bounds = [0]
        for shard in 1..<max(shards, 1) {
            let target = figures.count * shard / shards
            bounds.append(max(bounds.last!, starts.firstIndex { $0 >= target } ?? products.count))
        }
        bounds.append(products.count)
        // Each product's catalog unit, as a base unit slot and factor: values stated in the same base unit with
        // another scale ("nghìn tỷ đồng", "tỷ kWh") are shown in it.
        let productUnits = products.map { product -> (base: Int32, factor: Double, name: String)? in
            guard !product.unit.isEmpty, product.unit != "%" else { return nil }
            let scale = UnitScale(product.unit)
            return baseSlotByName[scale.base].map { ($0, scale.factor, product.unit) }
        }
        let context = MergeContext(
            entries: entries, starts: starts, products: products, productRank: productRank,
            periodRank: periodRank, articles: articles, productUnits: productUnits)
        let builder = self
        let stretches = zip(bounds, bounds.dropFirst()).map { $0..<$1 }
        var conflicts: [Conflict] = []
        // Each worker writes its observations in place, from where its stretch's figures start (there are
        // never more observations than figures); the stretches are then moved together.
        let observations = [Observation](unsafeUninitializedCapacity: figures.count) { buffer, count in
            let memory = SharedMemory(base: buffer.baseAddress!)
            let parts = Parallel.map(shards) { shard in
                let stretch = stretches[shard]
                return builder.mergeProducts(
                    stretch, into: memory.base + context.starts[stretch.lowerBound], context: context)
            }
            count = 0
            for (shard, part) in parts.enumerated() {
                let from = buffer.baseAddress! + starts[stretches[shard].lowerBound]
                if from != buffer.baseAddress! + count {
                    (buffer.baseAddress! + count).moveInitialize(from: from, count: part.count)
                }
                count += part.count
                conflicts += part.conflicts
            }
        }
        return (observations, conflicts)
    }

    /// Memory that workers write in disjoint places.
    private struct SharedMemory: @unchecked Sendable {
        let base: UnsafeMutablePointer<Observation>
    }

    /// What every merge worker reads.
    private struct MergeContext: Sendable {
        /// Figures by product (product `p` is `entries[starts[p]..<starts[p + 1]]`).
        var entries: [MergeEntry]
        var starts: [Int]
        var products: [Product]
        var productRank: [Int32]
        var periodRank: [Int32]
        var articles: [ArticleSummary]
        var productUnits: [(base: Int32, factor: Double, name: String)?]
    }

    /// Writes the observations of a stretch of products at `output` (uninitialised memory with room for as
    /// many observations as the stretch has figures); returns how many, and the stretch's conflicts.
    private func mergeProducts(
        _ range: Range<Int>, into output: UnsafeMutablePointer<Observation>, context: MergeContext
    ) -> (count: Int, conflicts: [Conflict]) {
        var entries = Array(context.entries[context.starts[range.lowerBound]..<context.starts[range.upperBound]])
        let offset = context.starts[range.lowerBound]
        var count = 0
        var conflicts: [Conflict] = []
        for product in range {
            var start = context.starts[product] - offset
            let stop = context.starts[product + 1] - offset
            entries[start..<stop].sort { a, b in
                a.high != b.high ? a.high < b.high : a.low != b.low ? a.low < b.low : a.figure < b.figure
            }
            while start < stop {
                var end = start + 1
                while end < stop && entries[end].high == entries[start].high && entries[end].low == entries[start].low {
                    end += 1
                }
                let first = count
                for entry in entries[start..<end] {
                    let figure = Int(entry.figure)
                    let value = figureBaseValue[figure]
                    var same = first
                    while same < count && !StatedPrecision.sameValue(output[same].baseValue, value) { same += 1 }
                    if same < count {
                        let flags = figureFlags[figure]
                        output[same].moreFigures.append(figure)
                        output[same].approximate = output[same].approximate && flags & 1 != 0
                        if output[same].bound != Self.bound(flags: flags) { output[same].bound = nil }
                    } else {
                        // A group is known by its first figure.
                        (output + count).initialize(
                            to: observation(figure: figure, group: entries[start].figure, context: context))
                        count += 1
                    }
                }
                if count - first > 1 {
                    let group = UnsafeMutableBufferPointer(start: output + first, count: count - first)
                    orderConflict(
                        group, articles: context.articles)
                    conflicts.append(Conflict(observations: Array(group)))
                }
                start = end
            }
        }
        return (count, conflicts)
    }

    private func observation(figure: Int, group: Int32, context: MergeContext) -> Observation {
        let product = context.productRank[Int(figureProduct[figure])]
        let period = Int(figurePeriod[figure])
        let region = Int(figureRegion[figure])
        let unit = Int(figureUnit[figure])
        let codes = figureKindBasis[figure]
        let isHome = regionIsHome[region]
        var value = figureValue[figure]
        var unitName = unitNames[unit]
        var factor = unitFactor[unit]
        if let target = context.productUnits[Int(product)], target.base == unitBase[unit], target.name != unitName {
            value = StatedPrecision.rounded(value * factor / target.factor, decimals: 9)
            unitName = target.name
            factor = target.factor
        }
        return Observation(
            product: context.products[Int(product)].id, kind: Self.kind(code: codes >> 4),
            basis: Self.basis(code: codes & 15), period: periodSlotKeys[period],
            periodLabel: figureLabel[figure], region: regionNames[region], isHomeRegion: isHome,
            base: figureBase[figure] == 0 ? nil : baseLabels[Int(figureBase[figure])],
            value: value, unit: unitName, statedUnit: unitNames[unit], approximate: figureFlags[figure] & 1 != 0,
            bound: Self.bound(flags: figureFlags[figure]), storedFirstFigure: Int32(figure), isConflicted: false,
            productSlot: product, periodRank: isHome ? context.periodRank[period] : -1, group: group, preference: 0,
            baseValue: figureBaseValue[figure], regionSlot: Int32(region), baseUnit: unitBase[unit],
            unitFactor: factor)
    }

    /// Puts a group's different values in order of preference and marks them conflicted.
    private func orderConflict(
        _ group: UnsafeMutableBufferPointer<Observation>, articles: [ArticleSummary]
    ) {
        func latest(_ observation: Observation) -> ArticleDate? {
            observation.figureIndices.compactMap { figure in
                figureArticle[figure] >= 0 ? articles[Int(figureArticle[figure])].date : nil
            }
            .max()
        }
        let ordered = group.map { ($0, latest($0)) }.sorted { a, b in
            if a.1 != b.1 {
                guard let da = a.1 else { return false }
                guard let db = b.1 else { return true }
                return da > db
            }
            if a.0.sourceCount != b.0.sourceCount { return a.0.sourceCount > b.0.sourceCount }
            return a.0.firstFigure < b.0.firstFigure
        }
        for (offset, (observation, _)) in ordered.enumerated() {
            var observation = observation
            observation.preference = Int32(offset)
            observation.isConflicted = true
            group[offset] = observation
        }
    }
}
