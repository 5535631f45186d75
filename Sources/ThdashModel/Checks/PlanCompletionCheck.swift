import ThdashExtraction

/// Value ÷ target against the stated plan completion: 88.926 / 151.300 = 58,77 %, stated 58,8 %.
///
/// The target is the same product's, for the whole year of the period ("cả năm"), stated without a basis
/// (not a growth target), in the same base unit. Figures given only as bounds are left out, and so are
/// values that articles disagree on (reported as conflicts; like the monthly chain, the check flags only
/// clear disagreements, and every combination of alternatives would grow with the cube of their number:
/// 60 disagreeing reports of a month made 216,000 checks of one product). The tolerance
/// is 1,5 units in the completion's last stated place (0,15 points for "58,8") plus what rounding the
/// value and the target to their stated places can move the ratio.
enum PlanCompletionCheck {
    /// Checks one product's figures of one year (`run` indexes `observations`).
    static func run(
        product: String, year: Int, run: ArraySlice<Int32>, in observations: [Observation]
    ) -> [ConsistencyCheck] {
        guard run.contains(where: { observations[Int($0)].kind == .planCompletion }) else { return [] }
        var completions: [Int32] = []
        var values: [Int32] = []
        var targets: [Int32] = []
        for o in run where observations[Int(o)].bound == nil && !observations[Int(o)].isConflicted {
            switch observations[Int(o)].kind {
            case .planCompletion:
                completions.append(o)
            case .value where observations[Int(o)].value != 0:
                values.append(o)
            case .target
            where observations[Int(o)].basis == nil && observations[Int(o)].period == .year(year)
                && observations[Int(o)].value != 0:
                targets.append(o)
            default: break
            }
        }
        var checks: [ConsistencyCheck] = []
        for completion in completions {
            for value in values where observations[Int(value)].periodRank == observations[Int(completion)].periodRank {
                for target in targets where observations[Int(target)].baseUnit == observations[Int(value)].baseUnit {
                    checks.append(
                        check(
                            observations[Int(completion)], value: observations[Int(value)],
                            target: observations[Int(target)]))
                }
            }
        }
        return checks
    }

    private static func check(_ completion: Observation, value: Observation, target: Observation) -> ConsistencyCheck {
        let computed = value.baseValue / target.baseValue * 100
        let inputError =
            StatedPrecision.halfUnit(of: value.value) / abs(value.value)
            + StatedPrecision.halfUnit(of: target.value) / abs(target.value)
        let formula = CheckFormula.ratio(
            value: value.value, valueUnit: value.unit, target: target.value, targetUnit: target.unit, result: computed)
        return ConsistencyCheck(
            rule: .planCompletion, product: completion.product, period: completion.period!, stated: completion,
            inputs: [value, target], computed: computed,
            tolerance: 1.5 * StatedPrecision.unit(of: completion.value) + abs(computed) * inputError,
            formula: formula)
    }
}
