import Foundation
import XCTest

/// Issue 16's hostile environment: a THDASH_DATA that names no folder, a catalog that is a folder, missing
/// or unreadable, a catalog with a line of megabytes. Each is named in one line, in the system's words.
final class DataFileErrorsEndToEndTests: XCTestCase {
    private let articles = ThdashBinary.packageRoot.appendingPathComponent("Data/articles").path
    private let catalog = ThdashBinary.packageRoot.appendingPathComponent("Data/catalog.tsv").path

    private func thdash(_ arguments: [String], environment: [String: String] = [:]) throws -> Spawn.Outcome {
        try Spawn.run(
            try ThdashBinary.path(), arguments,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 }, output: .file,
            errors: .file, timeout: 60)
    }

    /// It gave "NSCocoaErrorDomain error 256" or "The file doesn't exist" about catalog.tsv, then the usage.
    func testADataFolderThatIsMissingOrAFileIsNamedInOneLine() throws {
        let root = try temporaryFolder("data-env")
        let file = root + "/a-file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        for (folder, reason) in [
            (root + "/no-such-folder", "no such folder"), (root + "/no-such-folder/below", "no such folder"),
            (file, "not a folder"), (file + "/below", "no such folder"),
        ] {
            for command in [["figures"], ["check"], ["figures", articles]] {
                let run = try thdash(command + ["--no-cache"], environment: ["THDASH_DATA": folder])
                XCTAssertEqual(run.status, 1, "\(command) \(folder): \(run.errors)")
                XCTAssertEqual(run.errors, "thdash: THDASH_DATA=\(folder): \(reason)\n", "\(command)")
                XCTAssertEqual(run.output, "")
            }
        }
    }

    /// The data folder is there but its catalog is not: the installation is at fault, not the command line.
    func testADataFolderWithoutItsCatalogIsNamedInOneLine() throws {
        let folder = try temporaryFolder("data-without-catalog")
        let run = try thdash(["check", "--no-cache"], environment: ["THDASH_DATA": folder])
        XCTAssertEqual(run.status, 1, run.errors)
        XCTAssertEqual(
            run.errors, "thdash: cannot read the product catalog \(folder)/catalog.tsv: No such file or directory\n")
        XCTAssertEqual(run.output, "")
    }

    /// A --catalog that is a folder said "You don't have permission" (or NSCocoaErrorDomain error 256).
    func testACatalogThatIsAFolderOrMissingIsNamedWithTheReason() throws {
        let root = try temporaryFolder("catalog-folder")
        for (path, reason) in [(root, "is a folder, not a file"), (root + "/missing.tsv", "No such file or directory")]
        {
            let run = try thdash(["figures", "--no-cache", "--catalog", path, articles])
            XCTAssertEqual(run.status, 64, run.errors)
            XCTAssertTrue(
                run.errors.hasPrefix("Error: cannot read the product catalog \(path): \(reason)\n"), run.errors)
            XCTAssertEqual(run.output, "")
        }
    }

    func testACatalogWithoutReadPermissionIsNamedWithTheReason() throws {
        let folder = try LockedArticleFolder(self)
        let locked = folder.path(folder.locked)
        let (program, arguments) = folder.command(["check", "--no-cache", "--catalog", locked, folder.articles.path])
        let run = try Spawn.run(
            program, arguments, environment: ProcessInfo.processInfo.environment, output: .file, errors: .file,
            timeout: 60)
        XCTAssertEqual(run.status, 64, run.errors)
        XCTAssertTrue(
            run.errors.hasPrefix("Error: cannot read the product catalog \(locked): Permission denied\n"), run.errors)
    }

    /// A catalog with one 29 MB line took 3.3 GB of memory. The line is skipped and named; the lines after
    /// it still load, so the figures are those of the catalog without it.
    func testACatalogLineOfMegabytesIsSkippedAndNamed() throws {
        let root = try temporaryFolder("long-line")
        var lines = try String(contentsOfFile: catalog, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        lines.insert(
            "product\thuge\tconstruction-materials\tlớn\thuge\ttấn\t" + String(repeating: "xi măng|", count: 1 << 19),
            at: 3)
        let long = root + "/catalog.tsv"
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: long))

        let plain = try thdash(["figures", "--no-cache", "--format", "json", "--catalog", catalog, articles])
        let run = try thdash(["figures", "--no-cache", "--format", "json", "--catalog", long, articles])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, "thdash: \(long): catalog line 4: longer than 64 KiB (4 MiB), skipped\n")
        XCTAssertEqual(run.output, plain.output, "the other lines of the catalog did not all load")
        XCTAssertTrue(run.output.contains("\"product\": \"cement\""), String(run.output.prefix(500)))
    }
}
