import ThdashModel

/// The conflicts page (`!`): every conflict between articles, one row per article's value.
extension AppState {
    /// The conflicts page's rows: for each conflict of the dataset, each of its values, each article that
    /// gave it.
    public var conflictRows: [ConflictRow] {
        guard let dataset else { return [] }
        var rows: [ConflictRow] = []
        for (conflict, item) in dataset.conflicts.enumerated() {
            var line = 0
            for (value, observation) in item.observations.enumerated() {
                for source in 0..<observation.sourceCount {
                    rows.append(ConflictRow(conflict: conflict, value: value, source: source, line: line))
                    line += 1
                }
            }
        }
        return rows
    }

    /// `!`: the conflicts page over the screen in view; back to it when it is already open underneath.
    mutating func showConflicts() {
        if let open = stack.firstIndex(of: .conflicts) {
            stack.removeSubrange((open + 1)...)
        } else {
            stack.append(.conflicts)
        }
    }

    /// Enter on a conflict's row: the reader, at that article's figure.
    mutating func openConflictSource() -> Effect? {
        let rows = conflictRows
        let index = cursor(.conflicts).selected
        guard rows.indices.contains(index), let source = conflictSource(rows[index]) else { return nil }
        return openArticle(source.articlePath, figure: source.figureIndex)
    }

    /// The article and figure a conflict's row stands for.
    public func conflictSource(_ row: ConflictRow) -> FigureSource? {
        guard let dataset, dataset.conflicts.indices.contains(row.conflict) else { return nil }
        let observations = dataset.conflicts[row.conflict].observations
        guard observations.indices.contains(row.value) else { return nil }
        let sources = dataset.sources(of: observations[row.value])
        return sources.indices.contains(row.source) ? sources[row.source] : nil
    }

    /// Enter on a product's page: the reader, at the selected value's first article's figure.
    mutating func openProductSource(_ id: String) -> Effect? {
        guard let dataset, let entries = history(of: id)?.entries, !entries.isEmpty else { return nil }
        let entry = entries[min(max(0, cursor(.product(id)).selected), entries.count - 1)]
        guard let source = dataset.sources(of: entry).first else { return nil }
        return openArticle(source.articlePath, figure: source.figureIndex)
    }

    /// Enter on the Sources screen: the reader, on the selected article (problems' rows open nothing).
    mutating func openSelectedArticle() -> Effect? {
        guard let articles = dataset?.articles else { return nil }
        let index = cursor(.tab(.sources)).selected - failures.count - skipped.count - cacheNotes.count
        guard articles.indices.contains(index) else { return nil }
        return openArticle(articles[index].path, figure: nil)
    }
}
