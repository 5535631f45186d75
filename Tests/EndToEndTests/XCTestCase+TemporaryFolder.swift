import Foundation
import XCTest

extension XCTestCase {
    /// A new empty folder in the temporary directory, removed when the test ends: where a test's thdash
    /// keeps its cache, never under the user's home.
    func temporaryFolder(_ label: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("thdash-\(label)-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder.path
    }
}
