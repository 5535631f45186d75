import XCTest

@testable import ThdashCache

final class StringTableTests: XCTestCase {
    func testEachDistinctStringGetsOneNumberInOrderOfFirstUse() {
        var table = StringTable(expected: 2)  // far too small: it has to grow many times
        // Same length, same first and last eight bytes, different middles: equal hashes, so only the byte
        // comparison tells them apart. Plus short, empty, NFC and NFD strings.
        let sentences = (0..<500).map { "Sản lượng tháng \(1000 + $0) tăng khá ở Thanh Hóa." }
        let others = ["", "a", "xi măng", "Thanh Ho\u{0301}a", "Thanh Hóa", "tỷ đồng", "%"]
        let all = sentences + others
        for (position, value) in all.enumerated() { XCTAssertEqual(table.index(value), position, value) }
        for (position, value) in all.enumerated().reversed() {
            XCTAssertEqual(table.index(value), position, "asked again: \(value)")
        }
        XCTAssertEqual(table.values, all)
        XCTAssertNil(table.index(nil))
        XCTAssertEqual(table.values.count, all.count, "nothing added by a repeat or by nil")
    }
}

extension StringTableTests {
    /// 100,000 sentences alike but for their digits, as in a file that once took half a minute to cache: each
    /// string is found after a few slots, not after those of all the strings like it.
    func testManySimilarSentencesDoNotPileUpInTheTable() {
        var table = StringTable()
        let count = 100_000
        for n in 0..<count {
            let digits = String(format: "%02d,%03d", n / 1000, n % 1000)
            XCTAssertEqual(table.index("Xi măng tăng \(digits)% so với tháng trước."), n)
        }
        XCTAssertLessThan(table.extraProbes, 4 * count, "similar strings share slots")
    }
}
