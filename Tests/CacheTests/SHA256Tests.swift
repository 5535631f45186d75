import SeededRandom
import XCTest

@testable import ThdashCache

/// The digests of FIPS 180-4's examples (NIST's "SHA256.pdf" and the long-message test).
final class SHA256Tests: XCTestCase {
    private func hex(_ digest: [UInt8]) -> String { digest.map { String(format: "%02x", $0) }.joined() }

    func testTheStandardsExamples() {
        XCTAssertEqual(
            hex(SHA256.hash(Array("abc".utf8))), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            hex(SHA256.hash([])), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(
            hex(SHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(
            hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testFeedingPiecesGivesTheDigestOfTheWhole() {
        var random = SplitMix64(seed: 7)
        for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            var hasher = SHA256()
            var start = 0
            while start < length {
                let end = min(length, start + Int(random.next() % 70))
                Array(bytes[start..<end]).withUnsafeBytes { hasher.update($0) }
                start = end
            }
            XCTAssertEqual(hasher.finish(), SHA256.hash(bytes), "length \(length)")
        }
    }
}
