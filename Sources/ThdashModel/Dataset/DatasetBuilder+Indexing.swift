extension DatasetBuilder {
    /// Builds the indices from observations in product and period order.
    static func buildIndices(
        into index: inout DatasetIndex, observations: [Observation], productCount: Int, periodCount: Int,
        lineCount: Int, regionNames: [String]
    ) {
        var homeDated: [Int32] = []
        var homeDatedProducts: [Int32] = []
        var undated: [Int32] = []
        var undatedProducts: [Int32] = []
        var other: [Int32] = []
        var otherProducts: [Int32] = []
        homeDated.reserveCapacity(observations.count)
        homeDatedProducts.reserveCapacity(observations.count)
        var byRegion = [[Int32]](repeating: [], count: regionNames.count)
        for o in observations.indices {
            if !observations[o].isHomeRegion {
                other.append(Int32(o))
                otherProducts.append(observations[o].productSlot)
                byRegion[Int(observations[o].regionSlot)].append(Int32(o))
            } else if observations[o].periodRank < 0 {
                undated.append(Int32(o))
                undatedProducts.append(observations[o].productSlot)
            } else {
                homeDated.append(Int32(o))
                homeDatedProducts.append(observations[o].productSlot)
            }
        }
        for (slot, list) in byRegion.enumerated() where !list.isEmpty { index.otherByRegion[regionNames[slot]] = list }
        // Observations come in product then period order: bucketing by product keeps period order, and
        // bucketing that by period keeps product order.
        index.homeDatedByProduct = CompactIndex(
            bucketCount: productCount, source: homeDated, buckets: homeDatedProducts)
        let productMajor = index.homeDatedByProduct.items
        index.homeDatedByPeriod = CompactIndex(
            bucketCount: periodCount, source: productMajor,
            buckets: productMajor.map { observations[Int($0)].periodRank })
        index.undatedByProduct = CompactIndex(bucketCount: productCount, source: undated, buckets: undatedProducts)
        index.otherByProduct = CompactIndex(bucketCount: productCount, source: other, buckets: otherProducts)
    }
}
