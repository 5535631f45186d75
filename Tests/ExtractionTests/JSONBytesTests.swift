import Foundation
import SeededRandom
import XCTest

@testable import ThdashExtraction

/// `figures --format json` writes bytes (`OutputBytes`): its string escaping must be the scalar-by-scalar
/// rule it replaced, character for character, and its output must parse back to the figures' own text.
final class JSONBytesTests: XCTestCase {
    /// The rule as it was written over Unicode scalars, kept here as the reference.
    private func reference(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if PrintableText.needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    func testEveryScalarUpToU3000AndSomeBeyondEscapesAsBefore() {
        let beyond: [UInt32] = [0xFEFF, 0xFFFD, 0x1F600, 0x1F1FB, 0x10FFFF, 0xE000]
        for value in Array(0...0x3000) + beyond {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            XCTAssertEqual(FigureJSON.string(text), reference(text), "U+\(String(value, radix: 16))")
        }
    }

    func testRandomMixturesEscapeAsBefore() {
        var random = SplitMix64(seed: 20261203)
        let pieces: [String] = [
            "xi măng", "\"", "\\", "\n", "\t", "\u{1B}[31m", "\u{85}", "\u{9F}", "\u{061C}", "\u{200E}", "\u{2028}",
            "\u{202E}", "\u{2066}", "\u{2069}", "\u{2070}", "\u{2030}", "€", "👩‍💻", "đ", "\u{7F}", "\u{C2}",
        ]
        for _ in 0..<2_000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined()
            XCTAssertEqual(FigureJSON.string(text), reference(text), text.debugDescription)
        }
    }

    func testTheCorpusAsJSONParsesBackToItsFigures() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Data/articles")
        let figures = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().flatMap { name in
            TestSupport.extractor.extract(try ArticleLoader.load(folder.appendingPathComponent(name).path).get())
        }
        XCTAssertGreaterThan(figures.count, 100)
        let data = Data(FigureJSON.encodeBytes(figures))
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        XCTAssertEqual(parsed.count, figures.count)
        for (object, figure) in zip(parsed, figures) {
            XCTAssertEqual(object["quote"] as? String, figure.quote)
            XCTAssertEqual(object["subject"] as? String, figure.subject)
            XCTAssertEqual(object["offset"] as? Int, figure.offset)
            XCTAssertEqual(object["decimals"] as? Int, figure.decimals)
            XCTAssertEqual((object["period"] as? [String: Any])?["label"] as? String, figure.period.label)
            XCTAssertEqual((object["period"] as? [String: Any])?["year"] as? Int, figure.period.year)
        }
        XCTAssertEqual(String(decoding: FigureJSON.encodeBytes(figures), as: UTF8.self), FigureJSON.encode(figures))
    }

    func testIntegersOfEveryLength() {
        for number in [0, 7, -7, 10, 99, 100, 123_456_789, -1_000_000_000, Int.max, Int.min] {
            var out = OutputBytes()
            out.append(number)
            XCTAssertEqual(String(decoding: out.bytes, as: UTF8.self), String(number))
        }
    }
}
