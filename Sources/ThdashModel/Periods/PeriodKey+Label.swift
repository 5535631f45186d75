extension PeriodKey {
    /// Vietnamese label: "tháng 8/2020", "quý III/2020", "8 tháng đầu năm 2020", "năm 2020".
    public var label: String {
        switch type {
        case .month: return "tháng \(number)/\(year)"
        case .quarter: return "quý \(Self.roman[number])/\(year)"
        case .monthsToDate: return "\(number) tháng đầu năm \(year)"
        default: return "năm \(year)"
        }
    }

    /// Short Vietnamese label for narrow columns: "T8/2020", "Q3/2020", "8T/2020", "2020".
    public var shortLabel: String {
        switch type {
        case .month: return "T\(number)/\(year)"
        case .quarter: return "Q\(number)/\(year)"
        case .monthsToDate: return "\(number)T/\(year)"
        default: return "\(year)"
        }
    }

    private static let roman = ["", "I", "II", "III", "IV"]
}
