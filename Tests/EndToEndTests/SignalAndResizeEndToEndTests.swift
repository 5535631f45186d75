import Foundation
import XCTest

/// The built binary ended by a hangup, by Ctrl-\ and by crashes, and shaken by a storm of resizes, in a real
/// terminal (tmux): every time the terminal's settings are as before (`stty -g`), a crash still ends the
/// process with its signal, and after the storm the dashboard answers keys and draws as a fresh start does.
final class SignalAndResizeEndToEndTests: XCTestCase {
    /// The Swift runtime's crash report waits 20 s for a key when it runs on a terminal; the crash tests
    /// that are not about that report turn the wait off.
    private let noCrashPrompt = ["SWIFT_BACKTRACE": "interactive=no"]

    func testSighupRestoresTheTerminalAndEnds() throws {
        let tmux = try TmuxSession()
        tmux.waitFor("Chỉ số chính")
        let pid = try XCTUnwrap(tmux.thdashPID(), "cannot find thdash's pid")
        XCTAssertEqual(kill(pid, SIGHUP), 0)
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 128 + SIGHUP)
        XCTAssertTrue(exit.restored, "stty settings differ after SIGHUP")
        XCTAssertFalse(TmuxSession.isRunning(pid), "thdash still runs after SIGHUP")
    }

    /// Ctrl-\ (SIGQUIT) ends the dashboard as SIGTERM does: the terminal restored, bracketed paste off,
    /// status 128 + SIGQUIT, and no crash report from the Swift runtime painted over the screen and waiting
    /// at its prompt (asked for here, as a user's terminal gets it).
    func testCtrlBackslashQuitsLikeSigtermWithoutACrashReport() throws {
        let tmux = try TmuxSession(environment: [
            "SWIFT_BACKTRACE": "enable=yes,interactive=yes", "THDASH_CACHE_DIR": try temporaryFolder("quit-e2e"),
        ])
        tmux.waitFor("Chỉ số chính")
        let pid = try XCTUnwrap(tmux.thdashPID(), "cannot find thdash's pid")
        let recording = tmux.folder.appendingPathComponent("output").path
        try tmux.recordOutput(to: recording)
        try tmux.send("C-\\")
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 128 + SIGQUIT)
        XCTAssertTrue(exit.restored, "stty settings differ after Ctrl-\\")
        XCTAssertFalse(TmuxSession.isRunning(pid), "thdash still runs after Ctrl-\\")
        let screen = tmux.capture()
        XCTAssertFalse(screen.contains("crashed"), screen)
        XCTAssertFalse(screen.contains("1 Tổng quan │ 2 Sản phẩm"), "the dashboard is still drawn:\n\(screen)")
        let output = (try? String(contentsOfFile: recording, encoding: .utf8)) ?? ""
        XCTAssertTrue(
            output.hasSuffix("\u{1B}[?2004l"), "bracketed paste left on: \(output.suffix(80).debugDescription)")
    }

    func testSegmentationFaultRestoresTheTerminalAndDiesOfIt() throws {
        try expectCrash(by: SIGSEGV)
    }

    func testAbortRestoresTheTerminalAndDiesOfIt() throws {
        try expectCrash(by: SIGABRT)
    }

    /// With the runtime's crash report as a user gets it: restored first, then the report and its prompt,
    /// then death by the signal once the prompt is answered.
    func testCrashWithTheRuntimesInteractiveReport() throws {
        let tmux = try TmuxSession(environment: ["SWIFT_BACKTRACE": "interactive=yes"])
        tmux.waitFor("Chỉ số chính")
        let pid = try XCTUnwrap(tmux.thdashPID(), "cannot find thdash's pid")
        XCTAssertEqual(kill(pid, SIGSEGV), 0)
        tmux.waitFor("Program crashed", timeout: 30)
        tmux.waitFor("Press space to interact", timeout: 30)
        try tmux.send("q")
        let exit = tmux.waitForExit(timeout: 30)
        XCTAssertEqual(exit.status, 128 + SIGSEGV)
        XCTAssertTrue(exit.restored, "stty settings differ after the crash report")
        XCTAssertFalse(TmuxSession.isRunning(pid))
    }

    func testAHundredResizesFromOneCellTo300x100() throws {
        let tmux = try TmuxSession(environment: noCrashPrompt)
        tmux.waitFor("Chỉ số chính")
        try tmux.send("2")
        tmux.waitFor("sản phẩm có số liệu")
        let pid = try XCTUnwrap(tmux.thdashPID(), "cannot find thdash's pid")

        // Both extremes, each more than once, and sizes all over in between.
        var sizes: [(width: Int, height: Int)] = [(1, 1), (300, 100), (1, 1), (2, 1), (1, 2), (300, 100), (1, 100)]
        for step in 1...93 { sizes.append(((step * 37) % 300 + 1, (step * 13) % 100 + 1)) }
        XCTAssertEqual(sizes.count, 100)
        try tmux.resize(through: sizes)
        // Rest at each extreme long enough for a frame, with a key pressed there.
        try tmux.resize(width: 1, height: 1)
        XCTAssertEqual(tmux.size(), "1x1")
        try tmux.send("Down")
        usleep(300_000)
        XCTAssertTrue(TmuxSession.isRunning(pid), "thdash ended at 1×1")
        try tmux.resize(width: 300, height: 100)
        tmux.waitFor("sản phẩm có số liệu")

        try tmux.resize(width: 100, height: 30)
        try tmux.send("1")
        tmux.waitFor("┌ Chỉ số chính")
        try tmux.send("2")
        let expected = try freshProductsScreen()
        let screen = waitForScreen(expected, in: tmux)
        XCTAssertEqual(screen, expected, "after the storm the screen differs from a fresh start's")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.first?.hasPrefix(" thdash · Công nghiệp Thanh Hóa") ?? false, screen)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Sản phẩm ") && $0.contains("Ngành") }, screen)

        try tmux.send("q")
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 0)
        XCTAssertTrue(exit.restored, "stty settings differ after q following the resize storm")
    }

    /// Kills thdash with `signal` on the products screen: the terminal must be restored, the process must
    /// die of that signal, and the dashboard must not come back on the screen.
    private func expectCrash(by signal: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
        let tmux = try TmuxSession(environment: noCrashPrompt)
        tmux.waitFor("Chỉ số chính", file: file, line: line)
        try tmux.send("2")
        tmux.waitFor("sản phẩm có số liệu", file: file, line: line)
        let pid = try XCTUnwrap(tmux.thdashPID(), "cannot find thdash's pid", file: file, line: line)
        XCTAssertEqual(kill(pid, signal), 0, file: file, line: line)
        let exit = tmux.waitForExit(timeout: 30)
        XCTAssertEqual(exit.status, 128 + signal, "not ended by signal \(signal)", file: file, line: line)
        XCTAssertTrue(exit.restored, "stty settings differ after signal \(signal)", file: file, line: line)
        XCTAssertFalse(TmuxSession.isRunning(pid), file: file, line: line)
        XCTAssertFalse(
            tmux.capture().contains("1 Tổng quan │ 2 Sản phẩm"), "the dashboard is still drawn after the crash",
            file: file, line: line)
    }

    /// The products screen of a thdash just started at 100×30.
    private func freshProductsScreen() throws -> String {
        let fresh = try TmuxSession()
        fresh.waitFor("Chỉ số chính")
        try fresh.send("2")
        fresh.waitFor("sản phẩm có số liệu")
        // Let the frame settle: the same capture twice in a row.
        var previous = ""
        var screen = fresh.capture()
        while screen != previous {
            usleep(200_000)
            previous = screen
            screen = fresh.capture()
        }
        try fresh.send("q")
        _ = fresh.waitForExit()
        return screen
    }

    /// Polls until the screen equals `expected` (a frame may be half drawn), giving up after `timeout`.
    private func waitForScreen(_ expected: String, in tmux: TmuxSession, timeout: TimeInterval = 10) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = tmux.capture()
        while screen != expected && Date() < deadline {
            usleep(100_000)
            screen = tmux.capture()
        }
        return screen
    }
}
