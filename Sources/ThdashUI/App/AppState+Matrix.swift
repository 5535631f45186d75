import ThdashModel

extension AppState {
    /// The periods matrix for the basis and the length of the period in force; nil before there is a period.
    public var matrix: PeriodMatrix? { matrixContents?.matrix }

    /// The matrix's rows as listed: line headings and products.
    public var matrixLines: [MatrixLine] { matrixContents?.lines ?? [] }

    /// The widest product name of the matrix in the interface language.
    var matrixNameWidth: Int { matrixContents?.widestName[language] ?? 0 }

    private var matrixContents: MatrixContents? {
        guard let dataset, let period else { return nil }
        let key = MatrixContents.Key(mode: mode, granularity: period.granularity)
        if let cached = cache.matrices[key] { return cached }
        return MatrixContents(dataset.matrix(mode: mode, granularity: key.granularity), lines: dataset.lines)
    }

    /// Keeps the matrix for the basis and length of period in force, once the matrix has been shown: every
    /// basis and length visited stays made (at most twelve), so that b and p cost a matrix only once.
    mutating func cacheMatrix() {
        guard let period else { return }
        let key = MatrixContents.Key(mode: mode, granularity: period.granularity)
        guard cache.matrices[key] == nil, let contents = matrixContents else { return }
        cache.matrices[key] = contents
    }
}
