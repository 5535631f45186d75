import Foundation
import XCTest

/// The periods matrix on the embedded corpus in tmux, as a new user finds it: `6` shows period columns and
/// filled cells; Enter on a row with a figure in the chosen period shows that figure's source; Esc comes
/// back; a resize and `q` leave the terminal as it was.
final class MatrixEndToEndTests: XCTestCase {
    func testMatrixShowsWhereTheDataIsAndEnterShowsASource() throws {
        let tmux = try TmuxSession(width: 110, height: 30)
        tmux.waitFor("bài · ")
        try tmux.send("6")
        var screen = tmux.waitFor("ô có số liệu")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertNotNil(lines[4].range(of: #"2024 +2025$"#, options: .regularExpression), lines[4])
        XCTAssertTrue(lines.contains { $0.hasPrefix("  ") && $0.contains("%") == false && $0.contains("+") }, screen)

        // Thép has a figure for 2025, the period in force: open it.
        try tmux.send("/")
        try tmux.type("thep")
        try tmux.send("Enter")
        tmux.waitFor("/thep · ")
        try tmux.send("Enter")
        screen = tmux.waitFor("┌ Nguồn")
        XCTAssertTrue(screen.contains("Thép"), screen)
        XCTAssertTrue(screen.contains("+28%"), screen)
        try tmux.send("Escape")  // the search first, then back to the matrix
        usleep(200_000)
        try tmux.send("Escape")
        tmux.waitFor("ô có số liệu")

        try tmux.resize(width: 70, height: 20)
        tmux.waitFor("ô có số liệu")
        try tmux.send("q")
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 0)
        XCTAssertTrue(exit.restored, "stty settings differ after q")
    }
}
