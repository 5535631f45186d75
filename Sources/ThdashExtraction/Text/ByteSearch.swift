#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds a run of bytes in another, for text already known to be valid UTF-8 (a quote in its sentence, a
/// marker in a saved page's class names), where `String`'s search would compare canonically, and slowly.
package enum ByteSearch {
    /// Where `needle`'s bytes first occur in `hay` (memchr for the first byte, then memcmp); 0 for an empty
    /// needle.
    package static func firstOccurrence(
        of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        guard let first = needle.first, let base = hay.baseAddress, needle.count <= hay.count else {
            return needle.isEmpty ? 0 : nil
        }
        let last = hay.count - needle.count
        var start = 0
        while start <= last {
            guard let found = memchr(base + start, Int32(first), last - start + 1) else { return nil }
            start = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if memcmp(base + start, needle.baseAddress!, needle.count) == 0 { return start }
            start += 1
        }
        return nil
    }
}
