import Foundation
import ThdashExtraction
import XCTest

/// A folder of articles with hostile files among good ones, written for a test and removed after it: each
/// hostile file with the reason the loader must give for it. The good articles are the project's own
/// sentences.
struct HostileFolder {
    let root: URL
    /// A cache folder of its own, beside the articles, so that no test writes under the user's home.
    let cache: String
    /// Articles that must load, by file name: one carries escape sequences in its text, and the names of
    /// others carry them (OSC 52, which sets the terminal's clipboard; CSI 2J, which clears the screen; a
    /// right-to-left override; DEL; the one-byte C1 CSI). Each gives one figure.
    let good = [
        "escapes.md", "good-cement.md", "good-shoes.md", "osc52-\u{1B}]52;c;eA==\u{07}.md", "csi-\u{1B}[2J.md",
        "rlo-\u{202E}dm.md", "del-\u{7F}.md", "c1-\u{9B}2J.md",
    ]
    /// Every file that must be named as unreadable: its name as printed (controls escaped), and its reason in
    /// English (`thdash check`) and in Vietnamese (the dashboard's Sources screen).
    private(set) var bad: [(name: String, reason: String, vietnamese: String)] = []

    init(_ test: XCTestCase) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("thdash-hostile-\(getpid())-\(UUID().uuidString)")
        cache = root.path + "-cache"
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let root = self.root
        let cache = self.cache
        test.addTeardownBlock {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(atPath: cache)
        }

        try write(
            "good-cement.md",
            text: "Trong tháng 3/2024, sản lượng xi măng toàn tỉnh Thanh Hóa tăng 7,5% so với cùng kỳ.")
        try write("good-shoes.md", text: "Tháng 3/2024, giày thể thao Thanh Hóa tăng 12,4% so với cùng kỳ năm trước.")
        for name in good.dropFirst(3) {
            try write(name, text: "Tháng 3/2024, sản lượng xi măng toàn tỉnh Thanh Hóa tăng 7,5% so với cùng kỳ.")
        }
        // Escape sequences in the title and the text: the file is fine, what it holds must not reach a screen.
        try write(
            "escapes.md",
            bytes: Array(
                ("---\ntitle: Điện \u{1B}[31mđỏ\u{1B}[0m \u{1B}]0;owned\u{07} tháng ba\u{9B}2J\ndate: 2024-04\n---\n"
                    + "Tháng 3/2024, sản lượng điện \u{1B}[2J thương phẩm tăng 3,1% so với cùng kỳ.\n").utf8))

        try write(
            "bad-utf8.md", bytes: Array("---\ntitle: Hỏng\n---\nXi m".utf8) + [0xC3, 0x28] + Array("ng 5%\n".utf8))
        bad.append(
            (
                "bad-utf8.md", "not valid UTF-8 (bad byte at offset 26)",
                "không phải văn bản UTF-8 (byte sai ở vị trí 26)"
            ))
        try write("nul.md", bytes: Array("Xi măng tăng".utf8) + [0] + Array(" 5%\n".utf8))
        bad.append(("nul.md", "binary file (NUL byte at offset 14)", "tệp nhị phân (byte NUL ở vị trí 14)"))
        try write("empty.md", bytes: [])
        bad.append(("empty.md", "empty file", "tệp rỗng"))
        try write(
            "picture.md",
            bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + (0...255).map(UInt8.init))
        bad.append(("picture.md", "binary file (NUL byte at offset 8)", "tệp nhị phân (byte NUL ở vị trí 8)"))
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("x.md"), withIntermediateDirectories: false)
        bad.append(("x.md", "is a folder, not an article file", "là thư mục, không phải tệp bài báo"))
        try FileManager.default.createSymbolicLink(atPath: path("loop.md"), withDestinationPath: "loop.md")
        bad.append(("loop.md", "symbolic link loop", "liên kết vòng"))
        XCTAssertEqual(mkfifo(path("pipe.md"), 0o644), 0, "cannot make a FIFO")
        bad.append(("pipe.md", "not a regular file", "không phải tệp thông thường"))
        // A name with an escape sequence (an empty file, so it is listed as unreadable) ...
        try write("named-\u{1B}]0;owned\u{07}.md", bytes: [])
        bad.append(("named-\\x1B]0;owned\\x07.md", "empty file", "tệp rỗng"))
        // ... and names that are not UTF-8, a file's and a folder's (raw bytes, through the C API).
        let badName = Array(path("bad-name-").utf8) + [0xFF] + Array(".md".utf8)
        try createRaw(badName, folder: false)
        bad.append(("bad-name-\u{FFFD}.md", "file name is not valid UTF-8", "tên tệp không phải UTF-8"))
        try createRaw(Array(path("folder-").utf8) + [0xFE], folder: true)
        bad.append(
            (
                "folder-\u{FFFD}", "folder name is not valid UTF-8; its files were not read",
                "tên thư mục không phải UTF-8; các tệp trong đó chưa được đọc"
            ))
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// A good article's name as thdash prints it: its control characters escaped.
    func printed(_ name: String) -> String { PrintableText.escapingControls(name) }

    private func write(_ name: String, text: String) throws {
        try write(name, bytes: Array("---\ntitle: \(name)\ndate: 2024-04\n---\n\(text)\n".utf8))
    }

    private func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: root.appendingPathComponent(name))
    }

    /// Creates a file (with a good article in it) or a folder whose path is given as raw bytes.
    private func createRaw(_ path: [UInt8], folder: Bool) throws {
        let status = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { name -> Int32 in
                if folder { return mkdir(name.baseAddress!, 0o755) }
                let fd = open(name.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644)
                guard fd >= 0 else { return -1 }
                let text = Array("Tháng 3/2024, bia tăng 2% so với cùng kỳ.\n".utf8)
                _ = text.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
                return close(fd)
            }
        }
        XCTAssertEqual(status, 0, "cannot create a file with a non-UTF-8 name")
    }
}
