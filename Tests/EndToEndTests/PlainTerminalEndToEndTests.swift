import Foundation
import XCTest

/// Issue 14, finding 2: on a terminal that cannot move the cursor (TERM=dumb, or a terminfo entry without
/// `cup`) the dashboard drew its whole screen onto one line. It prints the plain-text report instead, as
/// when standard output is not a terminal, with a note on standard error saying why.
final class PlainTerminalEndToEndTests: XCTestCase {
    func testTermDumbGetsThePlainReportAndANote() throws {
        try assertPlainReport(environment: ["TERM": "dumb"], type: "dumb")
    }

    func testATerminalWithoutCursorAddressingGetsThePlainReport() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tic") else { throw XCTSkip("tic is missing") }
        let terminfo = try temporaryFolder("terminfo")
        let source = terminfo + "/nocup.src"
        // A video terminal with colours and a size, but no way to put the cursor anywhere.
        try Data(
            "nocup|a terminal without cursor addressing,\n\tcols#100, lines#30, colors#8,\n\tbel=^G, cr=\\r, cud1=\\n, ind=\\n, clear=\\E[H\\E[J,\n"
                .utf8
        )
        .write(to: URL(fileURLWithPath: source))
        let (status, _) = try Spawn.run(
            "/usr/bin/tic", ["-o", terminfo, source], environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(status, 0, "tic could not compile the entry")
        try assertPlainReport(environment: ["TERM": "nocup", "TERMINFO": terminfo], type: "nocup")
    }

    private func assertPlainReport(
        environment: [String: String], type: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let tmux = try TmuxSession(environment: environment, capturesErrors: true, recordsOutput: true)
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 0, file: file, line: line)
        XCTAssertTrue(exit.restored, file: file, line: line)
        let output = String(decoding: tmux.output(), as: UTF8.self)
        XCTAssertFalse(
            output.contains("\u{1B}"), "escape sequences sent to \(type):\n\(output)", file: file, line: line)
        let lines = output.components(separatedBy: .newlines).map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertTrue(lines.contains("Chỉ số chính"), output, file: file, line: line)
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("Chỉ số sản xuất công nghiệp (IIP): ") }, output, file: file, line: line)
        XCTAssertEqual(
            String(decoding: tmux.errors(), as: UTF8.self),
            "thdash: the terminal type '\(type)' cannot move the cursor, so the dashboard was printed as plain text;"
                + " set TERM to your terminal's type (for example xterm-256color) to open it\n", file: file, line: line)
    }
}
