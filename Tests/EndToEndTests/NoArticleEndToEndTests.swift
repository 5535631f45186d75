import Foundation
import XCTest

/// Issue 14 ("a newcomer's first hour"), finding 1: a path that does not exist, or a folder with no article
/// in it, ends every command with the path named on standard error, nothing on standard output and status 1;
/// the dashboard ends so before it draws anything.
final class NoArticleEndToEndTests: XCTestCase {
    func testAMissingPathEndsTheDashboardBeforeAnyScreen() throws {
        let missing = "/nonexistent-\(getpid())"
        let tmux = try TmuxSession(arguments: [missing], recordsOutput: true)
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 1)
        XCTAssertTrue(exit.restored)
        let output = String(decoding: tmux.output(), as: UTF8.self)
        XCTAssertTrue(output.contains("thdash: \(missing): No such file or directory"), output)
        // Searched as bytes: Foundation's search through a String holding escape sequences can miss.
        let bytes = tmux.output()
        XCTAssertNil(bytes.range(of: Data("\u{1B}[?1049h".utf8)), "the alternate screen was opened:\n\(output)")
        XCTAssertNil(bytes.range(of: Data("\u{1B}[?2004h".utf8)), "the terminal was set up:\n\(output)")
        XCTAssertFalse(output.contains("Công nghiệp Thanh Hóa"), "a screen was drawn:\n\(output)")
    }

    func testAFolderWithoutArticlesEndsEveryCommand() throws {
        let folder = try temporaryFolder("no-articles")
        try Data("not an article".utf8).write(to: URL(fileURLWithPath: folder + "/notes.pdf"))
        let cache = try temporaryFolder("no-articles-cache")
        for command in [[], ["figures"], ["check"], ["check", "--format", "json"], ["figures", "--format", "csv"]] {
            let (status, output, errors) = try Spawn.capture(
                try ThdashBinary.path(), command + ["--cache-dir", cache, folder],
                environment: ProcessInfo.processInfo.environment)
            XCTAssertEqual(status, 1, "\(command)")
            XCTAssertEqual(output, Data(), "\(command) wrote to standard output")
            XCTAssertEqual(
                String(decoding: errors, as: UTF8.self),
                "thdash: no article file (.htm, .html, .markdown, .md, .txt, .xhtml) in \(folder)\n", "\(command)")
        }
    }

    /// `figures /nonexistent` printed an empty table's header; `check` a whole report of nothing.
    func testAMissingPathPrintsNothingOnStandardOutput() throws {
        let cache = try temporaryFolder("missing-path-cache")
        for command in [["figures"], ["check"], ["figures", "--format", "json"]] {
            let (status, output, errors) = try Spawn.capture(
                try ThdashBinary.path(), command + ["--cache-dir", cache, "/nonexistent"],
                environment: ProcessInfo.processInfo.environment)
            XCTAssertEqual(status, 1, "\(command)")
            XCTAssertEqual(String(decoding: output, as: UTF8.self), "", "\(command)")
            XCTAssertEqual(
                String(decoding: errors, as: UTF8.self), "thdash: /nonexistent: No such file or directory\n",
                "\(command)")
        }
    }
}
