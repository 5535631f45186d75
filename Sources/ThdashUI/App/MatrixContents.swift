import ThdashModel

/// A periods matrix ready to draw: the matrix, its listed rows, and its widest product name in each language
/// (so a frame does not measure 1,300 names to lay out its first column).
struct MatrixContents: Sendable {
    var matrix: PeriodMatrix
    var lines: [MatrixLine]
    var widestName: [Language: Int]

    init(_ matrix: PeriodMatrix, lines productLines: [ProductLine]) {
        self.matrix = matrix
        lines = MatrixLine.lines(of: matrix, lines: productLines)
        var widest: [Language: Int] = [:]
        for language in [Language.vietnamese, .english] {
            widest[language] =
                matrix.rows.lazy.map { row in
                    TerminalText.width(
                        language == .english && !row.product.nameEN.isEmpty ? row.product.nameEN : row.product.name)
                }.max() ?? 0
        }
        widestName = widest
    }

    /// Which matrix: one per basis and length of period.
    struct Key: Hashable, Sendable {
        var mode: ComparisonMode
        var granularity: PeriodGranularity
    }
}
