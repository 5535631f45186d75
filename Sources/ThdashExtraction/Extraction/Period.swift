/// The stretch of time a figure covers: a month, a quarter, the first N months of a year, a year, a span of
/// years.
public struct Period: Sendable, Hashable, Codable {
    /// As written ("tháng 8", "quý III/2019", "6 tháng đầu năm").
    public var label: String
    public var type: PeriodType
    public var year: Int?
    public var month: Int?
    public var quarter: Int?
    /// For `monthsToDate`: how many months from January.
    public var months: Int?
    /// For `span`: its first year (`year` is its last).
    public var fromYear: Int?

    public init(
        label: String, type: PeriodType, year: Int? = nil, month: Int? = nil, quarter: Int? = nil,
        months: Int? = nil, fromYear: Int? = nil
    ) {
        self.label = label
        self.type = type
        self.year = year
        self.month = month
        self.quarter = quarter
        self.months = months
        self.fromYear = fromYear
    }

    /// The last month of the year the period reaches, when known (for telling whether a period without a
    /// year lies after an article's publication month).
    public var lastMonth: Int? {
        switch type {
        case .month: return month
        case .quarter: return quarter.map { $0 * 3 }
        case .monthsToDate: return months
        case .year, .span: return 12
        case .other: return nil
        }
    }
}

public enum PeriodType: String, Sendable, Hashable, Codable, CaseIterable {
    case month
    case quarter
    case monthsToDate = "months_to_date"
    case year
    /// Several whole years ("giai đoạn 2016-2020"): `fromYear` to `year`.
    case span
    case other
}
