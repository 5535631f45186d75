/// Which of the periods matrix's columns fit on screen: the newest ones when the chosen period is among
/// them, else those ending at the chosen one (so ← and → scroll the matrix as they move the period).
public enum MatrixScreenColumns {
    /// Indices into the matrix's periods, for `count` columns of which `fitting` fit (at least one shows).
    public static func range(count: Int, fitting: Int, chosen: Int?) -> Range<Int> {
        let fitting = max(1, fitting)
        guard count > fitting else { return 0..<count }
        let last = count - fitting
        guard let chosen, chosen < last else { return last..<count }
        let start = max(0, chosen - fitting + 1)
        return start..<(start + fitting)
    }
}
