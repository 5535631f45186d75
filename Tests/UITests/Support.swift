import ThdashUI

extension Buffer {
    /// A buffer full of "x", so cells a widget should not touch show up in its text.
    static func sentinel(_ width: Int, _ height: Int) -> Buffer {
        Buffer(width: width, height: height, filledWith: Cell("x"))
    }

    /// The row's text between two columns (continuations left out).
    func text(row: Int, from start: Int, to end: Int) -> String {
        var out = ""
        for x in start..<end where !self[x, row].isContinuation { out += self[x, row].symbol }
        return out
    }
}

/// A deterministic random source, so randomized tests fail the same way every time.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 11 ^ state
    }
}
