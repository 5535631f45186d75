import Foundation
import XCTest

/// Finds the built `thdash`: `THDASH_BINARY`, else next to the running test bundle (the same build folder),
/// else builds it into that folder.
enum ThdashBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private static let found = Result { try locate() }

    static func path() throws -> String { try found.get() }

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
