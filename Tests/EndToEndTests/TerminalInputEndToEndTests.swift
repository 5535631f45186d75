import Foundation
import XCTest

/// Keys that the terminal itself used to act on, in a real terminal (tmux): Ctrl-S (XON/XOFF flow control)
/// must not freeze the screen, and pasted text (bracketed paste) must not act as keys: a pasted "q" does not
/// quit, a paste in the search line lands there. On every exit the terminal's settings are as before and
/// bracketed paste is turned off again.
final class TerminalInputEndToEndTests: XCTestCase {
    /// thdash in tmux with its cache in a temporary folder, removed after the test.
    private func dashboard() throws -> TmuxSession {
        let tmux = try TmuxSession(environment: ["THDASH_CACHE_DIR": try temporaryFolder("input-e2e")])
        tmux.waitFor("Chỉ số chính")
        return tmux
    }

    func testCtrlSDoesNotFreezeTheScreen() throws {
        let tmux = try dashboard()
        try tmux.send("C-s")
        try tmux.send("2")
        tmux.waitFor("sản phẩm có số liệu", timeout: 5)
        try tmux.send("C-q")
        try tmux.send("1")
        tmux.waitFor("┌ Chỉ số chính", timeout: 5)
        try tmux.send("q")
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 0)
        XCTAssertTrue(exit.restored, "stty settings differ after q (flow control must be back on)")
    }

    func testPastedTextIsTypedInTheSearchLineAndIgnoredElsewhere() throws {
        let tmux = try dashboard()
        let pid = try XCTUnwrap(tmux.thdashPID(), "cannot find thdash's pid")
        let recording = tmux.folder.appendingPathComponent("output").path
        try tmux.recordOutput(to: recording)
        try tmux.paste("q")
        try tmux.paste("2")
        // A key typed after the pastes is read after them: once it has acted, they have been read. L keeps
        // the tab: the overview in English, not the products tab a pasted "2" would have opened.
        try tmux.send("L")
        tmux.waitFor("1 Overview", timeout: 5)
        XCTAssertTrue(TmuxSession.isRunning(pid), "a pasted q quit thdash")
        let screen = tmux.capture()
        XCTAssertTrue(screen.contains("┌ Headlines"), "a pasted 2 switched tabs:\n\(screen)")
        try tmux.send("L")

        try tmux.send("/")
        tmux.waitFor("Tìm: ", timeout: 5)
        try tmux.paste("xi mang")
        tmux.waitFor("Tìm: xi mang▏", timeout: 5)
        try tmux.send("Enter")
        tmux.waitFor("/xi mang · ", timeout: 5)

        try tmux.send("q")
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 0)
        XCTAssertTrue(exit.restored, "stty settings differ after q")
        let output = (try? String(contentsOfFile: recording, encoding: .utf8)) ?? ""
        XCTAssertTrue(
            output.hasSuffix("\u{1B}[?2004l"),
            "bracketed paste not turned off last:\n\(output.suffix(80).debugDescription)")
    }
}
