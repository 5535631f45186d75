import ThdashExtraction

extension DatasetBuilder {
    /// Each shard gets at least this many figures: below that, splitting costs more than it saves.
    static let shardMinimum = 20_000

    /// How many shards suit `count` figures on this machine: one per two logical cores, and none on a machine
    /// with fewer than four. Two logical cores are often one physical core's two hardware threads (a small
    /// VM's two vCPUs): measured there, 100.000 figures built in two shards took longer than in one (the
    /// threads share one core's caches, and the merging adds work), and far longer when another process kept
    /// one of them busy.
    static func shardCount(figures count: Int) -> Int {
        let cores = Parallel.cores
        guard cores >= 4 else { return 1 }
        return max(1, min(cores / 2, count / shardMinimum))
    }

    /// A builder that has read every figure, the work split in `shards` (each shard reads a stretch of figures
    /// into its own slot tables, and the shards are then folded into the first). Later steps split the same.
    static func reading(
        _ figures: FigureList, articles: [ArticleSummary], catalog: ProductCatalog, homeRegion: String, shards: Int
    ) -> DatasetBuilder {
        var empty = DatasetBuilder(catalog: catalog, homeRegion: homeRegion)
        empty.shards = shards
        for (position, article) in articles.enumerated() where empty.articleIndexByPath[article.path] == nil {
            empty.articleIndexByPath[article.path] = position
        }
        let seeded = empty
        let parts = Parallel.map(shards) { shard in
            var builder = seeded
            builder.read(figures, range: figures.count * shard / shards..<figures.count * (shard + 1) / shards)
            return builder
        }
        var builder = parts[0]
        for part in parts.dropFirst() { builder.absorb(part) }
        return builder
    }

    /// Appends another shard's figures, mapping its slots to this builder's (adding what it lacks).
    mutating func absorb(_ other: DatasetBuilder) {
        let productMap = other.products.indices.map { slot in
            absorbProduct(other.products[slot], folded: other.foldedNames[slot], order: other.catalogOrder[slot])
        }
        let regionMap = other.regionNames.indices.map { slot in
            regionSlot(other.regionNames[slot], isHome: other.regionIsHome[slot])
        }
        let baseMap = other.baseLabels.map { baseSlot($0) }
        let unitMap = other.unitNames.map { unitSlot($0) }
        let periodMap = other.periodSlotKeys.indices.map { slot -> Int32 in
            let mapped = other.periodSlotKeys[slot].map { datedSlot($0) } ?? undatedSlot(other.periodSlotUndated[slot]!)
            if other.periodHasHomeData[slot] { periodHasHomeData[Int(mapped)] = true }
            return mapped
        }
        figureProduct += other.figureProduct.map { productMap[Int($0)] }
        figurePeriod += other.figurePeriod.map { periodMap[Int($0)] }
        figureRegion += other.figureRegion.map { regionMap[Int($0)] }
        figureUnit += other.figureUnit.map { unitMap[Int($0)] }
        figureKindBasis += other.figureKindBasis
        figureBase += other.figureBase.map { baseMap[Int($0)] }
        figureBaseValue += other.figureBaseValue
        figureValue += other.figureValue
        figureLabel += other.figureLabel
        figureFlags += other.figureFlags
        figureArticle += other.figureArticle
    }

    /// This builder's slot for another shard's product, its counts added.
    private mutating func absorbProduct(_ product: Product, folded: String, order: Int32) -> Int32 {
        let slot: Int32
        let byID = product.kind != .unknown || product.measure != nil
        if byID, let known = productSlotByID[product.id] {
            slot = known
        } else if !byID, let known = unknownSlotByFolded[folded] {
            slot = known
            for spelling in product.spellings where !products[Int(slot)].spellings.contains(spelling) {
                products[Int(slot)].spellings.append(spelling)
            }
        } else {
            var copy = product
            copy.line = lineID(product.line)
            copy.figureCount = 0
            copy.hasHomeData = false
            slot = addProduct(copy, catalogOrder: order, folded: folded)
            if !byID {
                unknownSlotByFolded[folded] = slot
            } else {
                productSlotByID[product.id] = slot
            }
        }
        products[Int(slot)].figureCount += product.figureCount
        products[Int(slot)].hasHomeData = products[Int(slot)].hasHomeData || product.hasHomeData
        return slot
    }
}
