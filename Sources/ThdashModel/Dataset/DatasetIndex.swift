import ThdashExtraction

/// The lookups a dataset builds once so that queries only walk short lists.
struct DatasetIndex: Sendable {
    var productSlotByID: [String: Int32] = [:]
    var lineSlotByID: [String: Int32] = [:]
    /// Per product slot: the index of its line in `Dataset.lines`.
    var productLineSlot: [Int32] = []
    /// Per product slot: its Vietnamese and English names folded (`VietnameseText.fold`), for search and
    /// sorting by name without folding on every key press.
    var foldedNames: [FoldedName] = []
    /// Per product slot: its position when sorted by name.
    var nameRank: [Int32] = []
    /// Product slots with home-region data, in display order.
    var homeProductSlots: [Int32] = []
    /// Home-region dated observations per product, in period order.
    var homeDatedByProduct = CompactIndex()
    /// Home-region dated observations per period rank, in product order.
    var homeDatedByPeriod = CompactIndex()
    /// Home-region undated observations per product.
    var undatedByProduct = CompactIndex()
    /// Observations of other regions per product.
    var otherByProduct = CompactIndex()
    /// Observations of other regions per region name.
    var otherByRegion: [String: [Int32]] = [:]
    /// Per other region's name: its place in Vietnamese alphabetical order (`Dataset.otherRegions`).
    var otherRegionRank: [String: Int] = [:]
    var articleIndexByPath: [String: Int] = [:]
    /// Base units (`UnitScale.base`) by name, as numbered in `Observation.baseUnit`.
    var baseUnitSlotByName: [String: Int32] = [:]
}
