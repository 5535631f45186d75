extension Dataset {
    /// One row per product with home-region data (of `line`, or of every line): its figure for the period
    /// and mode, the values that disagree with it, and its output value for the period. Products without
    /// a figure for the period get a row whose `observation` is nil.
    public func rows(
        period: PeriodKey, mode: ComparisonMode, line: String? = nil, order: RowOrder = .catalog
    ) -> [ProductRow] {
        cells(period: period, mode: mode, line: line, order: order).map { row($0, mode: mode) }
    }

    /// The rows of `rows(period:mode:order:)` grouped by product line, lines in display order.
    public func sections(period: PeriodKey, mode: ComparisonMode, order: RowOrder = .catalog) -> [LineSection] {
        var byLine = [[ProductRow]](repeating: [], count: lines.count)
        for cell in cells(period: period, mode: mode, line: nil, order: order) {
            byLine[Int(index.productLineSlot[Int(cell.product)])].append(row(cell, mode: mode))
        }
        return lines.indices.compactMap { position in
            byLine[position].isEmpty ? nil : LineSection(line: lines[position], rows: byLine[position])
        }
    }

    /// What a row shows, as indices: cheap to sort before the rows themselves are made.
    private struct Cell {
        var product: Int32
        /// The observation shown, or -1.
        var shown: Int32
        /// The product's output for the period, or -1.
        var output: Int32
        /// Where the product's observations for the period are in `homeDatedByPeriod`'s bucket.
        var range: Range<Int>
    }

    private func cells(period: PeriodKey, mode: ComparisonMode, line: String?, order: RowOrder) -> [Cell] {
        let scope: [Int32]
        if let line {
            guard let lineSlot = index.lineSlotByID[line] else { return [] }
            scope = index.homeProductSlots.filter { index.productLineSlot[Int($0)] == lineSlot }
        } else {
            scope = index.homeProductSlots
        }
        let items = rank(of: period).map { index.homeDatedByPeriod[$0] } ?? []
        var cells: [Cell] = []
        cells.reserveCapacity(scope.count)
        var cursor = items.startIndex
        for slot in scope {
            while cursor < items.endIndex && observations[Int(items[cursor])].productSlot < slot { cursor += 1 }
            let start = cursor
            while cursor < items.endIndex && observations[Int(items[cursor])].productSlot == slot { cursor += 1 }
            cells.append(cell(product: slot, items: items, range: start..<cursor, mode: mode))
        }
        return sorted(cells, by: order)
    }

    /// Picks the observation a product's row shows (by the mode's basis preference, then the dataset's
    /// preference among conflicting values) and its output value (in the catalog unit first).
    private func cell(product slot: Int32, items: ArraySlice<Int32>, range: Range<Int>, mode: ComparisonMode) -> Cell {
        let unit = products[Int(slot)].unit
        // (order of preference, the dataset's preference among conflicting values, index)
        var best: (Int, Int32, Int32)?
        var output: (Int, Int32, Int32)?
        for o in items[range] {
            if let rank = mode.rank(kind: observations[Int(o)].kind, basis: observations[Int(o)].basis) {
                let candidate = (rank, observations[Int(o)].preference, o)
                if best.map({ candidate < $0 }) ?? true { best = candidate }
            }
            if observations[Int(o)].kind == .value {
                let candidate = (observations[Int(o)].unit == unit ? 0 : 1, observations[Int(o)].preference, o)
                if output.map({ candidate < $0 }) ?? true { output = candidate }
            }
        }
        return Cell(product: slot, shown: best?.2 ?? -1, output: output?.2 ?? -1, range: range)
    }

    private func row(_ cell: Cell, mode: ComparisonMode) -> ProductRow {
        let product = products[Int(cell.product)]
        let output = cell.output >= 0 ? observations[Int(cell.output)] : nil
        guard cell.shown >= 0 else {
            return ProductRow(
                product: product, observation: nil, alternatives: [], valueObservation: output, slot: cell.product)
        }
        let shown = observations[Int(cell.shown)]
        var alternatives: [Observation] = []
        if shown.isConflicted || cell.range.count > 1 {
            let bucket = index.homeDatedByPeriod[Int(shown.periodRank)]
            for o in bucket[cell.range] where o != cell.shown {
                let other = observations[Int(o)]
                if mode.includes(kind: other.kind, basis: other.basis),
                    !StatedPrecision.sameValue(other.baseValue, shown.baseValue)
                {
                    alternatives.append(other)
                }
            }
        }
        return ProductRow(
            product: product, observation: shown, alternatives: alternatives, valueObservation: output,
            slot: cell.product)
    }

    private func sorted(_ cells: [Cell], by order: RowOrder) -> [Cell] {
        guard order != .catalog else { return cells }
        let permutation = sortedIndices(
            slots: cells.map { Int($0.product) },
            values: cells.map { $0.shown >= 0 ? observations[Int($0.shown)].value : nil }, by: order)
        return permutation.map { cells[$0] }
    }

    /// Rows in catalog order (as `rows(period:mode:line:order:)` gives them with `.catalog`) put in
    /// `order`: the rows `rows` gives with that order, without making them again. A caller that keeps the
    /// catalog-ordered rows of a period can re-sort them on every key press for the cost of a sort.
    public func sorted(_ rows: [ProductRow], by order: RowOrder) -> [ProductRow] {
        guard order != .catalog else { return rows }
        let permutation = sortedIndices(
            slots: rows.map { row in
                // A row this dataset made knows its slot; look up any other by its product's id.
                if row.slot >= 0, row.slot < products.count, products[Int(row.slot)].id == row.product.id {
                    return Int(row.slot)
                }
                return index.productSlotByID[row.product.id].map(Int.init) ?? -1
            },
            values: rows.map(\.value), by: order)
        return permutation.map { rows[$0] }
    }

    /// The positions of items (given by product slot and shown value, in catalog order) in `order`; a stable
    /// sort, so ties keep catalog order. Products the dataset lacks (slot -1) sort after the others by name.
    private func sortedIndices(slots: [Int], values: [Double?], by order: RowOrder) -> [Int] {
        let nameRank = index.nameRank
        let ranks = slots.map { $0 >= 0 ? Int(nameRank[$0]) : Int.max }
        switch order {
        case .catalog:
            return Array(slots.indices)
        case .name:
            return slots.indices.sorted { ranks[$0] < ranks[$1] }
        case .valueDescending, .valueAscending:
            let descending = order == .valueDescending
            return slots.indices.sorted { a, b in
                switch (values[a], values[b]) {
                case let (x?, y?):
                    if x != y { return descending ? x > y : x < y }
                    return ranks[a] < ranks[b]
                case (nil, _?): return false
                case (_?, nil): return true
                case (nil, nil): return ranks[a] < ranks[b]
                }
            }
        }
    }
}
