import ThdashExtraction

/// One value stated for a subject, period, basis, kind and region: the figures of every article that gave
/// that same value, merged (the dataset's unit of display).
public struct Observation: Sendable, Hashable {
    /// Product id (a catalog id, or `Product.unknownID` of the folded subject).
    public var product: String
    public var kind: FigureKind
    /// The figure's basis; for a whole year, "same period last year" is read as "previous year" (one claim).
    public var basis: Basis?
    /// Nil for an undated figure (no year, or a period of type `.other`).
    public var period: PeriodKey?
    /// The period as the first article wrote it ("Tính chung 8 tháng năm 2020", "2016 - 2020").
    public var periodLabel: String
    public var region: String
    public var isHomeRegion: Bool
    /// For basis `basePeriod`: the period compared with, as written ("năm 2015").
    public var base: String?
    /// The first article's value in `unit`: the product's catalog unit when the article's unit converts to it
    /// ("1,296 tỷ kWh" is shown as 1.296 triệu kWh), else the unit as written.
    public var value: Double
    public var unit: String
    /// The unit the first article wrote ("tỷ kWh").
    public var statedUnit: String
    /// Every source hedged the value ("ước", "khoảng").
    public var approximate: Bool
    /// Set when every source gave only this bound.
    public var bound: Bound?
    /// Index into `Dataset.figures` of the figure whose value is shown.
    public var firstFigure: Int { Int(storedFirstFigure) }
    var storedFirstFigure: Int32
    /// Indices of the other figures merged here (usually none, so no array is allocated).
    var moreFigures: [Int] = []
    /// Another observation gives a different value for the same subject, period, basis, kind and region.
    public var isConflicted: Bool

    /// Index of the product in `Dataset.products`.
    var productSlot: Int32
    /// Index of the period in `Dataset.periods`; -1 when undated or about another region.
    var periodRank: Int32
    /// The conflict group (same subject, period, basis, kind, region and base unit), known by the index of
    /// its first figure.
    var group: Int32
    /// 0 for the value the dataset shows for its group, then the other conflicting values in order.
    var preference: Int32
    /// The value rounded to its stated precision, in the base unit (`UnitScale`).
    var baseValue: Double
    /// Index of the region among the regions the dataset's figures name.
    var regionSlot: Int32
    /// Index of the base unit in the dataset's table of base units.
    var baseUnit: Int32
    /// `UnitScale(unit).factor` (of the unit shown).
    var unitFactor: Double

    /// Indices into `Dataset.figures` of the figures merged here, first the one whose value is shown.
    public var figureIndices: [Int] { [firstFigure] + moreFigures }

    /// The number of articles' figures merged into this value.
    public var sourceCount: Int { 1 + moreFigures.count }
}
