import Foundation
import XCTest

/// Tried as a new user would, on the embedded corpus in tmux: for each basis and each length of period,
/// step → to the latest period and then ← to the earliest. The products screen never shows a period
/// without a figure (a basis without any figure there says so and is not stepped through); the overview's key figures are always of the selected period's year, and its fallers
/// never show a rise.
final class PeriodSweepEndToEndTests: XCTestCase {
    func testProductsScreenNeverStepsToAPeriodWithoutAFigure() throws {
        let tmux = try TmuxSession(width: 110, height: 30)
        tmux.waitFor("bài · ")
        try tmux.send("2")
        tmux.waitFor("sản phẩm có số liệu")
        let visited = try sweep(tmux) { screen, lines in
            let caption = lines[3]
            XCTAssertFalse(caption.hasPrefix("0/"), "a period without a figure:\n\(screen)")
        }
        XCTAssertGreaterThan(visited, 10, "the sweep stepped through too few periods to mean anything")
    }

    func testOverviewFollowsTheSelectedYearAndItsFallersOnlyFell() throws {
        let tmux = try TmuxSession(width: 110, height: 34)
        tmux.waitFor("bài · ")
        let visited = try sweep(tmux) { screen, lines in
            guard let year = Self.years(in: lines[2]).first else { return XCTFail("no period:\n\(screen)") }
            for row in lines[4...5] {
                XCTAssertEqual(Set(Self.years(in: row)), [year], "a key figure of another year:\n\(screen)")
            }
            guard let fallers = lines.firstIndex(where: { $0.contains("▼ Giảm mạnh nhất") }) else { return }
            for row in lines[(fallers + 1)...].prefix(while: { !$0.hasPrefix("└") }) {
                XCTAssertFalse(row.contains("+"), "a rise among the fallers:\n\(screen)")
            }
        }
        XCTAssertGreaterThan(visited, 10)
    }

    /// For each basis (b) and each length of period (p) with figures: → until the latest, then ← until
    /// the earliest, calling `check` on every screen where the period changed. Returns how many it saw.
    private func sweep(_ tmux: TmuxSession, check: (String, [String]) -> Void) throws -> Int {
        var visited = 0
        var screen = tmux.capture()
        func press(_ key: String) throws -> Bool {
            let before = screen
            try tmux.send(key)
            screen = Self.waitForChange(from: before, in: tmux)
            return Self.periodLine(screen) != Self.periodLine(before)
        }
        for round in 0..<3 {
            if round > 0 {
                _ = try press("b")
                // A basis with no figure at all on this screen says so and has nothing to step through.
                if screen.contains("nào ở đây") { continue }
            }
            var lengths: Set<String> = []
            while lengths.insert(Self.length(of: Self.periodLine(screen))).inserted {
                while try press("Right") {}
                check(screen, Self.lines(screen))
                visited += 1
                while try press("Left") {
                    check(screen, Self.lines(screen))
                    visited += 1
                }
                _ = try press("p")
            }
        }
        return visited
    }

    private static func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static func periodLine(_ screen: String) -> String {
        let lines = lines(screen)
        return lines.count > 2 ? lines[2] : ""
    }

    /// "Kỳ (năm)" of the period line.
    private static func length(of line: String) -> String { String(line.prefix { $0 != ")" }) }

    private static func years(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?<!\d)20\d\d(?!\d)"#)
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).map { String(text[Range($0.range, in: text)!]) }
    }

    /// The screen once it differs from `before`, or as it is after a short wait (a key at the end of the
    /// periods changes only the status line, once).
    private static func waitForChange(from before: String, in tmux: TmuxSession) -> String {
        let deadline = Date().addingTimeInterval(1.5)
        var current = tmux.capture()
        while current == before && Date() < deadline {
            usleep(30_000)
            current = tmux.capture()
        }
        usleep(30_000)
        return tmux.capture()
    }
}
