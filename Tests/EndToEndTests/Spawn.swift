import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to its end with posix_spawn and waitpid, its standard output and error each sent where the
/// test says: captured (through a temporary file or a pipe), discarded, closed, or into a pipe nobody reads.
/// (Foundation's Process could wait forever on a tmux client whose server lives on.) The child starts with
/// SIGPIPE and SIGXFSZ at their default actions and no signal blocked, as from a shell, whatever the test
/// process has done with them.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Where a child's standard output or standard error goes.
    enum Destination {
        /// Into a temporary file, read at the end: safe with a child that leaves a daemon holding its
        /// descriptors (a tmux client's server), where a pipe would never reach its end.
        case file
        /// Through a pipe, read while the child runs: for a child limited in file size (ulimit -f).
        case pipe
        /// Through a pipe whose writing end is non-blocking, as a parent sharing it may leave it: a write
        /// into the full pipe fails with EAGAIN instead of waiting.
        case nonBlockingPipe
        case discarded
        /// Not open at all (`>&-`).
        case closed
        /// A pipe whose reading end is already closed: the first write meets a broken pipe.
        case brokenPipe
    }

    struct Outcome {
        /// The exit status, or 128 + the signal that ended the program, as a shell reports it.
        var status: Int32
        /// The bytes written to standard output and to standard error, as they are.
        var outputBytes: Data
        var errorBytes: Data
        var output: String { String(decoding: outputBytes, as: UTF8.self) }
        var errors: String { String(decoding: errorBytes, as: UTF8.self) }
    }

    /// Runs `path` with `arguments`, standard output captured and standard error discarded.
    static func run(
        _ path: String, _ arguments: [String], environment: [String: String], timeout: TimeInterval = 120
    ) throws -> (status: Int32, output: String) {
        let outcome = try run(
            path, arguments, environment: environment, output: .file, errors: .discarded, timeout: timeout)
        return (outcome.status, outcome.output)
    }

    /// Runs `path` like `run`, with standard input from `input` (a file; /dev/null when nil), and returns
    /// the bytes it wrote to standard output and to standard error, as they are.
    static func capture(
        _ path: String, _ arguments: [String], environment: [String: String], input: String? = nil,
        timeout: TimeInterval = 120
    ) throws -> (status: Int32, output: Data, errors: Data) {
        let outcome = try run(
            path, arguments, environment: environment, input: input, output: .file, errors: .file, timeout: timeout)
        return (outcome.status, outcome.outputBytes, outcome.errorBytes)
    }

    /// Runs `path` with `arguments`, standard input from `input` (a file; /dev/null when nil); a program
    /// still running after `timeout` seconds is killed and the run fails (a hang in the program under test
    /// then fails its test instead of stalling the suite).
    static func run(
        _ path: String, _ arguments: [String], environment: [String: String], input: String? = nil,
        output: Destination, errors: Destination, timeout: TimeInterval = 120
    ) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        let outputCapture = try Capture(output, descriptor: 1, actions: &actions)
        let errorCapture = try Capture(errors, descriptor: 2, actions: &actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigaddset(&defaults, SIGXFSZ)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        outputCapture.spawned()
        errorCapture.spawned()
        guard spawned == 0 else { throw Failure(description: "cannot start \(path): error \(spawned)") }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            outputCapture.drain()
            errorCapture.drain()
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid || (done < 0 && errno != EINTR) { break }
            if Date() > deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                throw Failure(
                    description: "\(path) \(arguments.joined(separator: " ")) still ran after \(Int(timeout)) s")
            }
            usleep(5_000)
        }
        let exited = status & 0x7f == 0
        return Outcome(
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), outputBytes: outputCapture.finish(),
            errorBytes: errorCapture.finish())
    }

    /// One of the child's descriptors set up as its `Destination` says, and what it wrote there.
    private final class Capture {
        private var filePath: String?
        /// The parent's reading end of a `.pipe`, non-blocking.
        private var reader: Int32 = -1
        /// The parent's copy of the child's end of a pipe, closed once the child has its own.
        private var writer: Int32 = -1
        private var bytes: [UInt8] = []

        init(
            _ destination: Destination, descriptor: Int32, actions: inout posix_spawn_file_actions_t
        ) throws {
            switch destination {
            case .file:
                let path = FileManager.default.temporaryDirectory
                    .appendingPathComponent("thdash-e2e-out-\(getpid())-\(UUID().uuidString)").path
                filePath = path
                posix_spawn_file_actions_addopen(&actions, descriptor, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            case .discarded:
                posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
            case .closed:
                posix_spawn_file_actions_addclose(&actions, descriptor)
            case .pipe, .nonBlockingPipe, .brokenPipe:
                var ends: [Int32] = [-1, -1]
                guard pipe(&ends) == 0 else { throw Failure(description: "pipe: errno \(errno)") }
                (reader, writer) = (ends[0], ends[1])
                // Close-on-exec, so that no other program the tests start holds them (the child gets its own
                // copy by dup2, which clears the flag).
                _ = fcntl(reader, F_SETFD, FD_CLOEXEC)
                _ = fcntl(writer, F_SETFD, FD_CLOEXEC)
                posix_spawn_file_actions_adddup2(&actions, writer, descriptor)
                if case .brokenPipe = destination {
                    close(reader)
                    reader = -1
                } else {
                    _ = fcntl(reader, F_SETFL, O_NONBLOCK)
                }
                if case .nonBlockingPipe = destination { _ = fcntl(writer, F_SETFL, O_NONBLOCK) }
            }
        }

        deinit {
            if reader >= 0 { close(reader) }
            if writer >= 0 { close(writer) }
            if let filePath { unlink(filePath) }
        }

        /// Called once the child is started: from now on only the child holds the writing end.
        func spawned() {
            if writer >= 0 { close(writer) }
            writer = -1
        }

        /// Reads what the pipe holds now.
        func drain() {
            guard reader >= 0 else { return }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = read(reader, &chunk, chunk.count)
                if count > 0 {
                    bytes += chunk[0..<count]
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    if count == 0 {
                        close(reader)
                        reader = -1
                    }
                    return
                }
            }
        }

        /// Everything the child wrote (the child has ended).
        func finish() -> Data {
            drain()
            if let filePath, let data = FileManager.default.contents(atPath: filePath) { return data }
            return Data(bytes)
        }
    }
}
