import SeededRandom
import XCTest

@testable import ThdashCache
@testable import ThdashExtraction

final class ContentHasherTests: XCTestCase {
    func testTheSameBytesGiveTheSameKey() {
        let bytes = Array("xi măng tăng 3,6% so với tháng trước".utf8)
        XCTAssertEqual(ContentHasher.hash(bytes), ContentHasher.hash(Array(bytes)))
        XCTAssertEqual(ContentHasher.hash(bytes, seed: 7), ContentHasher.hash(bytes, seed: 7))
    }

    func testEveryFlippedBitAtEveryLengthChangesBothHalves() {
        var seen = Set<ContentKey>()
        for length in [0, 1, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 100, 257] {
            var bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let original = ContentHasher.hash(bytes)
            XCTAssertTrue(seen.insert(original).inserted, "length \(length) collides with a shorter input")
            for position in 0..<length {
                for bit in [0, 3, 7] {
                    bytes[position] ^= 1 << bit
                    let changed = ContentHasher.hash(bytes)
                    XCTAssertNotEqual(changed.high, original.high, "length \(length), byte \(position), bit \(bit)")
                    XCTAssertNotEqual(changed.low, original.low, "length \(length), byte \(position), bit \(bit)")
                    bytes[position] ^= 1 << bit
                }
            }
        }
    }

    func testTrailingZerosAndTheSeedChangeTheKey() {
        let bytes: [UInt8] = Array("tháng 8".utf8)
        XCTAssertNotEqual(ContentHasher.hash(bytes), ContentHasher.hash(bytes + [0]))
        XCTAssertNotEqual(ContentHasher.hash([]), ContentHasher.hash([0]))
        XCTAssertNotEqual(ContentHasher.hash(bytes, seed: 1), ContentHasher.hash(bytes, seed: 2))
    }

    func testSwappedStripesGiveDifferentKeys() {
        let first = [UInt8](repeating: 0x61, count: 32)
        let second = [UInt8](repeating: 0x62, count: 32)
        XCTAssertNotEqual(ContentHasher.hash(first + second), ContentHasher.hash(second + first))
    }

    func testFeedingPiecesGivesTheSameKeyAsTheWhole() {
        var random = SplitMix64(seed: 42)  // seeded, so a failure can be replayed
        for length in [0, 5, 31, 32, 33, 64, 100, 1000] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            for _ in 0..<20 {
                var hasher = ContentHasher(seed: 9)
                var start = 0
                while start < length {
                    let end = min(length, start + Int(random.next() % 40))
                    hasher.update(bytes[start..<end])
                    start = end
                }
                XCTAssertEqual(hasher.finish(), ContentHasher.hash(bytes, seed: 9), "length \(length)")
            }
        }
    }

    func testManyShortDistinctInputsDoNotCollide() {
        var keys = Set<ContentKey>()
        for n in 0..<50_000 { keys.insert(ContentHasher.hash(Array("bài \(n)".utf8))) }
        XCTAssertEqual(keys.count, 50_000)
    }
}

extension ContentHasherTests {
    /// A word equal to one of the hasher's constants once zeroed its product, so that the word paired with
    /// it was ignored: every word must count whatever its neighbour.
    func testAWordEqualToAConstantDoesNotHideItsNeighbour() {
        let constants: [UInt64] = [
            0xA076_1D64_78BD_642F, 0xE703_7ED1_A0B4_28DB, 0x8EBC_6AF0_9C88_C6E3, 0x5899_65CC_7537_4CC3,
        ]
        for length in [32, 64, 40] {
            for position in stride(from: 0, to: length - 7, by: 8) {
                for constant in constants {
                    var bytes = [UInt8](repeating: 0x41, count: length)
                    withUnsafeBytes(of: constant.littleEndian) {
                        bytes.replaceSubrange(position..<position + 8, with: $0)
                    }
                    let original = ContentHasher.hash(bytes)
                    for other in stride(from: 0, to: length, by: 4) where !(position..<position + 8).contains(other) {
                        bytes[other] ^= 0x01
                        XCTAssertNotEqual(
                            ContentHasher.hash(bytes), original,
                            "length \(length), constant at \(position), byte \(other)")
                        bytes[other] ^= 0x01
                    }
                }
            }
        }
    }
}
