import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One start of the built `thdash` in a fresh pseudo-terminal at 120×40 with `THDASH_EXIT_AFTER_FIRST_FRAME=1`
/// (it quits after the first frame that shows the loaded data and prints a report): the time from spawning
/// it to that frame, and to its report, the report, and the process's peak resident memory (VmHWM, which
/// thdash reads and reports when it has quit and written its cache).
struct DashboardRun {
    /// From the spawn to the frame with data reaching the terminal.
    var frameMilliseconds: Double
    /// From the spawn to the report, printed once thdash has quit (after tearing its state down).
    var milliseconds: Double
    var report: String
    var peakMegabytes: Double

    static func start(_ binary: String, arguments: [String] = [], environment extra: [String: String] = [:]) throws
        -> DashboardRun
    {
        // posix_openpt and friends are not imported from Glibc; their Linux ioctls are (TIOCSPTLCK, TIOCGPTN).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw BenchmarkError("cannot open a pseudo-terminal")
        }
        defer { close(master) }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else { throw BenchmarkError("cannot open /dev/pts/\(number)") }

        var environment = ProcessInfo.processInfo.environment
        environment["THDASH_EXIT_AFTER_FIRST_FRAME"] = "1"
        environment["TERM"] = "xterm-256color"
        environment["COLUMNS"] = "120"
        environment["LINES"] = "40"
        environment["LC_ALL"] = "C.UTF-8"
        environment.merge(extra) { $1 }
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, 0x80)  // glibc's POSIX_SPAWN_SETSID, which Swift does not import

        var transcript: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let marker = Array("data-frame-ms=".utf8)
        let clock = ContinuousClock()
        var spawnTime = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spawnTime)
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
        close(slave)
        guard spawned == 0 else {
            throw BenchmarkError("cannot start \(binary): \(String(cString: strerror(spawned)))")
        }
        var elapsed: Duration?
        // Read until the report's line is complete; read fails (EIO) once thdash has closed the terminal.
        while true {
            let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            transcript += chunk[0..<count]
            if elapsed == nil, let found = transcript.firstRange(of: marker),
                transcript[found.upperBound...].contains(UInt8(ascii: "\n"))
            {
                elapsed = clock.now - start
            }
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let text = String(decoding: transcript, as: UTF8.self)
        guard let elapsed,
            let line = text.split(whereSeparator: \.isNewline).last(where: { $0.contains("first-frame-ms=") })
        else { throw BenchmarkError("thdash printed no first-frame report: \(text.suffix(300))") }
        // The line may start with what endwin sent the terminal; keep the report itself.
        let report = line[line.range(of: "first-frame-ms=")!.lowerBound...]
        let (seconds, attoseconds) = elapsed.components
        guard let stamp = report.split(separator: " ").first(where: { $0.hasPrefix("data-frame-monotonic-ns=") }),
            let frameNanoseconds = UInt64(stamp.dropFirst("data-frame-monotonic-ns=".count))
        else { throw BenchmarkError("the report has no data-frame-monotonic-ns: \(report)") }
        let spawnNanoseconds = UInt64(spawnTime.tv_sec) * 1_000_000_000 + UInt64(spawnTime.tv_nsec)
        // thdash's own peak (VmHWM); wait4's ru_maxrss would be at least this benchmark's own peak, since
        // posix_spawn's child starts in the parent's memory and Linux keeps that peak across exec.
        let peak = report.split(separator: " ").first { $0.hasPrefix("peak-rss-kb=") }
            .flatMap { Double($0.dropFirst("peak-rss-kb=".count)) }
        return DashboardRun(
            frameMilliseconds: Double(Int64(frameNanoseconds) - Int64(spawnNanoseconds)) / 1e6,
            milliseconds: Double(seconds) * 1e3 + Double(attoseconds) / 1e15,
            report: report.trimmingCharacters(in: .whitespaces),
            peakMegabytes: (peak ?? Double(usage.ru_maxrss)) / 1024)
    }

    /// The thdash next to this benchmark (the same build), else `THDASH_BINARY`.
    static func thdashPath() throws -> String {
        if let path = ProcessInfo.processInfo.environment["THDASH_BINARY"], !path.isEmpty { return path }
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let path = here.appendingPathComponent("thdash").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchmarkError(
                "no thdash next to thdash-bench; build it (swift build -c release) or set THDASH_BINARY")
        }
        return path
    }

    /// The run with the median time to the frame with data.
    static func median(_ runs: [DashboardRun]) -> DashboardRun {
        runs.sorted { $0.frameMilliseconds < $1.frameMilliseconds }[runs.count / 2]
    }
}
