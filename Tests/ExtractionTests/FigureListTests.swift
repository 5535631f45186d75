import ThdashExtraction
import XCTest

final class FigureListTests: XCTestCase {
    /// Figures told apart by their offset, so that order and position can be checked.
    private func figures(_ offsets: Range<Int>) -> [Figure] {
        offsets.map { offset in
            Figure(
                article: "a\(offset / 10).md", subject: "xi măng", product: "cement", line: nil, kind: .growth,
                value: Double(offset), unit: "%", basis: .previousMonth,
                period: Period(label: "tháng 8", type: .month, year: 2024, month: 8, quarter: nil, months: nil),
                region: "Thanh Hóa", approximate: false, bound: nil, quote: "q\(offset)", sentence: "s",
                offset: offset)
        }
    }

    private func list(parts sizes: [Int]) -> FigureList {
        var list = FigureList()
        var start = 0
        for size in sizes {
            list.append(part: figures(start..<start + size))
            start += size
        }
        return list
    }

    func testNumbersFiguresAcrossPartsInOrder() {
        let list = list(parts: [3, 0, 1, 7, 0, 2])
        XCTAssertEqual(list.count, 13)
        XCTAssertEqual(list.map(\.offset), Array(0..<13))
        for position in 0..<13 { XCTAssertEqual(list[position].offset, position) }
        XCTAssertEqual(list.last?.offset, 12)
        XCTAssertTrue(FigureList().isEmpty)
        XCTAssertTrue(self.list(parts: [0, 0]).isEmpty, "empty parts add nothing")
    }

    func testStretchesCoverExactlyTheRangeAskedFor() {
        let list = list(parts: [4, 1, 6, 3])
        for lower in 0...14 {
            for upper in lower...14 {
                var seen: [Int] = []
                var firstNumbers: [Int] = []
                list.forEachStretch(in: lower..<upper) { stretch, first in
                    XCTAssertFalse(stretch.isEmpty)
                    firstNumbers.append(first)
                    XCTAssertEqual(stretch.first?.offset, first, "a stretch's number is its first figure's")
                    seen += stretch.map(\.offset)
                }
                XCTAssertEqual(seen, Array(lower..<upper), "\(lower)..<\(upper)")
                XCTAssertEqual(firstNumbers, firstNumbers.sorted())
            }
        }
    }

    func testEqualityIgnoresHowFiguresAreSplit() {
        XCTAssertEqual(list(parts: [2, 5, 1]), list(parts: [8]))
        XCTAssertEqual(list(parts: [2, 5, 1]), FigureList(figures(0..<8)))
        XCTAssertNotEqual(list(parts: [2, 5]), list(parts: [8]))
    }
}
