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
        guard let slot = slot(of: id) else { return nil }
        let list = index.homeDatedByProduct[slot]
        guard let last = list.last(where: { observations[Int($0)].kind == .growth }) else { return nil }
        let rank = observations[Int(last)].periodRank
        var best: (order: Int, preference: Int32, observation: Observation)?
        for o in list where observations[Int(o)].periodRank == rank && observations[Int(o)].kind == .growth {
            let observation = observations[Int(o)]
            let order: Int
            if let yearly = ComparisonMode.yearOnYear.rank(kind: .growth, basis: observation.basis) {
                order = yearly
            } else if observation.basis == .previousMonth {
                order = 2
            } else {
                order = observation.basis == nil ? 3 : 4
            }
            if best == nil || (order, observation.preference) < (best!.order, best!.preference) {
                best = (order, observation.preference, observation)
            }
        }
        guard let best else { return nil }
        let mode: ComparisonMode? = best.order < 2 ? .yearOnYear : best.order == 2 ? .monthOnMonth : nil
        return GrowthHeadline(observation: best.observation, mode: mode)
    }

    /// The product's output value in its latest period that has one, with the stated plan completion for
    /// that period, the year's target, the completion computed from them, and, for a first-N-months
    /// period, the linear pace.
    public func latestProduction(product id: String) -> ProductionHeadline? {
        guard let slot = slot(of: id) else { return nil }
        let product = products[slot]
        let list = observations(index.homeDatedByProduct[slot])
        guard let latest = list.last(where: { $0.kind == .value })?.period else { return nil }
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
        let computed = target.flatMap { $0.baseValue != 0 ? value.baseValue / $0.baseValue * 100 : nil }
        var pace: PlanPace?
        if latest.type == .monthsToDate, let reached = completion?.value ?? computed {
            pace = PlanPace(monthsElapsed: latest.number, completionPercent: reached)
        }
        return ProductionHeadline(
            value: value, planCompletion: completion, target: target, computedCompletion: computed, pace: pace)
    }
}
