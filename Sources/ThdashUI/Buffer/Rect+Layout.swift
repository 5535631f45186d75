extension Rect {
    /// How much of a split one part takes.
    public enum Length: Hashable, Sendable {
        /// Exactly this many cells (fewer when space runs out).
        case fixed(Int)
        /// This percentage of the whole.
        case percent(Int)
        /// A share of what the fixed and percentage parts leave, by weight.
        case fill(Int = 1)
    }

    /// The direction a split cuts along.
    public enum Axis: Sendable { case vertical, horizontal }

    /// Splits into consecutive parts along `axis` (`.vertical`: rows stacked top to bottom), with `spacing`
    /// cells between parts. Fixed and percentage parts are served first, in order, then fills share the rest.
    public func split(_ axis: Axis, _ lengths: [Length], spacing: Int = 0) -> [Rect] {
        guard !lengths.isEmpty else { return [] }
        let total = axis == .vertical ? height : width
        let gaps = max(0, spacing) * (lengths.count - 1)
        var remaining = max(0, total - gaps)
        var sizes = Array(repeating: 0, count: lengths.count)
        for (index, length) in lengths.enumerated() {
            let wanted: Int
            switch length {
            case .fixed(let n): wanted = max(0, n)
            case .percent(let p): wanted = total * min(max(0, p), 100) / 100
            case .fill: continue
            }
            sizes[index] = min(wanted, remaining)
            remaining -= sizes[index]
        }
        let weights = lengths.map { length -> Int in
            if case .fill(let w) = length { return max(0, w) }
            return 0
        }
        let weightSum = weights.reduce(0, +)
        if weightSum > 0 {
            var handed = 0
            for index in lengths.indices where weights[index] > 0 {
                sizes[index] = remaining * weights[index] / weightSum
                handed += sizes[index]
            }
            var leftover = remaining - handed
            for index in lengths.indices where weights[index] > 0 && leftover > 0 {
                sizes[index] += 1
                leftover -= 1
            }
        }
        var parts: [Rect] = []
        var offset = 0
        for size in sizes {
            let start = min(offset, total)
            let clipped = min(size, total - start)
            switch axis {
            case .vertical: parts.append(Rect(x: x, y: y + start, width: width, height: clipped))
            case .horizontal: parts.append(Rect(x: x + start, y: y, width: clipped, height: height))
            }
            offset = start + clipped + max(0, spacing)
        }
        return parts
    }
}
