import Foundation
import XCTest

@testable import ThdashExtraction

/// Issue "hostile files", finding 5 (silent loss): folders are walked to any depth, a loop or a link to
/// nothing is named, and a file reached by more than one path counts once.
final class DiscoveryTests: XCTestCase {
    private let cement = "Tháng 3/2024, sản lượng xi măng toàn tỉnh Thanh Hóa tăng 7,5% so với cùng kỳ."
    private let shoes = "Tháng 3/2024, giày thể thao Thanh Hóa tăng 12,4% so với cùng kỳ năm trước."

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    private var reader: CorpusReader { CorpusReader(extractor: TestSupport.extractor) }

    /// Reproduction: 70 nested folders, the article at the bottom. It used to be skipped (a depth limit of
    /// 64) while `check` said every file was read.
    func testTheDeepestFileOfA70LevelTreeIsRead() throws {
        let root = try TestSupport.temporaryFolder(self).path
        var folder = root
        for level in 1...70 { folder += "/level-\(level)" }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try write(cement, to: folder + "/deep.md")

        let discovery = ArticleLoader.discover([root])
        XCTAssertEqual(discovery.files, [folder + "/deep.md"])
        XCTAssertTrue(discovery.failures.isEmpty && discovery.skipped.isEmpty)
        let result = reader.read([root])
        XCTAssertEqual(result.figures.map(\.product), ["cement"])
    }

    /// A link from deep inside a tree back to its top: the tree is walked once, the link named as a loop.
    func testAFolderLoopIsWalkedOnceAndNamed() throws {
        let root = try TestSupport.temporaryFolder(self).path
        try FileManager.default.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
        try write(cement, to: root + "/a/b/cement.md")
        try link(root + "/a/b/back", to: "../..")

        let discovery = ArticleLoader.discover([root])
        XCTAssertEqual(discovery.files, [root + "/a/b/cement.md"])
        XCTAssertEqual(discovery.skipped, [SkippedPath(path: root + "/a/b/back", why: .loop(backTo: root))])
        XCTAssertEqual(
            discovery.skipped.first?.reason, "symbolic link loop back to \(root); its files are read there")
        XCTAssertTrue(discovery.failures.isEmpty)
    }

    /// A link to nothing is named: a failure when it is named like an article (one the user meant to be
    /// read, as a missing file given directly is), a skipped path otherwise (it may have been a folder).
    func testADanglingSymbolicLinkIsNamed() throws {
        let root = try TestSupport.temporaryFolder(self).path
        try write(cement, to: root + "/cement.md")
        try link(root + "/gone.md", to: "nowhere.md")
        try link(root + "/gone-folder", to: "/nonexistent/folder")

        let result = reader.read([root, root + "/gone.md"])
        XCTAssertEqual(result.figures.map(\.product), ["cement"])
        let failure = LoadFailure(path: root + "/gone.md", cause: .danglingLink(to: "nowhere.md"))
        XCTAssertEqual(result.failures, [failure, failure])
        XCTAssertEqual(failure.reason, "symbolic link to nowhere.md, which does not exist")
        XCTAssertEqual(
            result.skipped, [SkippedPath(path: root + "/gone-folder", why: .danglingLink(to: "/nonexistent/folder"))])
    }

    /// Reproduction: the same file given twice, or a folder and a file in it, was counted twice. Now by
    /// device and inode it counts once, whichever way it is reached: twice by name, through its folder,
    /// through two symbolic links, through a hard link.
    func testAFileReachedByManyPathsIsCountedOnce() throws {
        let root = try TestSupport.temporaryFolder(self).path
        let folder = root + "/articles"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try write(cement, to: folder + "/cement.md")
        try write(shoes, to: folder + "/shoes.md")
        try link(root + "/first-link.md", to: folder + "/cement.md")
        try link(root + "/second-link.md", to: "articles/cement.md")
        XCTAssertEqual(Glibc.link(folder + "/shoes.md", folder + "/shoes-hard.md"), 0, "cannot make a hard link")

        let cement = folder + "/cement.md"
        let result = reader.read([
            folder, cement, cement, root + "/first-link.md", root + "/second-link.md", folder + "/",
        ])
        XCTAssertEqual(result.figures.compactMap(\.product).sorted(), ["cement", "sports-shoes"])
        XCTAssertEqual(result.articles.map(\.path), [cement, folder + "/shoes-hard.md"])
        XCTAssertTrue(result.failures.isEmpty)
        XCTAssertEqual(
            Set(result.skipped),
            [
                SkippedPath(path: folder + "/", why: .sameFolder(as: folder)),
                SkippedPath(path: folder + "/shoes.md", why: .sameFile(as: folder + "/shoes-hard.md")),
                SkippedPath(path: cement, why: .sameFile(as: cement)),
                SkippedPath(path: root + "/first-link.md", why: .sameFile(as: cement)),
                SkippedPath(path: root + "/second-link.md", why: .sameFile(as: cement)),
            ])
        XCTAssertEqual(result.skipped.count, 6, "the file given twice is skipped twice")
        XCTAssertEqual(
            result.skipped.first { $0.path == root + "/first-link.md" }?.reason,
            "the same file as \(cement); counted once")
    }

    /// Many paths given at once (as a shell glob gives them) are all read, each once.
    func testManyPathsAreReadEachOnce() throws {
        let root = try TestSupport.temporaryFolder(self).path
        var paths: [String] = []
        for index in 0..<2_000 {
            let path = root + "/article-\(index).md"
            try write(index.isMultiple(of: 2) ? cement : shoes, to: path)
            paths.append(path)
        }
        let result = reader.read(paths + paths.prefix(10))
        XCTAssertEqual(result.articles.map(\.path), paths)
        XCTAssertEqual(result.figures.count, 2_000)
        XCTAssertEqual(result.skipped.map(\.path), Array(paths.prefix(10)))
    }
}
