import XCTest

@testable import ThdashExtraction

/// The outlets directory: pages' addresses and source lines to provinces.
final class OutletDirectoryTests: XCTestCase {
    func testAddressesAreReadDownToTheirHost() {
        XCTAssertEqual(OutletDirectory.host(of: "https://www.BaoNgheAn.vn/kinh-te/a.html?x=1#y"), "baonghean.vn")
        XCTAssertEqual(OutletDirectory.host(of: " http://user@thanhhoa.gov.vn:8080/path"), "thanhhoa.gov.vn")
        XCTAssertEqual(OutletDirectory.host(of: "baothanhhoa.vn."), "baothanhhoa.vn")
        XCTAssertEqual(OutletDirectory.host(of: "không phải địa chỉ"), "không phải địa chỉ")
        XCTAssertEqual(OutletDirectory.host(of: ""), "")
    }

    func testTheLongestListedSuffixDecides() throws {
        let outlets = try OutletDirectory(
            tsv: """
                # domain\tprovince\tnames
                gso.gov.vn\t-\tTổng cục Thống kê
                namdinh.gso.gov.vn\tNam Định\tCục Thống kê Nam Định
                hatinh.gov.vn\tHà Tĩnh\tCổng thông tin điện tử Hà Tĩnh
                baonghean.vn\tNghệ An\tBáo Nghệ An|Báo Nghệ An điện tử
                """)
        XCTAssertEqual(outlets.outlet(url: "https://socongthuong.hatinh.gov.vn/tin"), .province("Hà Tĩnh"))
        XCTAssertEqual(outlets.outlet(url: "https://namdinh.gso.gov.vn/a"), .province("Nam Định"))
        XCTAssertEqual(outlets.outlet(url: "https://www.gso.gov.vn/a"), .national)
        XCTAssertEqual(outlets.outlet(url: "https://gov.vn/"), .unknown, "a bare second-level domain is nobody's")
        XCTAssertEqual(outlets.outlet(url: "https://example.org/"), .unknown)
        XCTAssertEqual(outlets.outlet(name: "báo  nghệ an"), .province("Nghệ An"), "case and spacing do not matter")
        XCTAssertEqual(outlets.outlet(name: "Tổng cục Thống kê"), .national)
        XCTAssertEqual(outlets.outlet(name: "Báo Nghệ"), .unknown, "names match whole")
    }

    func testAMalformedLineIsNamed() {
        XCTAssertThrowsError(try OutletDirectory(tsv: "baonghean.vn\n")) { error in
            XCTAssertEqual((error as? OutletDirectory.ParseError)?.line, 1)
        }
    }

    func testTheProjectsDirectoryCoversEveryProvince() throws {
        let text = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("Data/outlets.tsv"), encoding: .utf8)
        let provinces = Set(
            text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line -> String? in
                let fields = line.split(separator: "\t")
                return fields.count >= 2 && fields[1] != "-" ? String(fields[1]) : nil
            })
        XCTAssertGreaterThanOrEqual(provinces.count, 63)
        XCTAssertEqual(TestSupport.outlets.outlet(url: "https://baothanhhoa.vn/a"), .province("Thanh Hóa"))
        XCTAssertEqual(TestSupport.outlets.outlet(url: "https://vnexpress.net/a"), .national)
    }
}

/// `trimmedOfSpaces` trims what Foundation's `.whitespaces` trims, which the catalog and outlets readers
/// used before.
final class SpaceTrimmingTests: XCTestCase {
    func testTrimsAsFoundationsWhitespacesDo() {
        let spaces = ["", " ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{202F}"]
        let cores = ["", "x", "Thanh Hóa", "a \t b", "\u{200B}x", "x\n", "\ny"]
        for lead in spaces {
            for trail in spaces {
                for core in cores {
                    let text = lead + core + trail
                    XCTAssertEqual(
                        text.trimmedOfSpaces(), text.trimmingCharacters(in: .whitespaces), text.debugDescription)
                }
            }
        }
    }
}
