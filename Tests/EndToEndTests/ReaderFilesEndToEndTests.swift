import Foundation
import XCTest

/// The reader on files of its own: a saved web page is read again through the HTML reader that extracted
/// it, so that its figures' marks fall on their words (character references and page furniture shift the
/// text from the file's bytes); a file removed after loading gives a message, not a crash.
final class ReaderFilesEndToEndTests: XCTestCase {
    func testASavedPagesFiguresAreMarkedAndARemovedFileIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thdash-reader-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = """
            <html><head><meta charset="utf-8"><title>S&#7843;n xu&#7845;t th&#225;ng 8</title></head><body>
            <nav>Trang ch&#7911; | Tin t&#7913;c</nav><article><h1>Sản xuất tháng 8</h1>
            <p>Tháng 8/2024, sản lượng xi măng của tỉnh Thanh H&#243;a tăng 15,54% so với cùng kỳ.</p>
            <p>Điện sản xuất của Thanh Hóa tháng 8/2024 đạt 1.200 triệu kWh, tăng 6,5% so với cùng kỳ.</p>
            </article></body></html>
            """
        try Data(page.utf8).write(to: folder.appendingPathComponent("a.html"))
        try Data(page.utf8).write(to: folder.appendingPathComponent("b.html"))
        let tmux = try TmuxSession(arguments: [folder.path], width: 100, height: 24, environment: ["NO_COLOR": "1"])
        tmux.waitFor("bài · ")
        try tmux.send("5")
        tmux.waitFor("b.html")
        try tmux.send("Enter")
        let screen = tmux.waitFor("dòng 1–")
        XCTAssertTrue(screen.contains("sản lượng ⟦xi măng của tỉnh Thanh Hóa tăng 15,54% so với cùng kỳ⟧."), screen)
        XCTAssertTrue(screen.contains("⟦tăng 6,5% so với cùng kỳ⟧"), screen)
        XCTAssertFalse(screen.contains("Trang chủ"), "the page's furniture is not the article")
        try tmux.send("Escape")
        tmux.waitFor("Tệp")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.html"))
        try tmux.send("Down", "Enter")
        tmux.waitFor("Không đọc được bài này: không có tệp hay thư mục này")
        try tmux.send("Escape")
        tmux.waitFor("Tệp")
        try tmux.send("q")
        let exit = tmux.waitForExit()
        XCTAssertEqual(exit.status, 0)
        XCTAssertTrue(exit.restored, "stty settings differ after q")
    }
}
