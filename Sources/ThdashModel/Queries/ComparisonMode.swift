import ThdashExtraction

/// The dashboard's basis modes: which figures a period table shows.
public enum ComparisonMode: String, Sendable, Hashable, CaseIterable {
    /// Growth over the previous month.
    case monthOnMonth = "month_on_month"
    /// Growth over the same period last year (or the previous year, for a year).
    case yearOnYear = "year_on_year"
    /// Percent of the annual plan reached.
    case planCompletion = "plan_completion"

    /// True when a figure of this kind and basis belongs to the mode.
    public func includes(kind: FigureKind, basis: Basis?) -> Bool {
        rank(kind: kind, basis: basis) != nil
    }

    /// Order of preference among the figures of the mode (lower first); nil when not in the mode.
    func rank(kind: FigureKind, basis: Basis?) -> Int? {
        switch (self, kind, basis) {
        case (.monthOnMonth, .growth, .previousMonth?): return 0
        case (.yearOnYear, .growth, .samePeriodLastYear?): return 0
        case (.yearOnYear, .growth, .previousYear?): return 1
        case (.planCompletion, .planCompletion, _): return 0
        default: return nil
        }
    }

    /// Vietnamese label for a column header or a mode switch.
    public var label: String {
        switch self {
        case .monthOnMonth: return "so với tháng trước"
        case .yearOnYear: return "so với cùng kỳ"
        case .planCompletion: return "% kế hoạch năm"
        }
    }
}
