import ThdashExtraction

/// A dated period as an ordered key: a month, a quarter, the first N months of a year, or a year.
///
/// Keys of every type share one timeline: by year, then by the last month covered, then shorter spans
/// first, so "tháng 8/2020" < "quý III/2020" < "9 tháng đầu năm 2020" < "năm 2020". The first twelve months
/// of a year are the year itself.
public struct PeriodKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// `.month`, `.quarter`, `.monthsToDate` or `.year`; never `.other`.
    public let type: PeriodType
    // Stored narrow: a dataset holds one key per observation.
    private let storedYear: Int32
    private let storedNumber: UInt8

    private init(type: PeriodType, year: Int, number: Int) {
        self.type = type
        self.storedYear = Int32(clamping: year)
        self.storedNumber = UInt8(number)
    }

    public var year: Int { Int(storedYear) }
    /// The month (1–12), the quarter (1–4), the number of months from January (1–11), or 0 for a year.
    public var number: Int { Int(storedNumber) }

    public static func month(_ month: Int, of year: Int) -> PeriodKey {
        precondition((1...12).contains(month), "month \(month) out of range")
        return PeriodKey(type: .month, year: year, number: month)
    }

    public static func quarter(_ quarter: Int, of year: Int) -> PeriodKey {
        precondition((1...4).contains(quarter), "quarter \(quarter) out of range")
        return PeriodKey(type: .quarter, year: year, number: quarter)
    }

    /// The first `months` months of `year`; twelve months give the year.
    public static func firstMonths(_ months: Int, of year: Int) -> PeriodKey {
        precondition((1...12).contains(months), "months \(months) out of range")
        return months == 12 ? .year(year) : PeriodKey(type: .monthsToDate, year: year, number: months)
    }

    public static func year(_ year: Int) -> PeriodKey {
        PeriodKey(type: .year, year: year, number: 0)
    }

    /// The key of an extracted period, or nil when it has no year, is of type `.other` or is out of range
    /// (such figures go to the dataset's undated bucket).
    public init?(_ period: Period) {
        self.init(
            type: period.type, year: period.year, month: period.month, quarter: period.quarter, months: period.months)
    }

    /// The key of a period given by its parts (what `init(_:)` reads of a `Period`).
    init?(type: PeriodType, year: Int?, month: Int?, quarter: Int?, months: Int?) {
        guard let year, Int32(exactly: year) != nil else { return nil }
        switch type {
        case .month:
            guard let month, (1...12).contains(month) else { return nil }
            self = .month(month, of: year)
        case .quarter:
            guard let quarter, (1...4).contains(quarter) else { return nil }
            self = .quarter(quarter, of: year)
        case .monthsToDate:
            guard let months, (1...12).contains(months) else { return nil }
            self = .firstMonths(months, of: year)
        case .year:
            self = .year(year)
        case .span, .other:
            return nil
        }
    }

    /// The key as one integer, unique per key (for hashing in the dataset's build).
    var packed: Int {
        let type: Int
        switch self.type {
        case .month: type = 0
        case .quarter: type = 1
        case .monthsToDate: type = 2
        default: type = 3
        }
        return year << 6 | type << 4 | number
    }

    /// First month covered (1–12).
    public var firstMonth: Int {
        switch type {
        case .month: return number
        case .quarter: return number * 3 - 2
        default: return 1
        }
    }

    /// Last month covered (1–12).
    public var lastMonth: Int {
        switch type {
        case .month: return number
        case .quarter: return number * 3
        case .monthsToDate: return number
        default: return 12
        }
    }

    /// How many months the period covers.
    public var monthCount: Int { lastMonth - firstMonth + 1 }

    /// The period of the same type right after this one on the calendar ("tháng 12/2020" → "tháng 1/2021";
    /// "11 tháng đầu năm 2020" → "1 tháng đầu năm 2021", since twelve months are the year).
    public var next: PeriodKey {
        switch type {
        case .month: return number == 12 ? .month(1, of: year + 1) : .month(number + 1, of: year)
        case .quarter: return number == 4 ? .quarter(1, of: year + 1) : .quarter(number + 1, of: year)
        case .monthsToDate:
            return number == 11 ? .firstMonths(1, of: year + 1) : .firstMonths(number + 1, of: year)
        default: return .year(year + 1)
        }
    }

    /// The period of the same type right before this one on the calendar.
    public var previous: PeriodKey {
        switch type {
        case .month: return number == 1 ? .month(12, of: year - 1) : .month(number - 1, of: year)
        case .quarter: return number == 1 ? .quarter(4, of: year - 1) : .quarter(number - 1, of: year)
        case .monthsToDate:
            return number == 1 ? .firstMonths(11, of: year - 1) : .firstMonths(number - 1, of: year)
        default: return .year(year - 1)
        }
    }

    /// The same span a year earlier (the basis of a year-on-year comparison).
    public var yearEarlier: PeriodKey { PeriodKey(type: type, year: year - 1, number: number) }

    /// The months of `year` this period covers.
    public var months: ClosedRange<Int> { firstMonth...lastMonth }

    public static func < (a: PeriodKey, b: PeriodKey) -> Bool {
        if a.year != b.year { return a.year < b.year }
        if a.lastMonth != b.lastMonth { return a.lastMonth < b.lastMonth }
        if a.monthCount != b.monthCount { return a.monthCount < b.monthCount }
        return a.typeRank < b.typeRank
    }

    /// Breaks ties between spans of equal length and end ("quý I" before "3 tháng đầu năm").
    private var typeRank: Int {
        switch type {
        case .month: return 0
        case .quarter: return 1
        case .monthsToDate: return 2
        default: return 3
        }
    }

    public var description: String { label }
}
