extension Array {
    /// The last span that starts inside `range`, found by halving: spans are kept in the order of their
    /// positions and never overlap, so a long list of names costs each figure a few comparisons, not a walk
    /// over all of them.
    func lastSpan<Value>(startingIn range: Range<Int>) -> Element?
    where Element == SentenceParser.NamedSpan<Value> {
        let after = firstIndex(past: range.upperBound - 1) { $0.range.lowerBound }
        guard after > 0, self[after - 1].range.lowerBound >= range.lowerBound else { return nil }
        return self[after - 1]
    }

    /// The last span that ends at or before `bound`.
    func lastSpan<Value>(endingBy bound: Int) -> Element? where Element == SentenceParser.NamedSpan<Value> {
        let after = firstIndex(past: bound) { $0.range.upperBound }
        return after > 0 ? self[after - 1] : nil
    }

    /// The spans that end at or before `bound`, in order.
    func spans<Value>(endingBy bound: Int) -> ArraySlice<Element> where Element == SentenceParser.NamedSpan<Value> {
        self[..<firstIndex(past: bound) { $0.range.upperBound }]
    }

    /// The spans that start inside `range`, in order.
    func spans<Value>(startingIn range: Range<Int>) -> ArraySlice<Element>
    where Element == SentenceParser.NamedSpan<Value> {
        self[
            firstIndex(past: range.lowerBound - 1) {
                $0.range.lowerBound
            }..<firstIndex(past: range.upperBound - 1) { $0.range.lowerBound }]
    }

    /// The first index whose element's `position` is past `bound` (`count` when none is), positions rising.
    private func firstIndex(past bound: Int, _ position: (Element) -> Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if position(self[middle]) <= bound { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
