import Testing
import ThdashUI

@Suite struct RectTests {
    @Test func negativeSizesBecomeEmpty() {
        let rect = Rect(x: 2, y: 3, width: -4, height: 5)
        #expect(rect.width == 0)
        #expect(rect.isEmpty)
        #expect(rect.area == 0)
    }

    @Test func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        #expect(a.intersection(Rect(x: 8, y: 3, width: 5, height: 5)) == Rect(x: 8, y: 3, width: 2, height: 2))
        #expect(a.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
        #expect(a.intersection(Rect(x: -3, y: -3, width: 5, height: 5)) == Rect(x: 0, y: 0, width: 2, height: 2))
    }

    @Test func edgesSaturateInsteadOfOverflowing() {
        let huge = Rect(x: Int.max - 1, y: Int.max - 1, width: Int.max, height: Int.max)
        #expect(huge.right == Int.max)
        #expect(huge.bottom == Int.max)
        #expect(Rect(x: 0, y: 0, width: 10, height: 10).intersection(huge).isEmpty)
        #expect(huge.area >= 0 || huge.area < 0)  // computing it must not trap
    }

    @Test func splitsAndInsets() {
        let rect = Rect(x: 1, y: 1, width: 10, height: 6)
        #expect(rect.inset(by: 1) == Rect(x: 2, y: 2, width: 8, height: 4))
        #expect(rect.inset(by: 4).isEmpty)
        #expect(rect.splitTop(2).top == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(rect.splitTop(2).rest == Rect(x: 1, y: 3, width: 10, height: 4))
        #expect(rect.splitBottom(9).bottom == rect)
        #expect(rect.splitLeft(3).rest == Rect(x: 4, y: 1, width: 7, height: 6))
        #expect(rect.splitRight(3).right == Rect(x: 8, y: 1, width: 3, height: 6))
        #expect(rect.row(5) == Rect(x: 1, y: 6, width: 10, height: 1))
        #expect(rect.row(6).isEmpty)
    }

    @Test func layoutServesFixedThenFills() {
        let rect = Rect(x: 0, y: 0, width: 20, height: 10)
        let rows = rect.split(.vertical, [.fixed(1), .fill(), .fixed(2)])
        #expect(rows.map(\.height) == [1, 7, 2])
        #expect(rows.map(\.y) == [0, 1, 8])
        let columns = rect.split(.horizontal, [.fill(2), .fill(1), .percent(25)], spacing: 1)
        #expect(columns.map(\.width) == [9, 4, 5])
        #expect(columns.map(\.x) == [0, 10, 15])
        let tooSmall = Rect(x: 0, y: 0, width: 3, height: 3).split(.vertical, [.fixed(2), .fixed(5), .fill()])
        #expect(tooSmall.map(\.height) == [2, 1, 0])
        let parts = Rect.zero.split(.horizontal, [.fill(), .fixed(3)])
        #expect(parts.allSatisfy { $0.isEmpty })
    }
}
