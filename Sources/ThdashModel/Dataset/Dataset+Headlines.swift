import ThdashExtraction

extension Dataset {
    func makeHeadlines() -> Headlines {
        Headlines(
            iip: latestGrowth(product: Headlines.iipID),
            production: latestProduction(product: Headlines.productionValueID))
    }

    /// The product's growth in its latest period that has one; within that period year-on-year first, then
    /// month-on-month, then a growth stated without a basis.
    public func latestGrowth(product id: String) -> GrowthHeadline? {
        growth(product: id, upTo: nil, preferring: .yearOnYear)
    }

    /// The overview's key figures at `period`: each that of the period itself, else of the latest earlier
    /// period of the same year that has one (labelled with its own period); never a figure of another year.
    /// The index's growth is the one `mode` compares by when it has one (year on year for a plan).
    public func headlines(at period: PeriodKey, mode: ComparisonMode) -> Headlines {
        Headlines(
            iip: growth(product: Headlines.iipID, upTo: period, preferring: mode == .monthOnMonth ? mode : .yearOnYear),
            production: production(product: Headlines.productionValueID, upTo: period))
    }

    /// Whether `candidate` may stand for `period` on the overview: the same year, and not after it.
    private static func stands(_ candidate: PeriodKey, for period: PeriodKey?) -> Bool {
        guard let period else { return true }
        return candidate.year == period.year && candidate <= period
    }

    /// Of the periods in `list` (an index list in time order) that `matches` accepts and that may stand
    /// for `limit`, the latest of `limit`'s own length when there is one (a month beside a month), else the
    /// latest of any length.
    private func latest(in list: ArraySlice<Int32>, upTo limit: PeriodKey?, where matches: (Observation) -> Bool)
        -> Int32?
    {
        var fallback: Int32?
        for o in list.reversed() {
            let observation = observations[Int(o)]
            guard matches(observation), Self.stands(observation.period!, for: limit) else { continue }
            guard let limit, observation.period!.type != limit.type else { return o }
            if fallback == nil { fallback = o }
        }
        return fallback
    }

    /// The product's growth in the latest period (up to `limit`, within its year) that has one; within that
    /// period the basis of `preferred` first, then the other basis, then a growth stated without a basis.
    private func growth(product id: String, upTo limit: PeriodKey?, preferring preferred: ComparisonMode)
        -> GrowthHeadline?
    {
        guard let slot = slot(of: id) else { return nil }
        let list = index.homeDatedByProduct[slot]
        guard let last = latest(in: list, upTo: limit, where: { $0.kind == .growth }) else { return nil }
        let rank = observations[Int(last)].periodRank
        let other: ComparisonMode = preferred == .monthOnMonth ? .yearOnYear : .monthOnMonth
        var best: (order: Int, preference: Int32, observation: Observation)?
        for o in list where observations[Int(o)].periodRank == rank && observations[Int(o)].kind == .growth {
            let observation = observations[Int(o)]
            let order: Int
            if let own = preferred.rank(kind: .growth, basis: observation.basis) {
                order = own
            } else if other.includes(kind: .growth, basis: observation.basis) {
                order = 2
            } else {
                order = observation.basis == nil ? 3 : 4
            }
            if best == nil || (order, observation.preference) < (best!.order, best!.preference) {
                best = (order, observation.preference, observation)
            }
        }
        guard let best else { return nil }
        let mode: ComparisonMode? = best.order < 2 ? preferred : best.order == 2 ? other : nil
        return GrowthHeadline(observation: best.observation, mode: mode)
    }

    /// The product's output value in its latest period that has one, with the stated plan completion for
    /// that period, the year's target, the completion computed from them, and, for a first-N-months
    /// period, the linear pace.
    public func latestProduction(product id: String) -> ProductionHeadline? {
        production(product: id, upTo: nil)
    }

    /// As `latestProduction`, in the latest period up to `limit` within its year. A completion is computed
    /// from the year's target only for a period that counts from January (a month's or a quarter's output
    /// is no share of the year's plan).
    private func production(product id: String, upTo limit: PeriodKey?) -> ProductionHeadline? {
        guard let slot = slot(of: id) else { return nil }
        let product = products[slot]
        guard let found = latest(in: index.homeDatedByProduct[slot], upTo: limit, where: { $0.kind == .value })
        else { return nil }
        let latest = observations[Int(found)].period!
        let list = observations(index.homeDatedByProduct[slot])
        let value = list.filter { $0.kind == .value && $0.period == latest }.min { a, b in
            (a.unit == product.unit) != (b.unit == product.unit) ? a.unit == product.unit : a.preference < b.preference
        }!
        let completion = list.filter { $0.kind == .planCompletion && $0.period == latest }.min {
            $0.preference < $1.preference
        }
        let target = list.filter {
            $0.kind == .target && $0.period == .year(latest.year) && $0.bound == nil && $0.baseUnit == value.baseUnit
        }.min { a, b in
            (a.basis == nil) != (b.basis == nil) ? a.basis == nil : a.preference < b.preference
        }
        let cumulative = latest.type == .monthsToDate || latest.type == .year
        let computed = target.flatMap { cumulative && $0.baseValue != 0 ? value.baseValue / $0.baseValue * 100 : nil }
        var pace: PlanPace?
        if latest.type == .monthsToDate, let reached = completion?.value ?? computed {
            pace = PlanPace(monthsElapsed: latest.number, completionPercent: reached)
        }
        return ProductionHeadline(
            value: value, planCompletion: completion, target: target, computedCompletion: computed, pace: pace)
    }
}
