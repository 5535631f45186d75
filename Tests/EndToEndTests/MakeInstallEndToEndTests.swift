import Foundation
import XCTest

/// The Makefile's install-files (what `make install` does after building) into a temporary PREFIX, with the
/// binary under test: the installed thdash reads its installed corpus, the manual page and the completions are
/// where man and the shells look, and `make uninstall` removes every file it put there.
final class MakeInstallEndToEndTests: XCTestCase {
    private func make(_ arguments: [String]) throws -> Spawn.Outcome {
        guard let program = ["/usr/bin/make", "/bin/make"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("make is not installed")
        }
        return try Spawn.run(
            program, ["-s", "-C", ThdashBinary.packageRoot.path] + arguments,
            environment: ProcessInfo.processInfo.environment, output: .file, errors: .file, timeout: 60)
    }

    func testInstallPutsEveryFileInItsPlaceAndUninstallRemovesThem() throws {
        let fm = FileManager.default
        let prefix = try temporaryFolder("make-install")
        let install = try make(["install-files", "PREFIX=" + prefix, "THDASH=" + (try ThdashBinary.path())])
        XCTAssertEqual(install.status, 0, install.errors)

        let corpus = try fm.contentsOfDirectory(
            atPath: ThdashBinary.packageRoot.appendingPathComponent("Data/articles").path)
        XCTAssertEqual(
            try fm.contentsOfDirectory(atPath: prefix + "/share/thdash/articles").sorted(), corpus.sorted())
        var environment = ProcessInfo.processInfo.environment
        environment["THDASH_DATA"] = nil
        let check = try Spawn.run(
            "/usr/bin/env", ["-C", "/", prefix + "/bin/thdash", "check", "--no-cache"], environment: environment,
            output: .file, errors: .file, timeout: 60)
        XCTAssertEqual(check.status, 0, check.errors)
        XCTAssertTrue(check.output.hasPrefix("thdash check: \(corpus.count) articles, "), check.output)

        XCTAssertEqual(
            fm.contents(atPath: prefix + "/share/man/man1/thdash.1"),
            fm.contents(atPath: ThdashBinary.packageRoot.appendingPathComponent("Docs/thdash.1").path))
        // The installed page as man shows it, where man is installed.
        if let man = ["/usr/bin/man", "/bin/man"].first(where: fm.isExecutableFile) {
            var plain = environment
            plain["MANPAGER"] = "cat"
            plain["MANWIDTH"] = "80"
            let shown = try Spawn.run(
                man, ["-l", prefix + "/share/man/man1/thdash.1"], environment: plain, output: .file, errors: .file,
                timeout: 60)
            XCTAssertEqual(shown.status, 0, shown.errors)
            XCTAssertTrue(shown.output.contains("thdash"), shown.output)
            XCTAssertTrue(shown.output.contains("--files-from"), shown.output)
        }
        // Where bash-completion, zsh and fish look under a prefix, each script registering thdash.
        for (path, registration) in [
            ("share/bash-completion/completions/thdash", "_thdash thdash"),
            ("share/zsh/site-functions/_thdash", "#compdef thdash"),
            ("share/fish/vendor_completions.d/thdash.fish", "complete -c 'thdash'"),
        ] {
            let script = try String(contentsOfFile: prefix + "/" + path, encoding: .utf8)
            XCTAssertTrue(script.contains(registration), path)
        }

        let uninstall = try make(["uninstall", "PREFIX=" + prefix])
        XCTAssertEqual(uninstall.status, 0, uninstall.errors)
        let left = fm.enumerator(atPath: prefix)?.compactMap { $0 as? String }.filter { name in
            var folder: ObjCBool = false
            return fm.fileExists(atPath: prefix + "/" + name, isDirectory: &folder) && !folder.boolValue
        }
        XCTAssertEqual(left, [])
    }

    func testInstallFilesWithoutABinaryIsRefused() throws {
        let prefix = try temporaryFolder("make-install")
        let run = try make(["install-files", "PREFIX=" + prefix])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.errors.contains("make install-files needs THDASH=path/to/thdash"), run.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: prefix), [])
    }
}
