/// The overview's headline figures: the latest industrial production index and production value.
public struct Headlines: Sendable, Hashable {
    /// Latest growth of the industrial production index (product `Headlines.iipID`).
    public var iip: GrowthHeadline?
    /// Latest industrial production value (product `Headlines.productionValueID`), with its plan.
    public var production: ProductionHeadline?

    public init(iip: GrowthHeadline? = nil, production: ProductionHeadline? = nil) {
        self.iip = iip
        self.production = production
    }

    public static let iipID = "iip"
    public static let productionValueID = "production-value"
}
