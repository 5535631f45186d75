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

    // MARK: UTF-8 validation and the normaliser's scan

    private func isValid(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    func testTheScanValidatesEveryOneAndTwoByteSequenceAsTheStandardLibraryDoes() {
        var mismatches: [[UInt8]] = []
        for a in 0...255 {
            let one = [UInt8(a)]
            if TextNormalizer.ByteScan(one).isValidUTF8 != isValid(one) { mismatches.append(one) }
            for b in 0...255 {
                let two = [UInt8(a), UInt8(b)]
                if TextNormalizer.ByteScan(two).isValidUTF8 != isValid(two) { mismatches.append(two) }
            }
        }
        XCTAssertEqual(mismatches, [])
    }

    func testTheScanValidatesLongerSequencesAsTheStandardLibraryDoes() {
        // Every lead from C0 up, every second byte, and third and fourth bytes at the edges of the ranges.
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE1, 0xFF]
        var mismatches: [[UInt8]] = []
        var checked = 0
        for lead in 0xC0...0xFF {
            for second in 0...255 {
                for third in edges {
                    for tail in [[], [UInt8(0x80)], [UInt8(0xBF)], [UInt8(0x41)], [UInt8(0xC0)]] {
                        let bytes = [UInt8(lead), UInt8(second), third] + tail
                        checked += 1
                        if TextNormalizer.ByteScan(bytes).isValidUTF8 != isValid(bytes) { mismatches.append(bytes) }
                    }
                }
            }
        }
        XCTAssertEqual(mismatches, [])
        XCTAssertGreaterThan(checked, 200_000)
    }

    func testTheScanAgreesWithTheStandardLibraryOnRandomTextAtEveryAlignment() {
        // Valid and broken pieces inside ASCII runs of every length, so that they fall at every position of
        // the eight-byte words the scan reads.
        let pieces: [[UInt8]] =
            Self.pieces.map { Array($0.utf8) } + [
                [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
                [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE1, 0xBA], [0xC3], [0xF0, 0x9F, 0x98, 0x80],
                [0xEF, 0xBB, 0xBF], [0x1B], [0x7F], [0x0D], [0xC2, 0x85], [0xCC, 0x81], [0xE2, 0x80, 0x8B],
            ]
        var random = SplitMix64(seed: 29)
        var valid = 0
        var invalid = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = Array(repeating: 0x61, count: Int(random.next() % 9))
            for _ in 0..<Int(1 + random.next() % 4) {
                bytes += pieces[Int(random.next() % UInt64(pieces.count))]
                bytes += Array(repeating: 0x20, count: Int(random.next() % 11))
            }
            let scan = TextNormalizer.ByteScan(bytes)
            XCTAssertEqual(scan.isValidUTF8, isValid(bytes), "\(bytes)")
            guard scan.isValidUTF8 else {
                invalid += 1
                continue
            }
            valid += 1
            // The scan may ask for cleaning that changes nothing, never skip cleaning that would.
            if !scan.needsCleaning { XCTAssertEqual(TextNormalizer.cleaned(bytes), bytes, "\(bytes)") }
            let composed = String(decoding: bytes, as: UTF8.self).unicodeScalars.contains {
                (0x300...0x36F).contains($0.value)
            }
            XCTAssertEqual(scan.needsComposition, composed, "\(bytes)")
        }
        XCTAssertGreaterThan(valid, 1000)
        XCTAssertGreaterThan(invalid, 1000)
    }

    func testInvalidBytesAreRefusedAndValidOnesKeptExactly() {
        XCTAssertNil(TextNormalizer.normalize(utf8: Array("xi măng".utf8) + [0xED, 0xA0, 0x80]))
        XCTAssertNil(TextNormalizer.normalize(utf8: Array("tăng 3,6%".utf8) + [0xE1, 0xBA]))
        let text = "Sản lượng xi măng tăng 3,6% 😀 so với tháng trước"
        XCTAssertEqual(TextNormalizer.normalize(utf8: Array(text.utf8)), text)
        XCTAssertEqual(TextNormalizer.normalize(utf8: Array(text.utf8))?.utf8.elementsEqual(text.utf8), true)
    }
}
