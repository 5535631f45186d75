import Foundation
import Testing
import ThdashUI

/// Golden screens: a buffer's text compared with a file in Golden/ beside this file. `THDASH_RECORD=1`
/// rewrites the files instead, and the test fails so that a recording is never mistaken for a pass.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["THDASH_RECORD"] == "1" }

    static func check(_ buffer: Buffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = buffer.lines.joined(separator: "\n") + "\n"
        if isRecording {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try! actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record(
                "recorded \(file.lastPathComponent); run again without THDASH_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file \(file.path); record it with THDASH_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let diff = zip(
                expected.split(separator: "\n", omittingEmptySubsequences: false),
                actual.split(separator: "\n", omittingEmptySubsequences: false)
            )
            .enumerated().filter { $0.element.0 != $0.element.1 }
            .map { "line \($0.offset + 1):\n  expected |\($0.element.0)|\n  actual   |\($0.element.1)|" }
            Issue.record(
                "\(name) differs from its golden file:\n\(diff.prefix(6).joined(separator: "\n"))\n\(actual)",
                sourceLocation: sourceLocation)
        }
    }
}
