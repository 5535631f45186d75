import SeededRandom
import XCTest

@testable import ThdashExtraction

/// The word-at-a-time byte scans against plain byte-by-byte oracles, over random Vietnamese-like text in
/// which the bytes the scans look for stand at every position of an eight-byte word.
final class ByteKernelTests: XCTestCase {
    /// Pieces the random texts are made of: ASCII, two- and three-byte letters, digits, the period words
    /// `mayMatter` knows, and bytes next to those it looks for (0xC2, 0xE0, 0xE2, "/" and ":").
    private static let pieces = [
        "a", "t", "h", " ", "ng", "á", "ý", "ả", "ă", "đ", "ơ", "ệ", "Ý", "Á", "7", "0", "9", "/", ":", "©", "→",
        "quý", "tháng", "cả năm", "Quý", "Tháng", "Cả năm", "thang", "quy", "ca nam", "cả  năm", "\n",
    ]

    private func randomTexts(count: Int, seed: UInt64) -> [[UInt8]] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int(random.next() % 40)
            return Array(
                (0..<length).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
                    .joined().utf8)
        }
    }

    /// What `mayMatter` must answer: a digit, or one of the period words at a letter boundary it checks.
    private func mayMatterOracle(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let slice = Array(bytes[start..<end])
        if slice.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return true }
        func has(_ word: [UInt8], where ok: (Int) -> Bool) -> Bool {
            guard slice.count >= word.count else { return false }
            return (0...(slice.count - word.count)).contains { k in
                Array(slice[k..<(k + word.count)]) == word && ok(k)
            }
        }
        // "uý" / "Uý" after "q" / "Q"; "há" / "Há" before "ng"; "ả năm".
        let quy =
            has(Array("uý".utf8)) { k in k >= 1 && slice[k - 1] | 0x20 == 0x71 }
            || has(Array("Uý".utf8)) { k in k >= 1 && slice[k - 1] | 0x20 == 0x71 }
        let thang = has(Array("háng".utf8)) { _ in true } || has(Array("Háng".utf8)) { _ in true }
        let caNam = has(Array("ả năm".utf8)) { _ in true }
        return quy || thang || caNam
    }

    func testMayMatterAgreesWithAByteByByteReading() {
        var checked = 0
        for (index, text) in randomTexts(count: 3000, seed: 7).enumerated() {
            text.withUnsafeBufferPointer { buffer in
                for start in [0, min(1, text.count), min(3, text.count)] {
                    let expected = mayMatterOracle(text, start, text.count)
                    XCTAssertEqual(
                        BodyScanner.mayMatter(buffer, start, text.count), expected,
                        "text \(index) from \(start): \(String(decoding: text, as: UTF8.self))")
                    if expected { checked += 1 }
                }
            }
        }
        XCTAssertGreaterThan(checked, 1000, "the random texts must exercise both answers")
    }

    func testScalarCounterCountsScalarsForwardAndBack() {
        var random = SplitMix64(seed: 11)
        for text in randomTexts(count: 200, seed: 13) where !text.isEmpty {
            // Long enough for the counter's word loop to run many times.
            let long = Array(repeatElement(text, count: 60).joined())
            let boundaries = (0...long.count).filter { $0 == long.count || long[$0] & 0xC0 != 0x80 }
            var counter = ScalarCounter()
            long.withUnsafeBufferPointer { buffer in
                for _ in 0..<20 {
                    let offset = boundaries[Int(random.next() % UInt64(boundaries.count))]
                    let expected = String(decoding: long[..<offset], as: UTF8.self).unicodeScalars.count
                    XCTAssertEqual(counter.scalars(in: buffer, upTo: offset), expected)
                }
            }
        }
    }
}
