import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to its end with posix_spawn and waitpid, standard output (and standard error) captured
/// through temporary files. (Foundation's Process could wait forever on a tmux client whose server lives on.)
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `path` with `arguments`; a program still running after `timeout` seconds is killed and the run
    /// fails (a hang in the program under test then fails its test instead of stalling the suite).
    static func run(
        _ path: String, _ arguments: [String], environment: [String: String], timeout: TimeInterval = 120
    ) throws -> (status: Int32, output: String) {
        let run = try capture(path, arguments, environment: environment, timeout: timeout)
        return (run.status, String(decoding: run.output, as: UTF8.self))
    }

    /// Runs `path` like `run`, with standard input from `input` (a file; /dev/null when nil), and returns
    /// the bytes it wrote to standard output and to standard error, as they are.
    static func capture(
        _ path: String, _ arguments: [String], environment: [String: String], input: String? = nil,
        timeout: TimeInterval = 120
    ) throws -> (status: Int32, output: Data, errors: Data) {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("thdash-e2e-out-\(getpid())-\(UUID().uuidString)").path
        let errorsPath = outputPath + "-errors"
        defer {
            unlink(outputPath)
            unlink(errorsPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot start \(path): error \(spawned)") }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while true {
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
        let output = (try? Data(contentsOf: URL(fileURLWithPath: outputPath))) ?? Data()
        let errors = (try? Data(contentsOf: URL(fileURLWithPath: errorsPath))) ?? Data()
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output, errors)
    }
}
