import ThdashExtraction

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Unbuffered writes to standard output and standard error, every one checked: a write that fails throws, and
/// `end(after:)` turns that into thdash's exit (EX_IOERR, or SIGPIPE for a reader that went away). What
/// goes to standard error carries file names, option values and environment variables, any of which may
/// hold an escape sequence: it goes through `PrintableText`'s rule.
enum StandardStreams {
    /// sysexits.h's EX_IOERR: the status of a run whose output could not be written.
    static let ioErrorStatus: Int32 = 74

    /// Which of descriptors 0, 1 and 2 were closed when thdash started (`thdash figures >&-`). Each is opened
    /// on /dev/null at once, so that no file opened later (a cache file, an event queue) takes its number and
    /// receives the output; writes to a stream closed at start still fail, with EBADF, as they would have.
    /// `Thdash.main` touches this first, before anything opens a file.
    static let closedAtStart: Set<Int32> = {
        var closed: Set<Int32> = []
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
        where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            closed.insert(descriptor)
            // The lower descriptors are open by now, so open returns this one.
            _ = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
        }
        return closed
    }()

    static func write(_ text: String) throws(StreamFailure) {
        try write(text, to: .output)
    }

    /// Bytes on standard output (JSON made as bytes).
    static func write(bytes: [UInt8]) throws(StreamFailure) {
        let failure = bytes.withUnsafeBufferPointer { writeAll($0, to: StreamFailure.Stream.output.descriptor) }
        if let failure { throw StreamFailure(stream: .output, code: failure) }
    }

    /// One line on standard error, every control character in it escaped (a line break too: one record,
    /// one line).
    static func error(_ line: String) throws(StreamFailure) {
        try write(PrintableText.escapingControls(line) + "\n", to: .error)
    }

    /// A message of several lines (the argument parser's, with its usage) on standard error.
    static func errorLines(_ message: String) throws(StreamFailure) {
        try write(printableLines(message) + "\n", to: .error)
    }

    /// Each line of `text` with its control characters escaped; the line breaks kept.
    static func printableLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(PrintableText.escapingControls)
            .joined(separator: "\n")
    }

    /// What reading the articles could not do, one line each: unreadable files, paths skipped, cache
    /// problems.
    static func report(_ result: CorpusReader.Result, cacheNotes: [CacheNote]) throws(StreamFailure) {
        for failure in result.failures { try error("thdash: \(failure)") }
        for path in result.skipped { try error("thdash: skipped \(path)") }
        for note in cacheNotes { try error("thdash: \(note)") }
    }

    /// Ends thdash after a failed write. A broken pipe ends it by SIGPIPE, silently, as a writer into
    /// `| head` ends (status 141 in the shell): with SIGPIPE at its default action the write never returns,
    /// so this is reached only when the parent left SIGPIPE ignored. Anything else is reported on the other
    /// stream if it can be, and the status is EX_IOERR (74).
    static func end(after failure: StreamFailure) -> Never {
        if failure.isBrokenPipe {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            exit(128 + SIGPIPE)  // SIGPIPE blocked: the same status without the signal
        }
        try? write(PrintableText.escapingControls("thdash: \(failure)") + "\n", to: failure.stream.other)
        exit(ioErrorStatus)
    }

    /// Writes all of `text`, through interruptions, short writes and a descriptor left non-blocking by
    /// whoever opened it (which returns EAGAIN when a pipe is full: wait until it drains).
    private static func write(_ text: String, to stream: StreamFailure.Stream) throws(StreamFailure) {
        let descriptor = stream.descriptor
        var text = text
        let failure = text.withUTF8 { writeAll($0, to: descriptor) }
        if let failure { throw StreamFailure(stream: stream, code: failure) }
    }

    /// Writes every byte; the errno of a failure, or nil.
    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        if closedAtStart.contains(descriptor) { return EBADF }
        var done = 0
        while done < bytes.count {
            let count = systemWrite(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if count > 0 {
                done += count
            } else if count < 0 && errno == EINTR {
                continue
            } else if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
            } else {
                return count < 0 ? errno : EIO
            }
        }
        return nil
    }
}

/// write(2), out of reach of the `write` methods above inside `StandardStreams`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
