/// What walking the given paths found: the files to read in the order met, the paths that cannot be read,
/// and the paths passed over (a folder reached twice, a link loop, a link to nothing).
public struct Discovery: Sendable {
    public var files: [String] = []
    public var failures: [LoadFailure] = []
    public var skipped: [SkippedPath] = []

    public init() {}
}
