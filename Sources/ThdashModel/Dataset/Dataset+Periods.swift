extension Dataset {
    /// The latest period with home-region data.
    public var latestPeriod: PeriodKey? { periods.last }

    /// Periods the line's products have home-region data for, in time order.
    public func periods(line id: String) -> [PeriodKey] {
        guard let slot = index.lineSlotByID[id] else { return [] }
        return index.periodsByLine[Int(slot)].map { periods[Int($0)] }
    }

    /// Periods the product has home-region data for, in time order.
    public func periods(product id: String) -> [PeriodKey] {
        guard let slot = slot(of: id) else { return [] }
        var result: [PeriodKey] = []
        for o in index.homeDatedByProduct[slot] {
            let period = observations[Int(o)].period!
            if result.last != period { result.append(period) }
        }
        return result
    }

    /// The first period after `period` that has data (in the whole dataset, or in `line`), of any type or
    /// only of `period`'s type. `period` itself need not have data.
    public func period(after period: PeriodKey, sameType: Bool = false, line: String? = nil) -> PeriodKey? {
        let candidates = line.map { periods(line: $0) } ?? periods
        var position = Self.firstIndex(in: candidates) { period < $0 }
        while position < candidates.count {
            if !sameType || candidates[position].type == period.type { return candidates[position] }
            position += 1
        }
        return nil
    }

    /// The last period before `period` that has data (in the whole dataset, or in `line`), of any type or
    /// only of `period`'s type.
    public func period(before period: PeriodKey, sameType: Bool = false, line: String? = nil) -> PeriodKey? {
        let candidates = line.map { periods(line: $0) } ?? periods
        var position = Self.firstIndex(in: candidates) { period <= $0 } - 1
        while position >= 0 {
            if !sameType || candidates[position].type == period.type { return candidates[position] }
            position -= 1
        }
        return nil
    }

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
