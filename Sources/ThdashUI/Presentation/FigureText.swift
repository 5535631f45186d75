import ThdashExtraction
import ThdashModel

/// Observations as the screens show them, in the interface language: growth signed ("+3,6%", "−0,4%"),
/// hedges marked ("~", ">" and "<"), values with their unit, and the colour role that goes with each.
public struct FigureText: Sendable {
    public var strings: Strings

    public init(_ strings: Strings) { self.strings = strings }

    /// The figure in a table cell, with its unit ("1,61 triệu tấn"); nil when there is none (the table draws
    /// "—", never 0).
    public func figure(_ observation: Observation?) -> String? {
        guard let observation else { return nil }
        var text = number(observation.value, signed: observation.kind == .growth || isGrowthRate(observation))
        text += observation.unit == "%" ? "%" : observation.unit.isEmpty ? "" : " " + strings.unit(observation.unit)
        return hedge(observation) + text
    }

    /// A target or forecast of growth: signed like growth.
    private func isGrowthRate(_ observation: Observation) -> Bool {
        !observation.kind.isActual && observation.unit == "%" && observation.basis != nil
            && observation.basis != .annualPlan
    }

    /// "~" for an approximate value, ">" or "<" for a bound.
    private func hedge(_ observation: Observation) -> String {
        switch observation.bound {
        case .lower?: return ">"
        case .upper?: return "<"
        case nil: return observation.approximate ? "~" : ""
        }
    }

    /// Up in the positive role, down in the negative one; plan completion is positive once the plan is met.
    public func role(_ observation: Observation?) -> ColorRole {
        guard let observation else { return .dim }
        switch observation.kind {
        case .growth: return observation.value > 0 ? .positive : observation.value < 0 ? .negative : .normal
        case .planCompletion: return observation.value >= 100 ? .positive : .normal
        default: return .normal
        }
    }

    /// The figure with an arrow for headlines, readable without colour: "▲ 15,2%", "▼ 5,1%".
    public func arrow(_ observation: Observation) -> String {
        guard observation.kind == .growth else { return figure(observation) ?? ValueText.missing }
        let digits = strings.number(abs(observation.value))
        let arrow = observation.value > 0 ? "▲ " : observation.value < 0 ? "▼ " : "• "
        return hedge(observation) + arrow + digits + "%"
    }

    /// A bare number, with its sign ("+3,6", "−0,4") when `signed`.
    public func number(_ value: Double, signed: Bool) -> String {
        let digits = strings.number(abs(value))
        guard digits != "0" else { return digits }
        return (value < 0 ? SignedNumber.minus : signed ? "+" : "") + digits
    }

    /// The period of an observation: its label in the interface language, or as written when undated.
    public func period(_ observation: Observation) -> String {
        observation.period.map { strings.period($0) } ?? observation.periodLabel
    }
}
