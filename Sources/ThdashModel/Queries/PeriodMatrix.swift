import ThdashExtraction

/// Every product's figures for one basis across the periods of one length: the periods matrix. Columns are
/// every calendar period from the first that has a figure to the last (so gaps are columns too); rows are
/// the products with at least one figure, grouped by product line in catalog order (indices and economy
/// aggregates are lines of their own).
public struct PeriodMatrix: Sendable {
    public var mode: ComparisonMode
    public var granularity: PeriodGranularity
    /// Calendar periods of the granularity, oldest first.
    public var periods: [PeriodKey]
    public var rows: [Row]

    /// One product's cells.
    public struct Row: Sendable {
        public var product: Product
        /// The figure of each period that has one, by index into `periods`.
        public var cells: [Int: SeriesPoint]
    }

    /// The column of `period`, when it is one.
    public func column(of period: PeriodKey) -> Int? {
        guard let first = periods.first, period.granularity == granularity, period >= first else { return nil }
        let index = periods.partitioningIndex { $0 >= period }
        return index < periods.count && periods[index] == period ? index : nil
    }
}

extension Dataset {
    /// The periods matrix for a basis and a length of period (see `PeriodMatrix`).
    public func matrix(mode: ComparisonMode, granularity: PeriodGranularity) -> PeriodMatrix {
        let type: PeriodType
        switch granularity {
        case .month: type = .month
        case .quarter: type = .quarter
        case .yearToDate: type = .monthsToDate
        case .year: type = .year
        }
        var found: [(product: Product, series: Series)] = []
        for line in lines {
            for product in products(inLine: line.id) {
                if let series = series(product: product.id, mode: mode, periodType: type) {
                    found.append((product, series))
                }
            }
        }
        let starts = found.compactMap { $0.series.points.first?.period }
        let ends = found.compactMap { $0.series.points.last?.period }
        var periods: [PeriodKey] = []
        if var period = starts.min(), let last = ends.max() {
            while period <= last {
                periods.append(period)
                period = period.next
            }
        }
        let column = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        let rows = found.map { entry in
            PeriodMatrix.Row(
                product: entry.product,
                cells: Dictionary(
                    uniqueKeysWithValues: entry.series.points.compactMap { point in
                        column[point.period].map { ($0, point) }
                    }))
        }
        return PeriodMatrix(mode: mode, granularity: granularity, periods: periods, rows: rows)
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, which must be false then true along the array.
    fileprivate func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
