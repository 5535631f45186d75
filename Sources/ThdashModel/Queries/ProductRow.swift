/// One product's line in a period table: its figure for the period and mode, when it has one.
///
/// A row is a value, but its fields live in one shared, immutable box: the dashboard sorts, filters and
/// keeps thousands of rows on every key press, and copying a row is then one reference count instead of
/// one per string and array inside the product and its observations. Setting a field makes a new box.
public struct ProductRow: Sendable, Hashable {
    private final class Storage: Sendable {
        let product: Product
        let observation: Observation?
        let alternatives: [Observation]
        let valueObservation: Observation?
        /// The product's slot in the dataset that made the row, or -1 (for sorting without a lookup).
        let slot: Int32

        init(
            product: Product, observation: Observation?, alternatives: [Observation], valueObservation: Observation?,
            slot: Int32
        ) {
            self.product = product
            self.observation = observation
            self.alternatives = alternatives
            self.valueObservation = valueObservation
            self.slot = slot
        }
    }

    private var storage: Storage

    public init(
        product: Product, observation: Observation?, alternatives: [Observation] = [],
        valueObservation: Observation? = nil
    ) {
        self.init(
            product: product, observation: observation, alternatives: alternatives, valueObservation: valueObservation,
            slot: -1)
    }

    init(
        product: Product, observation: Observation?, alternatives: [Observation], valueObservation: Observation?,
        slot: Int32
    ) {
        storage = Storage(
            product: product, observation: observation, alternatives: alternatives, valueObservation: valueObservation,
            slot: slot)
    }

    /// The product's slot in the dataset that made the row; -1 for a row made by hand.
    var slot: Int32 { storage.slot }

    public var product: Product {
        _read { yield storage.product }
        set {
            self = ProductRow(
                product: newValue, observation: observation, alternatives: alternatives,
                valueObservation: valueObservation)
        }
    }

    /// The figure shown for the mode; nil when the product has none for the period (show "—", never 0).
    public var observation: Observation? {
        _read { yield storage.observation }
        set {
            self = ProductRow(
                product: product, observation: newValue, alternatives: alternatives, valueObservation: valueObservation)
        }
    }

    /// Other values stated for the same cell that disagree with `observation`.
    public var alternatives: [Observation] {
        _read { yield storage.alternatives }
        set {
            self = ProductRow(
                product: product, observation: observation, alternatives: newValue, valueObservation: valueObservation)
        }
    }

    /// The product's output (kind value) for the period, in its unit, when stated.
    public var valueObservation: Observation? {
        _read { yield storage.valueObservation }
        set {
            self = ProductRow(
                product: product, observation: observation, alternatives: alternatives, valueObservation: newValue)
        }
    }

    /// The value of `observation`, read in place: loops over every row (counts, sorts, bar ranges) use it
    /// rather than copying each observation out.
    public var value: Double? { storage.observation?.value }

    /// The cell has two or more different values (`alternatives` holds the others).
    public var isConflicted: Bool { !storage.alternatives.isEmpty }

    public static func == (a: ProductRow, b: ProductRow) -> Bool {
        a.storage === b.storage
            || (a.product == b.product && a.observation == b.observation && a.alternatives == b.alternatives
                && a.valueObservation == b.valueObservation)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(product)
        hasher.combine(observation)
        hasher.combine(alternatives)
        hasher.combine(valueObservation)
    }
}

extension ProductRow: CustomReflectable {
    /// The four fields, as a plain struct of them would show (test failures print rows).
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "product": product, "observation": observation as Any, "alternatives": alternatives,
                "valueObservation": valueObservation as Any,
            ], displayStyle: .struct)
    }
}
