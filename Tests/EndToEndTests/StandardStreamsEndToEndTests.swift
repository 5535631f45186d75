import Foundation
import XCTest

/// The built binary with its standard output or error closed, full, non-blocking, a pipe nobody reads, and
/// under a file-size limit: a write that fails ends thdash with a one-line message on the other stream and
/// status 74 (EX_IOERR), a reader that went away ends it silently by SIGPIPE (141), and never with a Swift
/// trap; a cache file that cannot be written costs nothing but the cache.
final class StandardStreamsEndToEndTests: XCTestCase {
    private let articles = ThdashBinary.packageRoot.appendingPathComponent("Data/articles").path
    private let closedOutput = "thdash: cannot write to standard output: Bad file descriptor\n"
    private let closedError = "thdash: cannot write to standard error: Bad file descriptor\n"

    private func scratch() throws -> String { try temporaryFolder("streams-e2e") }

    /// `thdash ARGUMENTS`, with its streams where the test says.
    private func thdash(
        _ arguments: [String], output: Spawn.Destination = .pipe, errors: Spawn.Destination = .pipe
    ) throws -> Spawn.Outcome {
        try Spawn.run(
            try ThdashBinary.path(), arguments, environment: ProcessInfo.processInfo.environment, output: output,
            errors: errors, timeout: 60)
    }

    /// `thdash ARGUMENTS` started by `sh -c SCRIPT`, where the script ends with `exec "$@"`.
    private func thdash(
        through script: String, _ arguments: [String], output: Spawn.Destination = .pipe
    ) throws -> Spawn.Outcome {
        try Spawn.run(
            "/bin/sh", ["-c", script, "sh", try ThdashBinary.path()] + arguments,
            environment: ProcessInfo.processInfo.environment, output: output, errors: .pipe, timeout: 60)
    }

    func testClosedStandardOutputEndsWithAMessageOnStandardErrorAndStatus74() throws {
        let cache = try scratch()
        for command in [["figures"], ["figures", "--format", "json"], ["check"], ["check", "--format", "json"], []] {
            let run = try thdash(command + ["--cache-dir", cache, articles], output: .closed)
            XCTAssertEqual(run.status, 74, "thdash \(command) >&-: \(run.errors)")
            XCTAssertEqual(run.errors, closedOutput, "thdash \(command) >&-")
        }
        let help = try thdash(["--help"], output: .closed)
        XCTAssertEqual(help.status, 74, help.errors)
        XCTAssertEqual(help.errors, closedOutput)
        let silent = try thdash(["figures", "--cache-dir", cache, articles], output: .closed, errors: .closed)
        XCTAssertEqual(silent.status, 74, "nowhere to say so, but the status still does")
    }

    /// With standard error closed, what was meant for it (an unreadable article, a usage error) ends the run
    /// with the message on standard output, after the output already written; a run with nothing to say
    /// there is untouched.
    func testClosedStandardErrorEndsWithAMessageOnStandardOutputAndStatus74() throws {
        let cache = try scratch()
        let folder = try scratch()
        try FileManager.default.copyItem(atPath: articles, toPath: folder + "/articles")
        try Data().write(to: URL(fileURLWithPath: folder + "/articles/empty.md"))

        let figures = try thdash(["figures", "--cache-dir", cache, folder + "/articles"], errors: .closed)
        XCTAssertEqual(figures.status, 74, figures.output)
        XCTAssertTrue(figures.output.hasPrefix("article "), "the table comes first:\n\(figures.output.prefix(300))")
        XCTAssertTrue(figures.output.hasSuffix("\n" + closedError), String(figures.output.suffix(300)))

        let usage = try thdash(["check", "--format", "yaml"], errors: .closed)
        XCTAssertEqual(usage.status, 74)
        XCTAssertEqual(usage.output, closedError)

        let open = try thdash(["check", "--cache-dir", cache, articles])
        let closed = try thdash(["check", "--cache-dir", cache, articles], errors: .closed)
        XCTAssertEqual(open.status, 0, open.errors)
        XCTAssertEqual(closed.status, 0, "nothing was meant for standard error")
        XCTAssertEqual(closed.output, open.output)
        XCTAssertTrue(closed.output.hasPrefix("thdash check: "), closed.output)
    }

    func testAFullDiskUnderStandardOutputIsReported() throws {
        let cache = try scratch()
        let run = try thdash(through: "exec \"$@\" > /dev/full", ["figures", "--cache-dir", cache, articles])
        XCTAssertEqual(run.status, 74)
        XCTAssertEqual(run.errors, "thdash: cannot write to standard output: No space left on device\n")
    }

    /// A parent may leave a shared descriptor non-blocking; a full pipe is then waited for, not an error.
    func testANonBlockingStandardOutputStillGetsEveryByte() throws {
        let cache = try scratch()
        let expected = try thdash(["figures", "--format", "json", "--cache-dir", cache, articles])
        XCTAssertEqual(expected.status, 0, expected.errors)
        XCTAssertGreaterThan(expected.output.utf8.count, 1 << 16, "more than a pipe holds at once")
        let run = try thdash(
            ["figures", "--format", "json", "--cache-dir", cache, articles], output: .nonBlockingPipe)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.errors, "")
        XCTAssertTrue(run.output == expected.output, "the output differs (\(run.output.utf8.count) bytes)")
    }

    /// A reader that goes away is no error: thdash ends by SIGPIPE (141 in the shell) and says nothing,
    /// whether SIGPIPE kills it at the write (its default action) or the parent left SIGPIPE ignored and the
    /// write fails with EPIPE.
    func testABrokenPipeEndsBySigpipeWithoutAMessage() throws {
        let cache = try scratch()
        let arguments = ["figures", "--cache-dir", cache, articles]
        let killed = try thdash(arguments, output: .brokenPipe)
        XCTAssertEqual(killed.status, 128 + SIGPIPE)
        XCTAssertEqual(killed.errors, "")

        let ignored = try thdash(through: "trap '' PIPE; exec \"$@\"", arguments, output: .brokenPipe)
        XCTAssertEqual(ignored.status, 128 + SIGPIPE)
        XCTAssertEqual(ignored.errors, "", "EPIPE is no error to report, nor a trap")

        // As typed: `thdash figures --format json | head -1`, with the pipeline's status being thdash's.
        for script in ["exec \"$@\" | head -1", "trap '' PIPE; \"$@\" | head -1"] {
            let piped = try Spawn.run(
                "/bin/bash",
                ["-c", "set -o pipefail; " + script, "bash", try ThdashBinary.path()] + arguments
                    + ["--format", "json"], environment: ProcessInfo.processInfo.environment, output: .pipe,
                errors: .pipe, timeout: 60)
            XCTAssertEqual(piped.status, 128 + SIGPIPE, script)
            XCTAssertEqual(piped.output, "[\n", script)
            XCTAssertEqual(piped.errors, "", script)
        }
    }

    /// `ulimit -f`: the cache file cannot be written (EFBIG, not a SIGXFSZ that kills thdash), which is noted
    /// on standard error; the output is complete, the status 0, and no temporary file is left behind.
    func testAFileSizeLimitCostsOnlyTheCache() throws {
        let reference = try thdash(["figures", "--no-cache", articles])
        XCTAssertEqual(reference.status, 0, reference.errors)
        let cache = try scratch() + "/cache"
        let limit = "ulimit -f 1 && exec \"$@\""  // 512 or 1024 bytes: far less than the cache file

        let figures = try thdash(through: limit, ["figures", "--cache-dir", cache, articles])
        XCTAssertEqual(figures.status, 0, figures.errors)
        XCTAssertTrue(figures.output == reference.output, "the output is not complete:\n\(figures.output.suffix(300))")
        let lines = figures.errors.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, figures.errors)
        XCTAssertTrue(
            lines.first.map {
                $0.hasPrefix("thdash: cache file \(cache)/corpus-")
                    && $0.contains(".cache could not be written (write ")
                    && $0.hasSuffix(": File too large)")
            } ?? false, figures.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache), [], "a file is left behind")

        let check = try thdash(through: limit, ["check", "--cache-dir", cache, articles])
        XCTAssertEqual(check.status, 0, check.errors)
        XCTAssertTrue(check.output.contains("Cache (1 problem; articles not affected)"), check.output)
        XCTAssertTrue(check.output.contains(": File too large)\n"), check.output)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache), [])
    }
}
