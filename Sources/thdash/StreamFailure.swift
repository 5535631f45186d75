#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A write to standard output or standard error that failed: which stream, and the system's reason.
struct StreamFailure: Error, CustomStringConvertible {
    enum Stream {
        case output, error

        var descriptor: Int32 { self == .output ? STDOUT_FILENO : STDERR_FILENO }
        var name: String { self == .output ? "standard output" : "standard error" }
        /// The stream a failure of this one is reported on.
        var other: Stream { self == .output ? .error : .output }
    }

    var stream: Stream
    /// The errno of the failed write.
    var code: Int32

    /// True when the reader of a pipe went away (`thdash figures | head -1`): no error of thdash's.
    var isBrokenPipe: Bool { code == EPIPE }

    /// "cannot write to standard output: No space left on device"
    var description: String { "cannot write to \(stream.name): \(String(cString: strerror(code)))" }
}
