import Foundation
import XCTest

@testable import ThdashExtraction
@testable import ThdashHTML

/// Saved web pages in the shape of real news sites: only the article's text, and so only its figures.
final class HTMLConverterTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let extractor = FigureExtractor(
        catalog: try! ProductCatalog.load(path: packageRoot.appendingPathComponent("Data/catalog.tsv").path))

    /// A page written for this test: site header and menu, the article, a related-news box, a footer.
    static let newsPage = """
        <!DOCTYPE html>
        <html lang="vi"><head>
        <meta charset="utf-8">
        <title>Sản xuất công nghiệp tháng 9 | Báo Tỉnh Nhà</title>
        <meta property="og:title" content="Chỉ số sản xuất công nghiệp tháng 9 tăng khá">
        <meta property="article:published_time" content="2022-10-03T08:15:00+07:00">
        <meta property="og:site_name" content="Báo Tỉnh Nhà">
        <style>.x { color: red }</style>
        <script>var tracking = "xi măng tăng 99%";</script>
        </head><body>
        <header class="site-header"><nav><ul><li><a href="/">Trang chủ</a></li><li>Kinh tế</li></ul></nav>
        <div class="ticker">Giá vàng tăng 5% trong tuần</div></header>
        <div class="main-wrap"><aside class="sidebar"><p>Đọc nhiều: bia tăng 40% trong quý</p></aside>
        <article class="detail">
          <h1>Chỉ số sản xuất công nghiệp tháng 9 tăng khá</h1>
          <p class="sapo">Tháng 9/2022, sản xuất công nghiệp của tỉnh tiếp tục đà phục hồi.</p>
          <p>Chỉ số sản xuất công nghiệp tháng 9/2022 tăng&nbsp;10,67% so với tháng trước
             và tăng 22,44% so với cùng kỳ.</p>
          <!-- a comment: thép tăng 77% -->
          <p>Trong đó:</p>
          <ul><li>xi măng tăng 4,2%;</li><li>bia giảm 1,5%.</li></ul>
          <table><tr><td>Sản phẩm</td><td>Tăng</td></tr><tr><td>Phân bón</td><td>tăng 3,1%</td></tr></table>
          <div class="related-news"><h3>Tin liên quan</h3><p>Xuất khẩu tăng 12% so với cùng kỳ</p></div>
          <p>Thông tin &amp; số liệu: Cục Thống kê tỉnh.</p>
        </article></div>
        <div class="comment-box"><p>Bạn đọc: đường tăng 8%</p></div>
        <footer><p>© Báo Tỉnh Nhà. Đường dây nóng 0237 3721150</p></footer>
        </body></html>
        """

    func convert(_ html: String) throws -> ConvertedDocument {
        try HTMLConverter().convert(Array(html.utf8), path: "page.html").get()
    }

    func testOnlyTheArticleTextWithBlocksAsLines() throws {
        let document = try convert(Self.newsPage)
        XCTAssertEqual(document.header.title, "Chỉ số sản xuất công nghiệp tháng 9 tăng khá")
        XCTAssertEqual(document.header.date, ArticleDate(year: 2022, month: 10, day: 3))
        XCTAssertEqual(document.header.source, "Báo Tỉnh Nhà")
        let lines = document.text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("xi măng tăng 4,2%;"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("bia giảm 1,5%."))
        XCTAssertTrue(lines.contains("Phân bón | tăng 3,1% |"), lines.joined(separator: "\n"))
        XCTAssertTrue(document.text.contains("Thông tin & số liệu"), "entities are decoded")
        XCTAssertTrue(document.text.contains("tăng\u{00A0}10,67%"), "&nbsp; becomes U+00A0, which the normaliser folds")
        for furniture in [
            "Trang chủ", "Giá vàng", "Đọc nhiều", "tracking", "thép tăng 77%", "Tin liên quan",
            "Xuất khẩu tăng 12%", "Bạn đọc", "Đường dây nóng", "color: red",
        ] {
            XCTAssertFalse(document.text.contains(furniture), "page furniture leaked: \(furniture)")
        }
    }

    func testOnlyTheArticlesFiguresComeOut() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thdash-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.newsPage.utf8).write(to: folder.appendingPathComponent("page.html"))
        let result = CorpusReader(extractor: Self.extractor, converters: [HTMLConverter()]).read([folder.path])
        XCTAssertEqual(result.failures, [])
        XCTAssertEqual(result.figures.map(\.value), [10.67, 22.44, 4.2, -1.5, 3.1])
        XCTAssertEqual(result.figures.map(\.product), ["iip", "iip", "cement", "beer", "fertiliser"])
        XCTAssertTrue(result.figures.allSatisfy { $0.period.month == 9 && $0.period.year == 2022 })
        XCTAssertEqual(result.articles.first?.title, "Chỉ số sản xuất công nghiệp tháng 9 tăng khá")
        XCTAssertEqual(result.articles.first?.date, ArticleDate(year: 2022, month: 10, day: 3))
    }

    func testFurnitureMarkersMatchInClassOrIdWhateverTheirCase() throws {
        let page = """
            <html><body><article>
            <p>Sản lượng xi măng tháng 9/2022 tăng 4,2% so với tháng trước.</p>
            <div class="Box TIN-LIEN-QUAN"><p>thép tăng 70%</p></div>
            <div id="BinhLuan"><p>bia tăng 60%</p></div>
            <section class="col" id="box-xemthem"><p>đường tăng 50%</p></section>
            <div class="content share-free"><p>điện tăng 40%</p></div>
            <div class="chia se"><p>Phân bón tăng 3,1% so với tháng trước.</p></div>
            </article></body></html>
            """
        let text = try convert(page).text
        for furniture in ["thép", "bia", "đường", "điện"] {
            XCTAssertFalse(text.contains(furniture), "\(furniture) is in furniture: \(text)")
        }
        XCTAssertTrue(text.contains("xi măng tháng 9/2022 tăng 4,2%"), text)
        XCTAssertTrue(text.contains("Phân bón tăng 3,1%"), "a class without a marker is read: \(text)")
    }

    func testPageWithoutAnArticleElementUsesTheDensestParagraphs() throws {
        let html = """
            <html><body><div id="menu"><a>Kinh tế</a> <a>Xã hội</a></div>
            <div class="col-left"><p>Quảng cáo: thép tăng 50%</p></div>
            <div class="col-main"><div class="detail-text">
            <p>Quý II/2023, tinh bột sắn tăng 12,5% so với cùng kỳ, đường kết tinh giảm 3%.</p>
            <p>Các doanh nghiệp chế biến nông sản tiếp tục mở rộng vùng nguyên liệu trong năm nay.</p>
            </div></div><div class="footer">Liên hệ quảng cáo</div></body></html>
            """
        let document = try convert(html)
        XCTAssertTrue(document.text.contains("tinh bột sắn tăng 12,5%"))
        XCTAssertFalse(document.text.contains("thép tăng 50%"))
        XCTAssertFalse(document.text.contains("Liên hệ"))
    }

    func testDeeplyNestedAndBrokenMarkupDoNotCrash() throws {
        let nested =
            String(repeating: "<div>", count: 100_000) + "<p>Tháng 1/2024, xi măng tăng 3%.</p>"
            + String(repeating: "</div>", count: 100_000)
        let document = try convert(nested)
        XCTAssertNotNil(document)
        let broken = "<html><body><p>Tháng 1/2024, bia tăng 5%<p><b><i>xi măng tăng 2%</b></i><table><tr><td>"
        XCTAssertTrue(try convert(broken).text.contains("bia tăng 5%"))
    }

    func testBinaryAndEmptyPagesFailWithAReason() {
        let binary = HTMLConverter().convert([0x3C, 0x68, 0x00, 0x01], path: "x.html")
        XCTAssertEqual(binary.failure?.reason, "binary file (NUL byte at offset 2)")
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
