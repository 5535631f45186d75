import Foundation
import XCTest

@testable import ThdashExtraction

/// Paths and helpers shared by the extraction tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let catalog: ProductCatalog = {
        try! ProductCatalog.load(path: packageRoot.appendingPathComponent("Data/catalog.tsv").path)
    }()

    static let outlets: OutletDirectory = {
        try! OutletDirectory.load(path: packageRoot.appendingPathComponent("Data/outlets.tsv").path)
    }()

    static let extractor = FigureExtractor(catalog: catalog, outlets: outlets)

    /// Where the test articles come from unless a header says otherwise: a Thanh Hóa outlet, so that an article
    /// that names no province is Thanh Hóa's, as a reader of that paper would take it.
    static let thanhHoaOutlet = "https://baothanhhoa.vn/kinh-te/bai-thu-nghiem.htm"

    /// Figures of an article made from `body`, with a front-matter header: `header`, with the URL of a Thanh Hóa
    /// outlet unless it names a region or URL of its own (`outlet: false` leaves it out).
    static func figures(
        _ body: String, header: [String: String] = [:], outlet: Bool = true, path: String = "test.txt"
    ) -> [Figure] {
        var header = header
        if outlet, header["region"] == nil, header["url"] == nil { header["url"] = thanhHoaOutlet }
        var text = ""
        if !header.isEmpty {
            text += "---\n"
            for (key, value) in header.sorted(by: { $0.key < $1.key }) { text += "\(key): \(value)\n" }
            text += "---\n"
        }
        text += body
        switch ArticleLoader.article(from: Array(text.utf8), path: path) {
        case .success(let article): return extractor.extract(article)
        case .failure(let failure):
            XCTFail("article did not load: \(failure)")
            return []
        }
    }

    /// A temporary folder removed when the test ends.
    static func temporaryFolder(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("thdash-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}

extension Array where Element == Figure {
    /// The one figure about `product` (or written subject) of `kind`, failing the test when there is not
    /// exactly one.
    func only(
        _ product: String, _ kind: FigureKind? = nil, file: StaticString = #filePath, line: UInt = #line
    ) -> Figure? {
        let matches = filter { ($0.product == product || $0.subject == product) && (kind == nil || $0.kind == kind) }
        XCTAssertEqual(matches.count, 1, "figures of \(product): \(matches.map(\.quote))", file: file, line: line)
        return matches.first
    }
}
