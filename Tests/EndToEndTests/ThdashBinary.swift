import Foundation
import XCTest

/// Finds the built `thdash`: `THDASH_BINARY`, else next to the running test bundle (the same build folder),
/// else builds it into that folder. Finding it also points the tests' thdash at a cache folder of their own.
enum ThdashBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private static let found = Result { try locate() }

    static func path() throws -> String {
        _ = cacheIsolated
        return try found.get()
    }

    /// Where every thdash the tests start keeps its cache of extracted figures unless the test names another
    /// place: a run without --cache-dir or --no-cache must not write into the user's ~/.cache/thdash.
    private static let cacheFolder = FileManager.default.temporaryDirectory
        .appendingPathComponent("thdash-e2e-cache-\(getpid())").path

    /// THDASH_CACHE_DIR set in the test process's own environment, which the tests pass on to what they
    /// start; the folder removed when the tests end.
    private static let cacheIsolated: Void = {
        setenv("THDASH_CACHE_DIR", cacheFolder, 1)
        atexit { try? FileManager.default.removeItem(atPath: ThdashBinary.cacheFolder) }
    }()

    private static func locate() throws -> String {
        let fm = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["THDASH_BINARY"], !explicit.isEmpty { return explicit }
        // The test bundle lives in <scratch>/<triple>/debug/; so does the thdash of the same build.
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidate = bundle.deletingLastPathComponent().appendingPathComponent("thdash").path
        if fm.isExecutableFile(atPath: candidate) { return candidate }
        for scratch in [".build", ".build-dash"] {
            let path = packageRoot.appendingPathComponent("\(scratch)/debug/thdash").path
            if fm.isExecutableFile(atPath: path) { return path }
        }
        return try build()
    }

    /// `swift build --product thdash` into the default scratch folder.
    private static func build() throws -> String {
        let (status, _) = try Spawn.run(
            "/usr/bin/env", ["swift", "build", "--product", "thdash", "--package-path", packageRoot.path],
            environment: ProcessInfo.processInfo.environment, timeout: 3600)
        let path = packageRoot.appendingPathComponent(".build/debug/thdash").path
        guard status == 0, FileManager.default.isExecutableFile(atPath: path) else {
            throw XCTSkip("could not find or build thdash (set THDASH_BINARY to a built binary)")
        }
        return path
    }
}
