import ThdashModel

/// A row of the periods matrix as the screen lists it: a product line's heading, or a product (by index
/// into `PeriodMatrix.rows`).
public enum MatrixLine: Sendable, Hashable {
    case line(ProductLine)
    case product(Int)

    /// The matrix's rows with a heading before each product line's first product.
    static func lines(of matrix: PeriodMatrix, lines: [ProductLine]) -> [MatrixLine] {
        var result: [MatrixLine] = []
        var current: String?
        for (index, row) in matrix.rows.enumerated() {
            if row.product.line != current {
                current = row.product.line
                if let line = lines.first(where: { $0.id == row.product.line }) { result.append(.line(line)) }
            }
            result.append(.product(index))
        }
        return result
    }
}
