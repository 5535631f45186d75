import Foundation
import XCTest

/// The built `thdash` running in a private tmux server: keys in, screen text out, and how it exited with
/// the terminal's `stty -g` state before and after (as /work/shared/tools/tui-shot does by hand).
final class TmuxSession {
    let socket: String
    let folder: URL
    private static let counter = Counter()

    /// Starts `thdash ARGUMENTS` at the given size, in the package root, with `environment` added. Unless
    /// `environment` names one, the cache of extracted figures goes to the session's own folder (removed with
    /// it), never under the user's home. `capturesErrors` sends thdash's standard error to a file (`errors`)
    /// instead of the screen. `recordsOutput` records every byte written to the terminal from before thdash
    /// starts (`output()`): the script waits until the recording is on. `suspendable` runs thdash under job
    /// control (`set -m`), so that Ctrl-Z stops it and hands the terminal back to the script, which records
    /// its status and the terminal's settings then (`waitForSuspension`) and brings thdash back with `fg`
    /// on `resume()`.
    init(
        arguments: [String] = [], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
        capturesErrors: Bool = false, recordsOutput: Bool = false, suspendable: Bool = false
    ) throws {
        guard let tmux = Self.tmux else { throw XCTSkip("tmux is not installed; the end-to-end tests need it") }
        let binary = try ThdashBinary.path()
        socket = "thdash-e2e-\(getpid())-\(Self.counter.next())"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.tmux = tmux
        var environment = environment
        if environment["THDASH_CACHE_DIR"] == nil {
            environment["THDASH_CACHE_DIR"] = folder.appendingPathComponent("cache").path
        }
        let variables = environment.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = [binary] + arguments
        let errors = capturesErrors ? " 2> " + Self.quote(folder.appendingPathComponent("errors").path) : ""
        let waitForRecording = recordsOutput ? "while [ ! -e \(path("recording")) ]; do sleep 0.05; done; " : ""
        let suspension =
            suspendable
            ? "echo $? > \(path("stopped")); stty -g > \(path("suspended")); "
                + "while [ ! -e \(path("resume")) ]; do sleep 0.05; done; fg; " : ""
        let script = """
            \(suspendable ? "set -m; " : "")ulimit -c 0; cd \(Self.quote(ThdashBinary.packageRoot.path)); \
            stty -g > \(path("before")); echo $$ > \(path("shell")); \(waitForRecording)\
            env \(variables) \(command.map(Self.quote).joined(separator: " "))\(errors); \(suspension)\
            echo $? > \(path("status")); \
            stty -g > \(path("after")); sleep 60
            """
        try run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", script])
        if recordsOutput {
            try recordOutput(to: folder.appendingPathComponent("output").path)
            _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("recording").path, contents: nil)
        }
    }

    private let tmux: String

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// The screen as text, one line per row.
    func capture() -> String { (try? run(["capture-pane", "-p", "-t", "0"])) ?? "" }

    /// The screen with its attributes and colours as escape sequences.
    func captureWithStyles() -> String { (try? run(["capture-pane", "-p", "-e", "-t", "0"])) ?? "" }

    /// Sends keys by tmux's names ("Down", "Enter", "Escape", "C-c") or literal text.
    func send(_ keys: String...) throws { try run(["send-keys", "-t", "0"] + keys) }

    /// From now on, appends every byte the program writes to the terminal to `path`.
    func recordOutput(to path: String) throws {
        try run(["pipe-pane", "-o", "-t", "0", "cat >> " + Self.quote(path)])
    }

    /// Pastes text as a terminal does: bracketed by ESC[200~ and ESC[201~ when the program asked for
    /// bracketed paste (tmux adds them only then), bare otherwise.
    func paste(_ text: String) throws {
        try run(["set-buffer", "--", text])
        try run(["paste-buffer", "-p", "-d", "-t", "0"])
    }

    /// Types text literally.
    func type(_ text: String) throws { try run(["send-keys", "-t", "0", "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Resizes the window to each size in turn, back to back: one tmux command list, no pause between.
    func resize(through sizes: [(width: Int, height: Int)]) throws {
        let commands = sizes.map { ["resize-window", "-t", "0", "-x", "\($0.width)", "-y", "\($0.height)"] }
        try run(Array(commands.joined(separator: [";"])))
    }

    /// The window's size as tmux sees it.
    func size() -> String {
        ((try? run(["display-message", "-p", "-t", "0", "#{window_width}x#{window_height}"])) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen shows `text`; fails with the screen when it does not within `timeout`.
    @discardableResult
    func waitFor(
        _ text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line
    ) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = capture()
            if screen.contains(text) { return screen }
            usleep(50_000)
        }
        XCTFail("the screen never showed “\(text)”; it shows:\n\(screen)", file: file, line: line)
        return screen
    }

    /// Waits for thdash to exit; its status, and whether the terminal's settings are as before it started.
    func waitForExit(timeout: TimeInterval = 15) -> (status: Int32?, restored: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = read("status").flatMap({ Int32($0) }), let after = read("after") {
                return (status, after == read("before"))
            }
            usleep(50_000)
        }
        return (nil, false)
    }

    /// Waits for thdash to stop (with `suspendable`): the status the shell saw (128 + SIGTSTP), and whether
    /// the terminal's settings were then as before thdash started.
    func waitForSuspension(timeout: TimeInterval = 15) -> (status: Int32?, restored: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = read("stopped").flatMap({ Int32($0) }), let suspended = read("suspended") {
                return (status, suspended == read("before"))
            }
            usleep(50_000)
        }
        return (nil, false)
    }

    /// Brings the stopped thdash back to the foreground (`fg`), with `suspendable`.
    func resume() {
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("resume").path, contents: nil)
    }

    /// Every byte written to the terminal since thdash started (with `recordsOutput`).
    func output() -> Data { (try? Data(contentsOf: folder.appendingPathComponent("output"))) ?? Data() }

    /// What thdash wrote to standard error, as it wrote it (with `capturesErrors`).
    func errors() -> Data { (try? Data(contentsOf: folder.appendingPathComponent("errors"))) ?? Data() }

    /// True while a process with this pid exists.
    static func isRunning(_ pid: pid_t) -> Bool { kill(pid, 0) == 0 }

    /// The pid of thdash itself (the child of the pane's shell).
    func thdashPID() -> pid_t? {
        guard let shell = read("shell") else { return nil }
        let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children?.split(separator: " ").first.flatMap { pid_t($0) }
    }

    private func path(_ name: String) -> String { Self.quote(folder.appendingPathComponent(name).path) }

    private func read(_ name: String) -> String? {
        guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else {
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        return try Spawn.run(tmux, ["-u", "-L", socket, "-f", "/dev/null"] + arguments, environment: environment).output
    }

    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func next() -> Int {
            lock.withLock {
                value += 1; return value
            }
        }
    }
}
