import Foundation
import XCTest

/// The README's screen captures are the built dashboard's screens on the embedded corpus, in tmux: a test
/// fails when they differ, and `THDASH_RECORD=1` writes the current ones into README.md (read them).
final class ReadmeCaptureEndToEndTests: XCTestCase {
    func testOverviewCaptureIsCurrent() throws {
        try check(capture: "overview", width: 100, height: 28, keys: [])
    }

    func testProductsCaptureIsCurrent() throws {
        try check(capture: "products", width: 100, height: 16, keys: ["2"])
    }

    /// Compares the block after `<!-- capture: NAME WxH ...-->` with the screen after `keys`.
    private func check(capture name: String, width: Int, height: Int, keys: [String]) throws {
        let tmux = try TmuxSession(width: width, height: height)
        tmux.waitFor("bài · ")
        tmux.waitFor("q thoát")
        for key in keys { try tmux.send(key) }
        if !keys.isEmpty { tmux.waitFor("sản phẩm có số liệu") }
        usleep(200_000)
        let screen = Self.trimmed(tmux.capture(), height: height)

        let readme = ThdashBinary.packageRoot.appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let marker = "<!-- capture: \(name) \(width)x\(height)"
        guard let start = text.range(of: marker),
            let open = text.range(of: "```\n", range: start.upperBound..<text.endIndex),
            let close = text.range(of: "```\n<!-- /capture -->", range: open.upperBound..<text.endIndex)
        else { return XCTFail("README.md has no “\(marker)” block") }
        let recorded = String(text[open.upperBound..<close.lowerBound])
        if ProcessInfo.processInfo.environment["THDASH_RECORD"] == "1" {
            try (text[..<open.upperBound] + screen + text[close.lowerBound...]).write(
                to: readme, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(recorded, screen, "README.md's \(name) capture is out of date: THDASH_RECORD=1 rewrites it")
    }

    /// The screen's lines without trailing blanks, blank lines at the end dropped, each ending in a newline.
    private static func trimmed(_ screen: String, height: Int) -> String {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(height).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { $0 + "\n" }.joined()
    }
}
