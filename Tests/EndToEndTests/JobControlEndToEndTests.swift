import Foundation
import XCTest

/// Issue 14, finding 6: Ctrl-Z hands the shell a terminal as it was before thdash started, bracketed paste
/// off included (it stayed on: a paste in the shell came wrapped in ESC[200~ … ESC[201~), and `fg` brings the
/// dashboard back as it was, bracketed paste on again.
final class JobControlEndToEndTests: XCTestCase {
    func testCtrlZRestoresTheTerminalAndFgRedrawsTheScreen() throws {
        let tmux = try TmuxSession(recordsOutput: true, suspendable: true)
        tmux.waitFor("bài · ")
        try tmux.send("2")
        tmux.waitFor("sản phẩm có số liệu")

        try tmux.send("C-z")
        let suspension = tmux.waitForSuspension()
        XCTAssertEqual(suspension.status, 128 + SIGTSTP)
        XCTAssertTrue(suspension.restored, "stty settings differ while thdash is stopped")
        let recorded = tmux.output()
        let pasteOn = try XCTUnwrap(recorded.range(of: Data("\u{1B}[?2004h".utf8), options: .backwards))
        XCTAssertNotNil(
            recorded.range(of: Data("\u{1B}[?2004l".utf8), in: pasteOn.upperBound..<recorded.endIndex),
            "bracketed paste is still on in the shell")
        XCTAssertFalse(tmux.capture().contains("sản phẩm có số liệu"), "the dashboard is still on the screen")

        tmux.resume()
        let screen = tmux.waitFor("sản phẩm có số liệu")
        XCTAssertTrue(screen.contains("thdash · "), screen)
        let afterResume = tmux.output().dropFirst(recorded.count)
        XCTAssertNotNil(
            afterResume.range(of: Data("\u{1B}[?2004h".utf8)), "bracketed paste is not on again after fg")

        try tmux.send("q")
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 0)
        XCTAssertTrue(exit.restored, "stty settings differ after q")
    }
}
