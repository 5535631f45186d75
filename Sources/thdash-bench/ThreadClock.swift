import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// CPU time of the calling thread, in seconds: what one core spent, whatever else the machine runs.
enum ThreadClock {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
