import Foundation
import XCTest

/// Issue 14, finding 3: a usage error a subcommand finds while running (`thdash figures --catalog
/// /missing.tsv`) showed the root command's usage ("Usage: thdash <subcommand>"), not the subcommand's.
final class SubcommandUsageEndToEndTests: XCTestCase {
    func testACatalogThatCannotBeReadShowsTheSubcommandsUsage() throws {
        let cache = try temporaryFolder("usage-cache")
        for (arguments, name) in [
            (["figures", "--format", "csv"], "figures"), (["check"], "check"), (["dashboard"], "dashboard"),
            ([], "dashboard"),
        ] {
            let run = try Spawn.run(
                try ThdashBinary.path(), arguments + ["--cache-dir", cache, "--catalog", "/missing.tsv"],
                environment: ProcessInfo.processInfo.environment, output: .file, errors: .file)
            XCTAssertEqual(run.status, 64, "\(arguments)")
            XCTAssertEqual(run.output, "", "\(arguments)")
            let lines = run.errors.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.count, 3, run.errors)
            XCTAssertEqual(
                lines.first, "Error: cannot read the product catalog /missing.tsv: No such file or directory")
            XCTAssertTrue(
                lines.dropFirst().first?.hasPrefix("Usage: thdash \(name) [<paths> ...] ") == true, run.errors)
            XCTAssertEqual(lines.last, "  See 'thdash \(name) --help' for more information.", run.errors)
        }
    }
}
