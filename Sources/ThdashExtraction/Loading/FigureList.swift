/// Every figure of a corpus in reading order, numbered from 0, kept in the arrays each article's figures
/// were extracted or decoded into. Joining those arrays into one copied every figure (about 240 bytes and
/// nine strings each) and touched as much fresh memory again: on a warm start at 5,000 articles that was
/// a seventh of the time to the first frame.
public struct FigureList: RandomAccessCollection, Sendable, Equatable {
    private var parts: [[Figure]] = []
    /// `starts[i]` is the number of the first figure of `parts[i]`; one more entry holds the count.
    private var starts: [Int] = [0]

    public init() {}

    public init(_ figures: [Figure]) { append(part: figures) }

    /// Adds one article's figures after the others (an empty array adds nothing).
    public mutating func append(part: [Figure]) {
        guard !part.isEmpty else { return }
        parts.append(part)
        starts.append(endIndex + part.count)
    }

    public mutating func reserveCapacity(parts count: Int) {
        parts.reserveCapacity(count)
        starts.reserveCapacity(count + 1)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts[starts.count - 1] }

    public subscript(position: Int) -> Figure {
        let part = self.part(containing: position)
        return parts[part][position - starts[part]]
    }

    /// Calls `body` with the figures numbered `range`, one stretch of one part at a time, each with the
    /// number of its first figure: the way to read many figures without a search per figure.
    public func forEachStretch(in range: Range<Int>, _ body: (UnsafeBufferPointer<Figure>, Int) -> Void) {
        guard !range.isEmpty else { return }
        precondition(range.lowerBound >= 0 && range.upperBound <= endIndex, "figure range out of bounds")
        var part = self.part(containing: range.lowerBound)
        while part < parts.count, starts[part] < range.upperBound {
            let lower = Swift.max(range.lowerBound, starts[part])
            let upper = Swift.min(range.upperBound, starts[part + 1])
            parts[part].withUnsafeBufferPointer { figures in
                body(UnsafeBufferPointer(rebasing: figures[(lower - starts[part])..<(upper - starts[part])]), lower)
            }
            part += 1
        }
    }

    /// The part holding figure `position` (binary search over the parts' first numbers).
    private func part(containing position: Int) -> Int {
        precondition(position >= 0 && position < endIndex, "figure index out of range")
        var low = 0
        var high = parts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Equal when they hold the same figures in the same order, however they are split in parts.
    public static func == (lhs: FigureList, rhs: FigureList) -> Bool { lhs.elementsEqual(rhs) }
}
