import ThdashModel

extension AppState {
    /// The periods matrix for the basis and the length of the period in force; nil before there is a period.
    public var matrix: PeriodMatrix? { matrixContents?.matrix }

    /// The matrix's rows as listed: line headings and products.
    public var matrixLines: [MatrixLine] { matrixContents?.lines ?? [] }

    /// The product on a matrix row, nil on a heading.
    func matrixProduct(at index: Int) -> Product? {
        let lines = matrixLines
        guard let matrix, lines.indices.contains(index), case .product(let row) = lines[index] else { return nil }
        return matrix.rows[row].product
    }

    private var matrixContents: (matrix: PeriodMatrix, lines: [MatrixLine])? {
        guard let dataset, let period else { return nil }
        if let cached = cache.matrix, cached.matrix.mode == mode, cached.matrix.granularity == period.granularity {
            return (cached.matrix, cached.lines)
        }
        let matrix = dataset.matrix(mode: mode, granularity: period.granularity)
        return (matrix, MatrixLine.lines(of: matrix, lines: dataset.lines))
    }

    /// Keeps the matrix for the basis and length of period in force (made when the matrix is shown).
    mutating func cacheMatrix() {
        guard
            cache.matrix == nil || cache.matrix?.matrix.mode != mode
                || cache.matrix?.matrix.granularity != period?.granularity,
            let contents = matrixContents
        else { return }
        cache.matrix = contents
    }
}
