import ThdashExtraction

/// Month-on-month growth and cumulative totals against the monthly values of one product and year.
///
/// Two comparisons, each made only when every figure it needs is stated:
/// - month-on-month: a stated growth against the two months it joins, each stated, or given by two stated
///   consecutive cumulatives (month 8 = 8 months − 7 months);
/// - cumulative: a stated cumulative against the sum of its months (or the latest earlier stated cumulative
///   plus the months after it), each month stated or carried from a stated month by the stated
///   month-on-month growth (forward ×(1+g), backward ÷(1+g)).
/// Rounding errors of every input are added up into the tolerance, plus 1,5 units in the last stated place
/// of the figure under test. To flag only clear disagreements, approximate ("ước") figures, bounds and
/// periods with more than one value are not used, nor are years whose values mix base units.
struct MonthlyChainCheck {
    let product: String
    let year: Int
    /// The dataset's observations; runs index them.
    let observations: [Observation]

    /// A month's value in base units, how far rounding may have moved it, and where it came from (no
    /// arrays: a large dataset fills thousands of these, and few become checks).
    private struct Month {
        enum Origin {
            case stated(Int32)
            /// A cumulative minus the one a month shorter.
            case difference(Int32, Int32)
            /// Carried from the month before by this month's growth (the observation given).
            case forward(Int32)
            /// Carried from the month after by that month's growth (the observation given).
            case backward(Int32)
        }

        var value: Double
        var error: Double
        var origin: Origin

        var isCarried: Bool {
            switch origin {
            case .forward, .backward: return true
            default: return false
            }
        }
    }

    /// The observations month `number`'s value came from, following carried months to a stated one.
    private func inputs(of number: Int, in months: [Month?]) -> [Int32] {
        switch months[number]!.origin {
        case .stated(let index): return [index]
        case .difference(let total, let before): return [total, before]
        case .forward(let rate): return inputs(of: number - 1, in: months) + [rate]
        case .backward(let rate): return inputs(of: number + 1, in: months) + [rate]
        }
    }

    /// The year's usable figures by month; -1 when none, -2 when more than one value (not usable).
    private struct Figures {
        var months = [Int32](repeating: -1, count: 13)
        var growth = [Int32](repeating: -1, count: 13)
        var totals: [(period: PeriodKey, index: Int32)] = []

        static func put(_ index: Int32, into slot: inout Int32) { slot = slot == -1 ? index : -2 }

        mutating func addTotal(_ index: Int32, period: PeriodKey) {
            if let position = totals.firstIndex(where: { $0.period == period }) {
                totals[position].index = -2
            } else {
                totals.append((period, index))
            }
        }

        func total(_ period: PeriodKey) -> Int32? {
            totals.first { $0.period == period && $0.index >= 0 }?.index
        }

        /// The stated total of the first `n` months of `year` (quarter I counts as the first three).
        func cumulative(_ n: Int, of year: Int) -> Int32? {
            total(.firstMonths(n, of: year)) ?? (n == 3 ? total(.quarter(1, of: year)) : nil)
        }
    }

    /// Checks one product's figures of `year` (`run` indexes `observations`).
    func run(_ run: ArraySlice<Int32>) -> [ConsistencyCheck] {
        var months = 0
        var totals = 0
        var rates = 0
        var baseUnit: Int32 = -1
        for o in run where observations[Int(o)].bound == nil && !observations[Int(o)].approximate {
            if observations[Int(o)].kind == .value {
                if observations[Int(o)].period!.type == .month { months += 1 } else { totals += 1 }
                if baseUnit >= 0 && baseUnit != observations[Int(o)].baseUnit { return [] }
                baseUnit = observations[Int(o)].baseUnit
            } else if isMonthOnMonth(o) {
                rates += 1
            }
        }
        // A growth needs two months (stated, or a difference of cumulatives); a cumulative needs a month.
        guard (rates > 0 && months + totals >= 2) || (totals > 0 && months > 0) else { return [] }
        var figures = Figures()
        for o in run where observations[Int(o)].bound == nil && !observations[Int(o)].approximate {
            let period = observations[Int(o)].period!
            if observations[Int(o)].kind == .value {
                if period.type == .month {
                    Figures.put(o, into: &figures.months[period.number])
                } else {
                    figures.addTotal(o, period: period)
                }
            } else if isMonthOnMonth(o) {
                Figures.put(o, into: &figures.growth[period.number])
            }
        }
        return monthOnMonthChecks(figures) + cumulativeChecks(figures)
    }

    private func isMonthOnMonth(_ o: Int32) -> Bool {
        observations[Int(o)].kind == .growth && observations[Int(o)].basis == .previousMonth
            && observations[Int(o)].period!.type == .month
    }

    private func stated(_ index: Int32) -> Month {
        let o = Int(index)
        return Month(
            value: observations[o].baseValue,
            error: StatedPrecision.halfUnit(of: observations[o].value) * observations[o].unitFactor,
            origin: .stated(index))
    }

    /// How a month enters a formula, in `factor` units ("10.490", "(88.926 − 77.001)", "11.927*").
    private func term(_ month: Month, factor: Double) -> CheckFormula.Term {
        switch month.origin {
        case .stated(let index):
            return .stated(observations[Int(index)].baseValue / factor)
        case .difference(let total, let before):
            return .difference(
                observations[Int(total)].baseValue / factor, observations[Int(before)].baseValue / factor)
        case .forward, .backward:
            return .carried(month.value / factor)
        }
    }

    // MARK: Month-on-month

    private func monthOnMonthChecks(_ figures: Figures) -> [ConsistencyCheck] {
        guard figures.growth.contains(where: { $0 >= 0 }) else { return [] }
        var months = [Month?](repeating: nil, count: 13)
        for month in 1...12 {
            if figures.months[month] >= 0 {
                months[month] = stated(figures.months[month])
            } else if let total = figures.cumulative(month, of: year) {
                if month == 1 {
                    months[month] = stated(total)
                } else if let before = figures.cumulative(month - 1, of: year) {
                    let a = stated(total)
                    let b = stated(before)
                    months[month] = Month(
                        value: a.value - b.value, error: a.error + b.error, origin: .difference(total, before))
                }
            }
        }
        var checks: [ConsistencyCheck] = []
        for month in 2...12 where figures.growth[month] >= 0 {
            guard let before = months[month - 1], let after = months[month], before.value != 0, after.value != 0
            else { continue }
            let rate = observations[Int(figures.growth[month])]
            let ratio = after.value / before.value
            let computed = (ratio - 1) * 100
            let tolerance =
                1.5 * StatedPrecision.unit(of: rate.value)
                + ratio * (before.error / abs(before.value) + after.error / abs(after.value)) * 100
            var inputs = self.inputs(of: month - 1, in: months)
            let afterInputs = self.inputs(of: month, in: months)
            for input in afterInputs where !inputs.contains(input) { inputs.append(input) }
            let factor = observations[Int(afterInputs[0])].unitFactor
            checks.append(
                ConsistencyCheck(
                    rule: .monthOnMonth, product: product, period: .month(month, of: year), stated: rate,
                    inputs: inputs.map { observations[Int($0)] }, computed: computed, tolerance: tolerance,
                    formula: .growth(
                        after: term(after, factor: factor), before: term(before, factor: factor), result: computed)))
        }
        return checks
    }

    // MARK: Cumulative

    private func cumulativeChecks(_ figures: Figures) -> [ConsistencyCheck] {
        guard figures.totals.contains(where: { $0.index >= 0 }) else { return [] }
        var months = [Month?](repeating: nil, count: 13)
        for month in 1...12 where figures.months[month] >= 0 { months[month] = stated(figures.months[month]) }
        carry(&months, growth: figures.growth)
        var checks: [ConsistencyCheck] = []
        for (period, stated) in figures.totals.sorted(by: { $0.period < $1.period }) where stated >= 0 {
            let range = period.months
            var start: Int?
            var earlier: Int32?
            if range.allSatisfy({ months[$0] != nil }) {
                start = range.lowerBound
            } else if range.lowerBound == 1 {
                // The latest earlier cumulative after which every month of the period is known.
                var gap = range.upperBound
                while months[gap] != nil { gap -= 1 }
                for candidate in stride(from: range.upperBound - 1, through: max(gap, 1), by: -1) {
                    if let total = figures.cumulative(candidate, of: year) {
                        start = candidate + 1
                        earlier = total
                        break
                    }
                }
            }
            guard let start else { continue }
            checks.append(
                cumulativeCheck(period: period, stated: stated, earlier: earlier, months: months, from: start))
        }
        return checks
    }

    /// Fills months that have no stated value from a neighbour and the stated growth between them.
    private func carry(_ months: inout [Month?], growth: [Int32]) {
        for month in 2...12 where months[month] == nil && growth[month] >= 0 {
            guard let before = months[month - 1] else { continue }
            let rate = observations[Int(growth[month])].value
            let factor = 1 + rate / 100
            guard factor > 0 else { continue }
            months[month] = Month(
                value: before.value * factor,
                error: before.error * factor + abs(before.value) * StatedPrecision.halfUnit(of: rate) / 100,
                origin: .forward(growth[month]))
        }
        for month in stride(from: 11, through: 1, by: -1) where months[month] == nil && growth[month + 1] >= 0 {
            guard let after = months[month + 1] else { continue }
            let rate = observations[Int(growth[month + 1])].value
            let factor = 1 + rate / 100
            guard factor > 0 else { continue }
            months[month] = Month(
                value: after.value / factor,
                error: after.error / factor + abs(after.value) * StatedPrecision.halfUnit(of: rate) / 100
                    / (factor * factor),
                origin: .backward(growth[month + 1]))
        }
    }

    private func cumulativeCheck(
        period: PeriodKey, stated index: Int32, earlier: Int32?, months: [Month?], from start: Int
    ) -> ConsistencyCheck {
        let stated = observations[Int(index)]
        let factor = stated.unitFactor
        var total = 0.0
        var error = 0.0
        var inputs: [Int32] = []
        var terms: [CheckFormula.Part] = []
        if let earlier {
            let month = self.stated(earlier)
            total += month.value
            error += month.error
            inputs.append(earlier)
            terms.append(
                CheckFormula.Part(period: observations[Int(earlier)].period!, term: term(month, factor: factor)))
        }
        for number in start...period.lastMonth {
            let month = months[number]!
            total += month.value
            error += month.error
            for input in self.inputs(of: number, in: months) where !inputs.contains(input) { inputs.append(input) }
            terms.append(CheckFormula.Part(period: .month(number, of: year), term: term(month, factor: factor)))
        }
        let computed = total / factor
        let formula = CheckFormula.sum(terms: terms, result: computed, unit: stated.unit)
        return ConsistencyCheck(
            rule: .cumulative, product: product, period: period, stated: stated,
            inputs: inputs.map { observations[Int($0)] }, computed: computed,
            tolerance: 1.5 * StatedPrecision.unit(of: stated.value) + error / factor, formula: formula)
    }
}
