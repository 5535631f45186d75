#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Buffer {
    /// The runs to write so that a screen showing `previous` shows this buffer: only changed cells, grouped
    /// into runs of one style per row. With no previous frame, or one of another size, every cell is written.
    ///
    /// Cells are compared glyph by glyph: a wide cell that is unchanged implies its continuation is too (the
    /// buffer invariant), so continuation cells are never compared or written on their own.
    public func runs(since previous: Buffer?) -> [BufferRun] {
        let old = previous.flatMap { $0.width == width && $0.height == height ? $0.cells : nil }
        var runs: [BufferRun] = []
        for row in 0..<height {
            let start = row * width
            // Most rows of a frame are as they were: compare them as bytes first (cells have no padding).
            if let old, sameBytes(old, cells, from: start, count: width) { continue }
            var current: BufferRun?
            var column = 0
            while column < width {
                let index = start + column
                let cell = cells[index]
                if cell.isContinuation {
                    column += 1
                    continue
                }
                let w = Int(cell.width)
                if let old, old[index] == cell {
                    if let run = current { runs.append(run) }
                    current = nil
                } else if current != nil, current!.style == cell.style {
                    cell.forEachScalar { current!.text.unicodeScalars.append($0) }
                    current!.width += w
                } else {
                    if let run = current { runs.append(run) }
                    current = BufferRun(x: column, y: row, text: cell.symbol, style: cell.style, width: w)
                }
                column += w
            }
            if let run = current { runs.append(run) }
        }
        return runs
    }

    /// True when `count` cells from `start` are byte for byte the same in both arrays.
    private func sameBytes(_ a: [Cell], _ b: [Cell], from start: Int, count: Int) -> Bool {
        a.withUnsafeBytes { x in
            b.withUnsafeBytes { y in
                let stride = MemoryLayout<Cell>.stride
                return memcmp(x.baseAddress! + start * stride, y.baseAddress! + start * stride, count * stride) == 0
            }
        }
    }
}
