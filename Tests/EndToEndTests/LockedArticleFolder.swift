import Foundation
import XCTest

/// A folder of good articles, one of which has lost its read permission (mode 000), set up so that the
/// permission really holds for the thdash that reads it. Root ignores file modes, so as root the folder holds
/// its own copy of thdash and of the catalog, the whole chain is world-readable (a temporary folder is made
/// 0700), and `command` runs thdash as user nobody through `setpriv` (util-linux). As anyone else, thdash
/// runs directly. Either way the test is skipped, saying why, when the file could still be read.
struct LockedArticleFolder {
    static let nobody = 65534

    let root: URL
    /// Articles that must load, by file name.
    let good = ["good-cement.md", "good-shoes.md", "good-power.md"]
    /// The article with mode 000 (it has a figure, so reading it would change the count).
    let locked = "locked-beer.md"
    /// The thdash to run and the catalog to give it.
    let binary: String
    let catalog: String
    /// setpriv, when thdash must run as nobody.
    private let setpriv: String?

    init(_ test: XCTestCase) throws {
        let fm = FileManager.default
        let runsAsRoot = getuid() == 0
        if runsAsRoot {
            guard let found = ["/usr/bin/setpriv", "/bin/setpriv"].first(where: fm.isExecutableFile) else {
                throw XCTSkip(
                    "running as root, which ignores file modes, and setpriv (util-linux) is not installed to run as nobody"
                )
            }
            setpriv = found
        } else {
            setpriv = nil
        }
        root = fm.temporaryDirectory.appendingPathComponent("thdash-locked-\(getpid())-\(UUID().uuidString)")
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        let root = self.root
        test.addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
        if runsAsRoot {
            // nobody must be able to reach the folder: every folder above it searchable by others.
            var above = root.deletingLastPathComponent()
            while above.path != "/" {
                let mode = try fm.attributesOfItem(atPath: above.path)[.posixPermissions] as? Int ?? 0
                if mode & 0o001 == 0 { throw XCTSkip("\(above.path) cannot be entered by nobody (mode \(mode))") }
                above = above.deletingLastPathComponent()
            }
        }

        binary = root.appendingPathComponent("thdash").path
        try fm.copyItem(atPath: try ThdashBinary.path(), toPath: binary)
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary)
        catalog = root.appendingPathComponent("catalog.tsv").path
        try fm.copyItem(
            atPath: ThdashBinary.packageRoot.appendingPathComponent("Data/catalog.tsv").path, toPath: catalog)
        try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: catalog)

        try fm.createDirectory(at: articles, withIntermediateDirectories: false)
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: articles.path)
        try write("good-cement.md", "Trong tháng 3/2024, sản lượng xi măng toàn tỉnh tăng 7,5% so với cùng kỳ.")
        try write("good-shoes.md", "Tháng 3/2024, giày thể thao tăng 12,4% so với cùng kỳ năm trước.")
        try write("good-power.md", "Tháng 3/2024, sản lượng điện thương phẩm tăng 3,1% so với cùng kỳ.")
        try write(locked, "Tháng 3/2024, bia tăng 2% so với cùng kỳ.")
        XCTAssertEqual(chmod(path(locked), 0), 0, "cannot take away the read permission")
        if !runsAsRoot && access(path(locked), R_OK) == 0 {
            throw XCTSkip("a file with mode 000 can still be read by this user (a capability overrides modes)")
        }
    }

    var articles: URL { root.appendingPathComponent("articles") }

    func path(_ name: String) -> String { articles.appendingPathComponent(name).path }

    /// The program and arguments that run thdash with `arguments` as a user file modes apply to.
    func command(_ arguments: [String]) -> (program: String, arguments: [String]) {
        guard let setpriv else { return (binary, arguments) }
        return (
            setpriv, ["--reuid=\(Self.nobody)", "--regid=\(Self.nobody)", "--clear-groups", binary] + arguments
        )
    }

    private func write(_ name: String, _ text: String) throws {
        let url = articles.appendingPathComponent(name)
        try Data("---\ntitle: \(name)\ndate: 2024-04\n---\n\(text)\n".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
    }
}
