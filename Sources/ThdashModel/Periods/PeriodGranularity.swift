import ThdashExtraction

/// How long the periods compared are: months, quarters, the year so far (the first N months, the half year
/// included), or whole years. The dashboard steps through one granularity at a time, so that a figure is
/// only ever set beside figures of periods like its own.
public enum PeriodGranularity: String, Sendable, Hashable, CaseIterable {
    case month
    case quarter
    case yearToDate = "year_to_date"
    case year

    /// The granularity of a period type; nil for the types no key has (spans of years, other).
    public init?(_ type: PeriodType) {
        switch type {
        case .month: self = .month
        case .quarter: self = .quarter
        case .monthsToDate: self = .yearToDate
        case .year: self = .year
        case .span, .other: return nil
        }
    }

    /// The next granularity in the cycle month → quarter → year to date → year → month.
    public var next: PeriodGranularity {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

extension PeriodKey {
    /// The key's granularity (every key has one: a key is never a span or "other").
    public var granularity: PeriodGranularity { PeriodGranularity(type) ?? .year }
}
