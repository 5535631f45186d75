import Foundation

/// The start-up probe behind `THDASH_EXIT_AFTER_FIRST_FRAME=1`, used by `thdash-bench ui`: the dashboard
/// stops after the first frame that shows data and prints how long after start the first frame (maybe the
/// loading screen) and the first frame with data (every article loaded and shown) reached the terminal.
/// Times count from `main`, so the process's exec and dynamic loading are left out; the monotonic clock
/// reading lets the benchmark count from the spawn instead.
final class FirstFrameProbe {
    static let variable = "THDASH_EXIT_AFTER_FIRST_FRAME"
    /// Fixed on first use, which `Thdash.main` makes the first thing it does.
    static let start = ContinuousClock.now

    private var first: Duration?
    private var withData: Duration?
    /// CLOCK_MONOTONIC at the frame with data, in nanoseconds: the same clock in every process, so a
    /// benchmark can count from the moment it spawned thdash (exec and dynamic loading included) to the
    /// frame, leaving out the quitting that comes before the report.
    private var withDataMonotonic: UInt64?

    static var isRequested: Bool { ProcessInfo.processInfo.environment[variable] == "1" }

    /// Notes a frame; false once a frame with data was drawn (the loop should stop).
    func frameDrawn(hasData: Bool) -> Bool {
        let elapsed = ContinuousClock.now - Self.start
        if first == nil { first = elapsed }
        if hasData {
            withData = elapsed
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            withDataMonotonic = UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
        }
        return !hasData
    }

    /// The process's peak resident memory so far (VmHWM, kB): its own, unlike `getrusage`'s maximum, which
    /// after `posix_spawn` includes the spawning process's peak.
    static var peakResidentKilobytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
    }

    /// "first-frame-ms=12.3 data-frame-ms=45.6 data-frame-monotonic-ns=123456789 peak-rss-kb=123456"
    var report: String {
        func ms(_ duration: Duration?) -> String {
            guard let duration else { return "none" }
            let (seconds, attoseconds) = duration.components
            return String(format: "%.1f", Double(seconds) * 1e3 + Double(attoseconds) / 1e15)
        }
        return "first-frame-ms=\(ms(first)) data-frame-ms=\(ms(withData))"
            + " data-frame-monotonic-ns=\(withDataMonotonic.map(String.init) ?? "none")"
            + " peak-rss-kb=\(Self.peakResidentKilobytes.map(String.init) ?? "none")"
    }
}
