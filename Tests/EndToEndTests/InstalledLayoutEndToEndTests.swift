import Foundation
import XCTest

/// thdash installed as `make install` lays it out (PREFIX/bin/thdash, its data in PREFIX/share/thdash), run
/// from a folder that has no Data/ with THDASH_DATA unset, finds its data beside the executable: through a
/// symbolic link to it too.
final class InstalledLayoutEndToEndTests: XCTestCase {
    /// Two of the corpus's articles: fewer than the package's Data/ holds, so that figures from them alone
    /// show that the installed folder was read, not the checkout's.
    private let installedArticles = [
        "2019-02-thanh-hoa-dan-dau-chi-so-cong-nghiep.md", "2019-09-gia-tri-san-xuat-cong-nghiep-9-thang.md",
    ]

    func testAnInstalledThdashReadsTheDataBesideIt() throws {
        let fm = FileManager.default
        let data = ThdashBinary.packageRoot.appendingPathComponent("Data")
        let prefix = try temporaryFolder("prefix")
        let share = prefix + "/share/thdash"
        try fm.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: share + "/articles", withIntermediateDirectories: true)
        try fm.copyItem(atPath: try ThdashBinary.path(), toPath: prefix + "/bin/thdash")
        for file in ["catalog.tsv", "outlets.tsv"] {
            try fm.copyItem(atPath: data.appendingPathComponent(file).path, toPath: share + "/" + file)
        }
        for name in installedArticles {
            try fm.copyItem(
                atPath: data.appendingPathComponent("articles/" + name).path, toPath: share + "/articles/" + name)
        }
        let elsewhere = try temporaryFolder("elsewhere")
        try fm.createSymbolicLink(atPath: elsewhere + "/thdash", withDestinationPath: prefix + "/bin/thdash")
        var environment = ProcessInfo.processInfo.environment
        environment["THDASH_DATA"] = nil

        // The same articles named on the command line, with the checkout's catalog and outlets.
        let expected = try run(
            try ThdashBinary.path(),
            ["figures", "--no-cache", "--format", "csv"] + installedArticles.map { share + "/articles/" + $0 },
            in: elsewhere, environment: ["THDASH_DATA": data.path])
        XCTAssertEqual(expected.status, 0, expected.errors)
        let articles = Set(
            expected.output.split(whereSeparator: \.isNewline).dropFirst().map { $0.prefix { $0 != "," } })
        XCTAssertEqual(articles, Set(installedArticles.map { Substring(share + "/articles/" + $0) }))

        for program in [prefix + "/bin/thdash", elsewhere + "/thdash"] {
            let installed = try run(
                program, ["figures", "--no-cache", "--format", "csv"], in: elsewhere, environment: environment)
            XCTAssertEqual(installed.status, 0, "\(program): \(installed.errors)")
            XCTAssertEqual(installed.output, expected.output, program)
        }
    }

    /// Runs `program` in `folder`, through `env -C` (posix_spawn's chdir action is not visible from Swift).
    private func run(_ program: String, _ arguments: [String], in folder: String, environment: [String: String])
        throws -> Spawn.Outcome
    {
        try Spawn.run(
            "/usr/bin/env", ["-C", folder, program] + arguments, environment: environment, output: .file,
            errors: .file, timeout: 60)
    }
}
