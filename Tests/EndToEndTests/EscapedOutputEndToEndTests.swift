import Foundation
import XCTest

/// Issue "hostile files", finding 6, through the built binary: file names carrying OSC 52, CSI 2J, a
/// right-to-left override, DEL and a C1 CSI, and option values and environment variables carrying escape
/// sequences, reach neither standard output nor standard error raw, in any format: each is printed with
/// its controls escaped ("\x1B", "\u{202E}"), JSON escapes them as \uXXXX.
final class EscapedOutputEndToEndTests: XCTestCase {
    /// Characters no output may carry raw: C0 controls but the line break (and, ending a CSV record, the
    /// carriage return), DEL, C1 controls, bidi controls. Written out here rather than taken from thdash.
    private func rawControls(in bytes: Data, allowingCarriageReturn: Bool = false) -> [String] {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x0D: !allowingCarriageReturn
            case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }.map { String(format: "U+%04X", $0.value) }
    }

    private func thdash(
        _ arguments: [String], environment extra: [String: String] = [:]
    ) throws -> (status: Int32, output: Data, errors: Data) {
        var environment = ProcessInfo.processInfo.environment
        environment.merge(extra) { $1 }
        return try Spawn.capture(try ThdashBinary.path(), arguments, environment: environment, timeout: 60)
    }

    private func text(_ bytes: Data) -> String { String(decoding: bytes, as: UTF8.self) }

    func testHostileFileNamesAreEscapedInEveryFormatAndOnStandardError() throws {
        let folder = try HostileFolder(self)
        let hostile = Array(folder.good.dropFirst(3))
        let escaped = [
            "osc52-\\x1B]52;c;eA==\\x07.md", "csi-\\x1B[2J.md", "rlo-\\u{202E}dm.md", "del-\\x7F.md", "c1-\\x9B2J.md",
        ]
        let badFile = folder.path("named-\\x1B]0;owned\\x07.md")
        // Each run, and what it must show escaped on standard output (the figures' formats name the bad
        // file on standard error; JSON escapes in its own syntax, checked below).
        let runs: [(arguments: [String], shows: [String], carriageReturns: Bool)] = [
            (["figures", "--format", "csv"], escaped, true),
            (["figures", "--format", "json"], [], false),
            (["figures"], escaped, false),
            (["check"], escaped + [badFile], false),
            (["check", "--format", "json"], [], false),
            ([], [badFile + ": tệp rỗng"], false),  // the plain report (in Vietnamese) names no good article
        ]
        for run in runs {
            let name = run.arguments.isEmpty ? "plain report" : run.arguments.joined(separator: " ")
            let (status, output, errors) = try thdash(
                run.arguments + ["--cache-dir", folder.cache, folder.root.path])
            XCTAssertEqual(status, 1, "\(name): a file could not be read")
            XCTAssertEqual(rawControls(in: output, allowingCarriageReturn: run.carriageReturns), [], name)
            XCTAssertEqual(rawControls(in: errors), [], "\(name): \(text(errors))")
            for shown in run.shows {
                XCTAssertTrue(text(output).contains(shown), "\(name) does not show \(shown):\n\(text(output))")
            }
            if run.arguments.first == "figures" {
                XCTAssertTrue(
                    text(errors).contains("thdash: \(badFile): empty file\n"), "\(name):\n\(text(errors))")
            }
        }

        // JSON keeps the exact names, escaped in its own syntax.
        let (_, json, _) = try thdash(["figures", "--format", "json", "--cache-dir", folder.cache, folder.root.path])
        XCTAssertTrue(text(json).contains("osc52-\\u001b]52;c;eA==\\u0007.md"), text(json))
        XCTAssertTrue(text(json).contains("rlo-\\u202edm.md"), text(json))
        let figures = try XCTUnwrap(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        let articles = Set(figures.compactMap { $0["article"] as? String })
        XCTAssertTrue(Set(hostile.map(folder.path)).isSubset(of: articles), "\(articles)")
    }

    /// The argument parser's own messages quote the bad value: it is escaped, the status is still the
    /// parser's (64, a usage error).
    func testArgumentParserErrorsAreEscaped() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("thdash-e2e-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: cache) }
        for arguments in [
            ["figures", "--format", "\u{1B}]52;c;eA==\u{07}"], ["check", "--\u{1B}[2Jbad"],
            ["--language", "\u{202E}vi"],
        ] {
            let (status, output, errors) = try thdash(arguments + ["--cache-dir", cache.path])
            XCTAssertEqual(status, 64, "\(arguments): \(text(errors))")
            XCTAssertEqual(rawControls(in: errors), [], "\(arguments): \(text(errors))")
            XCTAssertEqual(output, Data())
            XCTAssertTrue(text(errors).hasPrefix("Error: "), text(errors))
        }
        let (_, _, errors) = try thdash(["figures", "--format", "\u{1B}]52;c;eA==\u{07}", "--cache-dir", cache.path])
        XCTAssertTrue(text(errors).contains("'\\x1B]52;c;eA==\\x07'"), text(errors))
        let (_, _, bidi) = try thdash(["--language", "\u{202E}vi", "--cache-dir", cache.path])
        XCTAssertTrue(text(bidi).contains("'\\u{202E}vi'"), text(bidi))
    }

    /// --catalog and THDASH_DATA name files: an error about them names them escaped.
    func testCatalogAndDataFolderErrorsAreEscaped() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("thdash-e2e-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: cache) }
        let catalog = "/nonexistent/\u{1B}]52;c;eA==\u{07}catalog.tsv"
        let (status, output, errors) = try thdash(["check", "--catalog", catalog, "--cache-dir", cache.path])
        XCTAssertEqual(status, 64, text(errors))
        XCTAssertEqual(output, Data())
        XCTAssertEqual(rawControls(in: errors), [], text(errors))
        XCTAssertTrue(text(errors).contains("/nonexistent/\\x1B]52;c;eA==\\x07catalog.tsv"), text(errors))

        let (dataStatus, _, dataErrors) = try thdash(
            ["figures", "--cache-dir", cache.path], environment: ["THDASH_DATA": "/nonexistent/\u{1B}[2J\u{9B}2J"])
        XCTAssertEqual(dataStatus, 1, text(dataErrors))
        XCTAssertEqual(rawControls(in: dataErrors), [], text(dataErrors))
        XCTAssertEqual(text(dataErrors), "thdash: THDASH_DATA=/nonexistent/\\x1B[2J\\x9B2J: no such folder\n")
    }

    /// TERM is named in the error when terminfo does not know it: escaped.
    func testAnUnknownTerminalTypeIsNamedEscaped() throws {
        let tmux = try TmuxSession(environment: ["TERM": "no-such-\u{1B}]52;c;eA==\u{07}"], capturesErrors: true)
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 1)
        XCTAssertTrue(exit.restored)
        let errors = tmux.errors()
        XCTAssertEqual(rawControls(in: errors), [], text(errors))
        XCTAssertTrue(text(errors).contains("unknown terminal type 'no-such-\\x1B]52;c;eA==\\x07'"), text(errors))
    }
}
