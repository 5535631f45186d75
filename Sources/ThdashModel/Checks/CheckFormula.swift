/// How a check's computed value was obtained, kept as numbers and written out only when shown (a large
/// dataset makes thousands of checks and shows few).
enum CheckFormula: Sendable, Hashable {
    /// A month's value as it enters a formula: stated, the difference of two cumulatives, or carried from a
    /// neighbour by month-on-month growth. Numbers are in the unit of the figure under test.
    enum Term: Sendable, Hashable {
        case stated(Double)
        case difference(Double, Double)
        case carried(Double)

        var text: String {
            switch self {
            case .stated(let value): return ValueText.number(value)
            case .difference(let a, let b): return "(\(ValueText.number(a)) − \(ValueText.number(b)))"
            case .carried(let value): return ValueText.number(value) + "*"
            }
        }

        var isCarried: Bool {
            if case .carried = self { return true }
            return false
        }
    }

    /// One period's value in a sum.
    struct Part: Sendable, Hashable {
        var period: PeriodKey
        var term: Term
    }

    /// value / target = completion %.
    case ratio(value: Double, valueUnit: String, target: Double, targetUnit: String, result: Double)
    /// after / before − 1 = growth %.
    case growth(after: Term, before: Term, result: Double)
    /// The sum of periods' values = result, in `unit`.
    case sum(terms: [Part], result: Double, unit: String)

    var text: String {
        switch self {
        case .ratio(let value, let valueUnit, let target, let targetUnit, let result):
            return "\(ValueText.number(value)) \(valueUnit) / \(ValueText.number(target)) \(targetUnit) = "
                + "\(ValueText.number(result))%"
        case .growth(let after, let before, let result):
            return "\(after.text) / \(before.text) − 1 = \(ValueText.number(result))%"
        case .sum(let terms, let result, let unit):
            var text =
                terms.map { "\($0.period.label) (\($0.term.text))" }.joined(separator: " + ")
                + " = \(ValueText.number(result)) \(unit)"
            if terms.contains(where: { $0.term.isCarried }) { text += " (* theo tăng trưởng so với tháng trước)" }
            return text
        }
    }
}
