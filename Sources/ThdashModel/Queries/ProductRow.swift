/// One product's line in a period table: its figure for the period and mode, when it has one.
public struct ProductRow: Sendable, Hashable {
    public var product: Product
    /// The figure shown for the mode; nil when the product has none for the period (show "—", never 0).
    public var observation: Observation?
    /// Other values stated for the same cell that disagree with `observation`.
    public var alternatives: [Observation]
    /// The product's output (kind value) for the period, in its unit, when stated.
    public var valueObservation: Observation?

    public init(
        product: Product, observation: Observation?, alternatives: [Observation] = [],
        valueObservation: Observation? = nil
    ) {
        self.product = product
        self.observation = observation
        self.alternatives = alternatives
        self.valueObservation = valueObservation
    }

    /// The cell has two or more different values (`alternatives` holds the others).
    public var isConflicted: Bool { !alternatives.isEmpty }
}
