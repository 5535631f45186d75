extension Dataset {
    /// The latest period with home-region data.
    public var latestPeriod: PeriodKey? { periods.last }

    /// Rank of a period in `periods`, when it has home-region data.
    func rank(of period: PeriodKey) -> Int? {
        let position = Self.firstIndex(in: periods) { period <= $0 }
        return position < periods.count && periods[position] == period ? position : nil
    }

    /// The first index whose element satisfies `isAtOrAfter` (which must be monotonic over `sorted`).
    static func firstIndex(in sorted: [PeriodKey], where isAtOrAfter: (PeriodKey) -> Bool) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrAfter(sorted[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

extension Dataset {
    /// The periods, in time order, that have a home-region figure for `mode` in `scope`: those a screen
    /// can step through without showing a table of "—".
    public func periods(with mode: ComparisonMode, in scope: PeriodScope) -> [PeriodKey] {
        let inScope: (Int32) -> Bool
        switch scope {
        case .everything: inScope = { _ in true }
        case .listedProducts: inScope = { self.products[Int($0)].isListedProduct }
        case .overview:
            let headlines = [Headlines.iipID, Headlines.productionValueID].compactMap { slot(of: $0) }
            inScope = { self.products[Int($0)].isListedProduct || headlines.contains(Int($0)) }
        case .line(let id):
            guard let line = index.lineSlotByID[id] else { return [] }
            return periods(with: mode, ofProducts: products.indices.filter { index.productLineSlot[$0] == line })
        case .product(let id):
            guard let slot = slot(of: id) else { return [] }
            return periods(with: mode, ofProducts: [slot])
        }
        // Period by period, stopping at the first figure that counts: most periods have one early.
        return periods.indices.compactMap { rank in
            index.homeDatedByPeriod[rank].contains { o in
                mode.includes(kind: observations[Int(o)].kind, basis: observations[Int(o)].basis)
                    && inScope(observations[Int(o)].productSlot)
            } ? periods[rank] : nil
        }
    }

    /// The same for a few products: their own figures only, rather than every period's.
    private func periods(with mode: ComparisonMode, ofProducts slots: [Int]) -> [PeriodKey] {
        var marked = [Bool](repeating: false, count: periods.count)
        for slot in slots {
            for o in index.homeDatedByProduct[slot]
            where mode.includes(
                kind: observations[Int(o)].kind, basis: observations[Int(o)].basis)
            {
                marked[Int(observations[Int(o)].periodRank)] = true
            }
        }
        return periods.indices.compactMap { marked[$0] ? periods[$0] : nil }
    }
}
