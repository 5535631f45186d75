/// One row of the conflicts page: one article's figure for one of a conflict's values.
public struct ConflictRow: Hashable, Sendable {
    /// Index into `Dataset.conflicts`.
    public var conflict: Int
    /// Index into the conflict's observations.
    public var value: Int
    /// Index among the observation's sources.
    public var source: Int
    /// Index among the conflict's rows: the first names the product, the second the period and measure
    /// (every conflict has two values, so two rows at least).
    public var line: Int

    /// The value's first row, which shows the value.
    public var opensValue: Bool { source == 0 }
}
