/// Buckets of observation indices in one flat array: bucket `b` is `items[offsets[b]..<offsets[b + 1]]`.
/// Built by a stable counting sort, so items keep their input order within a bucket.
struct CompactIndex: Sendable {
    private(set) var offsets: [Int32]
    private(set) var items: [Int32]

    init() {
        offsets = [0]
        items = []
    }

    /// Distributes `source` into `bucketCount` buckets; `buckets[k]` is the bucket of `source[k]`.
    init(bucketCount: Int, source: [Int32], buckets: [Int32]) {
        var starts = [Int32](repeating: 0, count: bucketCount + 1)
        for bucket in buckets { starts[Int(bucket) + 1] += 1 }
        for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
        offsets = starts
        var out = [Int32](repeating: 0, count: source.count)
        for (item, bucket) in zip(source, buckets) {
            out[Int(starts[Int(bucket)])] = item
            starts[Int(bucket)] += 1
        }
        items = out
    }

    var bucketCount: Int { offsets.count - 1 }

    subscript(bucket: Int) -> ArraySlice<Int32> {
        guard bucket >= 0 && bucket < bucketCount else { return [] }
        return items[Int(offsets[bucket])..<Int(offsets[bucket + 1])]
    }
}
