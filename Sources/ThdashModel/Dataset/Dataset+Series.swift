import ThdashExtraction

extension Dataset {
    /// Every series of a product's home-region figures: one per kind, basis, period type and base unit,
    /// growth first. Conflicting values of a period become the point's alternatives.
    public func series(product id: String) -> [Series] {
        guard let slot = slot(of: id) else { return [] }
        struct Key: Hashable {
            var kind: FigureKind
            var basis: Basis?
            var periodType: PeriodType
            var baseUnit: Int32
        }
        var keys: [Key] = []
        var buckets: [Key: [Observation]] = [:]
        for o in index.homeDatedByProduct[slot] {
            let observation = observations[Int(o)]
            let key = Key(
                kind: observation.kind, basis: observation.basis, periodType: observation.period!.type,
                baseUnit: observation.baseUnit)
            if buckets[key] == nil { keys.append(key) }
            buckets[key, default: []].append(observation)
        }
        let kindOrder: [FigureKind] = [.growth, .planCompletion, .value, .target]
        let typeOrder: [PeriodType] = [.month, .quarter, .monthsToDate, .year]
        keys.sort { a, b in
            let ka = kindOrder.firstIndex(of: a.kind)!
            let kb = kindOrder.firstIndex(of: b.kind)!
            if ka != kb { return ka < kb }
            if a.basis != b.basis { return (a.basis?.rawValue ?? "~") < (b.basis?.rawValue ?? "~") }
            if a.periodType != b.periodType {
                return typeOrder.firstIndex(of: a.periodType)! < typeOrder.firstIndex(of: b.periodType)!
            }
            return a.baseUnit < b.baseUnit
        }
        return keys.map { key in
            makeSeries(product: products[slot], observations: buckets[key]!, rank: { _ in 0 })
        }
    }

    /// The product's series for a mode and period type ("tháng", "lũy kế"…), for a sparkline; nil when the
    /// product has no such figure. Year-on-year takes both of its bases, preferring "same period last year".
    public func series(product id: String, mode: ComparisonMode, periodType: PeriodType) -> Series? {
        guard let slot = slot(of: id) else { return nil }
        let members = index.homeDatedByProduct[slot].lazy.map { self.observations[Int($0)] }.filter {
            $0.period!.type == periodType && mode.includes(kind: $0.kind, basis: $0.basis)
        }
        guard !members.isEmpty else { return nil }
        return makeSeries(
            product: products[slot], observations: Array(members),
            rank: { mode.rank(kind: $0.kind, basis: $0.basis) ?? Int.max })
    }

    /// Points in period order; of the observations of one period, the lowest `rank`, then preference, wins.
    private func makeSeries(
        product: Product, observations members: [Observation], rank: (Observation) -> Int
    ) -> Series {
        let first = members[0]
        let productScale = UnitScale(product.unit)
        let inProductUnit = index.baseUnitSlotByName[productScale.base] == first.baseUnit
        let unit = inProductUnit ? product.unit : first.unit
        let factor = inProductUnit ? productScale.factor : first.unitFactor
        var points: [SeriesPoint] = []
        var start = 0
        while start < members.count {
            var end = start + 1
            while end < members.count && members[end].period == members[start].period { end += 1 }
            let run = members[start..<end]
            let best = run.min { a, b in
                let ra = rank(a)
                let rb = rank(b)
                return ra != rb ? ra < rb : a.preference < b.preference
            }!
            let alternatives = run.filter { !StatedPrecision.sameValue($0.baseValue, best.baseValue) }
            points.append(
                SeriesPoint(
                    period: best.period!, value: best.baseValue / factor, observation: best,
                    alternatives: Array(alternatives)))
            start = end
        }
        return Series(
            product: product.id, kind: first.kind, basis: points.first?.observation.basis ?? first.basis,
            periodType: first.period!.type, unit: unit, points: points)
    }
}
