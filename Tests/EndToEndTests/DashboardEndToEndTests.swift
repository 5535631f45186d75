import Foundation
import XCTest

/// The built binary in a real terminal (tmux): start on Data/, navigate, drill down, switch period and
/// basis, search, resize below the minimum and back, and quit by q, Ctrl-C and SIGTERM with the terminal
/// restored each time. Waits poll the screen, so they take as long as thdash needs and no longer.
final class DashboardEndToEndTests: XCTestCase {
    func testNavigateDrillDownPeriodBasisSearchAndQuit() throws {
        let tmux = try TmuxSession()
        tmux.waitFor("Chỉ số chính")
        tmux.waitFor("bài · ")

        try tmux.send("2")
        tmux.waitFor("sản phẩm có số liệu")
        try tmux.send("4")
        tmux.waitFor("Ngành hàng · Enter để xem sản phẩm")
        try tmux.send("Down", "Enter")
        tmux.waitFor("Esc quay lại")
        try tmux.send("Enter")
        tmux.waitFor("┌ Nguồn")
        try tmux.send("Escape", "Escape")
        tmux.waitFor("Ngành hàng · Enter để xem sản phẩm")

        let before = periodLine(tmux.capture())
        try tmux.send("Left")
        let stepped = waitForChange(of: before, in: tmux)
        XCTAssertNotEqual(stepped, before)
        try tmux.send("]")
        XCTAssertEqual(waitForChange(of: stepped, in: tmux), before)

        try tmux.send("b")
        tmux.waitFor("Cơ sở: % kế hoạch năm")
        try tmux.send("b")
        tmux.waitFor("Cơ sở: so với tháng trước")
        try tmux.send("b")
        let basis = tmux.waitFor("Cơ sở: so với ")
        XCTAssertTrue(
            basis.contains("Cơ sở: so với cùng kỳ") || basis.contains("Cơ sở: so với năm trước"), basis)

        try tmux.send("/")
        try tmux.type("xi mang")
        tmux.waitFor("Tìm: xi mang")
        try tmux.send("Enter")
        tmux.waitFor("/xi mang · ")

        try tmux.send("L")
        tmux.waitFor("1 Overview")
        try tmux.send("q")
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 0)
        XCTAssertTrue(exit.restored, "stty settings differ after q")
    }

    func testResizeBelowTheMinimumAndBack() throws {
        let tmux = try TmuxSession()
        tmux.waitFor("Chỉ số chính")
        try tmux.resize(width: 50, height: 12)
        tmux.waitFor("Cần ít nhất 60×16 ô.")
        try tmux.resize(width: 100, height: 30)
        tmux.waitFor("Chỉ số chính")
        try tmux.send("2")
        tmux.waitFor("sản phẩm có số liệu")
        try tmux.resize(width: 40, height: 10)
        tmux.waitFor("Cửa sổ quá nhỏ: 40×10.")
        try tmux.send("q")
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 0)
        XCTAssertTrue(exit.restored, "stty settings differ after q on the too-small screen")
    }

    func testSigtermRestoresTheTerminal() throws {
        let tmux = try TmuxSession()
        tmux.waitFor("Chỉ số chính")
        let pid = try XCTUnwrap(tmux.thdashPID(), "cannot find thdash's pid")
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 128 + SIGTERM)
        XCTAssertTrue(exit.restored, "stty settings differ after SIGTERM")
    }

    func testCtrlCRestoresTheTerminal() throws {
        let tmux = try TmuxSession()
        tmux.waitFor("Chỉ số chính")
        try tmux.send("3")
        tmux.waitFor("sản phẩm có số liệu")
        try tmux.send("C-c")
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 128 + SIGINT)
        XCTAssertTrue(exit.restored, "stty settings differ after Ctrl-C")
    }

    func testUnknownTerminalTypeIsReported() throws {
        let tmux = try TmuxSession(environment: ["TERM": "no-such-terminal"])
        tmux.waitFor("unknown terminal type 'no-such-terminal'")
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 1)
        XCTAssertTrue(exit.restored)
    }

    func testPlainTextWhenStandardOutputIsNotATerminal() throws {
        // Standard output is a file here, not a terminal.
        let (status, text) = try Spawn.run(
            try ThdashBinary.path(), [], environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(status, 0)
        XCTAssertTrue(text.contains("Chỉ số chính"), text)
        XCTAssertTrue(text.contains("Chỉ số sản xuất công nghiệp (IIP): "), text)
        XCTAssertTrue(text.contains("Sản phẩm · "), text)
        XCTAssertTrue(text.contains("Xi măng"), text)
        XCTAssertFalse(text.contains("\u{1B}"), "escape sequences in plain output")
    }

    /// ← → step through periods of one length ("Kỳ (năm)"), p changes the length, and the products list
    /// says how many rows it hides and where its visible rows sit, on the embedded corpus.
    func testPeriodKeysKeepToOneLengthOfPeriod() throws {
        let tmux = try TmuxSession(width: 100, height: 24)
        tmux.waitFor("Kỳ (năm)")
        var line = periodLine(tmux.capture())
        for _ in 0..<3 {
            try tmux.send("Left")
            let next = waitForChange(of: line, in: tmux)
            XCTAssertTrue(next.hasPrefix("Kỳ (năm) ") && next.contains(" năm 20"), next)
            line = next
        }
        try tmux.send("p")
        let other = waitForChange(of: line, in: tmux)
        XCTAssertFalse(other.hasPrefix("Kỳ (năm)"), other)
        let length = String(other.prefix { $0 != ")" })
        try tmux.send("Right")
        let stepped = waitForChange(of: other, in: tmux)
        XCTAssertTrue(stepped.hasPrefix(length), "\(stepped) is not of \(length)")

        try tmux.send("2", "a")
        let screen = tmux.waitFor("a để ẩn sản phẩm không có số liệu")
        let caption = screen.split(separator: "\n")[3]
        XCTAssertNotNil(caption.range(of: #"1–\d+/\d+$"#, options: .regularExpression), String(caption))
        try tmux.send("q")
        XCTAssertEqual(tmux.waitForExit().status, 0)
    }

    /// The period/basis line (the screen's third row).
    private func periodLine(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 2 ? String(lines[2]) : ""
    }

    private func waitForChange(of line: String, in tmux: TmuxSession, timeout: TimeInterval = 10) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let current = periodLine(tmux.capture())
            if current != line && !current.isEmpty { return current }
            usleep(50_000)
        }
        XCTFail("the period line stayed “\(line)”")
        return line
    }
}
