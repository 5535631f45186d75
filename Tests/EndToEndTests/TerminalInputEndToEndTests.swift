import Foundation
import XCTest

/// Keys that the terminal itself used to act on, in a real terminal (tmux): Ctrl-S (XON/XOFF flow control)
/// must not freeze the screen. On exit the terminal's settings are as before.
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
}
