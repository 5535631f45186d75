import ThdashExtraction

/// Observations as short Vietnamese-style text for tables: "+3,6%", "58,8%", "~88.926 tỷ đồng", "—".
public enum ValueText {
    /// The text shown for a cell without a figure.
    public static let missing = "—"

    /// A number in Vietnamese style ("88.926", "3,6"), up to `decimals` places.
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        NumberFormatting.vietnamese(value, decimals: decimals)
    }

    /// An observation's value with its unit; growth signed. `missing` when nil, never 0.
    public static func value(_ observation: Observation?) -> String {
        guard let observation else { return missing }
        var text = number(observation.value, decimals: StatedPrecision.maximumDecimals)
        if observation.kind == .growth && observation.value > 0 { text = "+" + text }
        switch observation.bound {
        case .lower?: text = ">" + text
        case .upper?: text = "<" + text
        case nil: if observation.approximate { text = "~" + text }
        }
        let unit = observation.unit
        return unit.isEmpty ? text : unit == "%" ? text + "%" : text + " " + unit
    }

    /// The period of an observation: its Vietnamese label, or as written when undated.
    public static func period(_ observation: Observation) -> String {
        observation.period?.label ?? observation.periodLabel
    }

    /// Kind and basis in Vietnamese: "tăng trưởng so với cùng kỳ", "giá trị", "% kế hoạch năm", "dự báo tăng
    /// so với năm trước".
    public static func measure(_ observation: Observation) -> String {
        let basis = basis(observation.basis, base: observation.base)
        switch observation.kind {
        case .value: return "giá trị"
        case .target:
            return observation.basis == nil
                ? "kế hoạch" : observation.basis == .annualPlan ? "kế hoạch, % kế hoạch" : "kế hoạch tăng " + basis
        case .forecast:
            return observation.basis == nil
                ? "dự báo" : observation.basis == .annualPlan ? "dự báo % kế hoạch" : "dự báo tăng " + basis
        case .planCompletion: return "% kế hoạch năm"
        case .growth: return "tăng " + basis
        }
    }

    public static func basis(_ basis: Basis?, base: String? = nil) -> String {
        switch basis {
        case nil: return "(không rõ so với)"
        case .previousMonth?: return "so với tháng trước"
        case .samePeriodLastYear?: return "so với cùng kỳ"
        case .previousYear?: return "so với năm trước"
        case .previousQuarter?: return "so với quý trước"
        case .annualPlan?: return "so với kế hoạch năm"
        case .basePeriod?: return "so với " + (base ?? "kỳ gốc")
        case .averageAnnual?: return "bình quân mỗi năm"
        }
    }
}
