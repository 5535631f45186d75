extension Dataset {
    /// All of a product's observations: home-region ones in period order, then undated ones, then those of
    /// other regions.
    public func observations(product id: String) -> [Observation] {
        guard let slot = slot(of: id) else { return [] }
        return observations(index.homeDatedByProduct[slot]) + undated(product: id) + otherRegions(product: id)
    }

    /// The product's home-region observations for one period (every kind and basis).
    public func observations(product id: String, period: PeriodKey) -> [Observation] {
        guard let slot = slot(of: id) else { return [] }
        return observations(index.homeDatedByProduct[slot]).filter { $0.period == period }
    }

    /// The product's home-region observations that have no usable period (no year, or type `.other`).
    public func undated(product id: String) -> [Observation] {
        guard let slot = slot(of: id) else { return [] }
        return observations(index.undatedByProduct[slot])
    }

    /// Home-region observations without a usable period, of every product.
    public var undatedObservations: [Observation] {
        observations(index.undatedByProduct.items[...])
    }

    /// The product's observations about regions other than the home region, by region (in Vietnamese
    /// alphabetical order) then period.
    public func otherRegions(product id: String) -> [Observation] {
        guard let slot = slot(of: id) else { return [] }
        return observations(index.otherByProduct[slot]).sorted(by: regionThenPeriod)
    }

    /// Observations about one region other than the home region, in product then period order.
    public func observations(region: String) -> [Observation] {
        guard let list = index.otherByRegion[region] else { return [] }
        return observations(list[...]).sorted { a, b in
            a.productSlot != b.productSlot ? a.productSlot < b.productSlot : regionThenPeriod(a, b)
        }
    }

    private func regionThenPeriod(_ a: Observation, _ b: Observation) -> Bool {
        if a.region != b.region {
            let ranks = index.otherRegionRank
            return (ranks[a.region] ?? Int.max, a.region) < (ranks[b.region] ?? Int.max, b.region)
        }
        switch (a.period, b.period) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.group < b.group
        }
    }
}
