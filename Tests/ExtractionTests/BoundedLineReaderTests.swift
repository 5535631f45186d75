import XCTest

@testable import ThdashExtraction

/// The catalog and the outlets are read line by line, each line bounded.
final class BoundedLineReaderTests: XCTestCase {
    private func file(_ bytes: [UInt8]) throws -> String {
        let url = try TestSupport.temporaryFolder(self).appendingPathComponent("lines.tsv")
        try Data(bytes).write(to: url)
        return url.path
    }

    private func lines(of path: String, limit: Int) throws -> (lines: [String], long: [BoundedLineReader.LongLine]) {
        var lines: [String] = []
        let long = try BoundedLineReader.forEachLine(of: path, maximumLineLength: limit) { number, bytes in
            lines.append("\(number):" + String(decoding: bytes, as: UTF8.self))
        }
        return (lines, long)
    }

    func testLinesAreNumberedAndALastLineWithoutLineFeedCounts() throws {
        let read = try lines(of: try file(Array("a\n\nb\r\nc".utf8)), limit: 10)
        XCTAssertEqual(read.lines, ["1:a", "2:", "3:b\r", "4:c"])
        XCTAssertEqual(read.long, [])
        XCTAssertEqual(try lines(of: try file([]), limit: 10).lines, [])
    }

    /// At the limit a line is read; one byte over, it is passed over, wherever it falls: first, between
    /// others, last without a line feed, across the reader's 64 KiB chunks.
    func testALineOverTheLimitIsPassedOverAndTheOthersRead() throws {
        let limit = 100_000
        let exact = [UInt8](repeating: 0x61, count: limit)
        let over = [UInt8](repeating: 0x62, count: limit + 1)
        let huge = [UInt8](repeating: 0x63, count: 3 << 20)
        let bytes = over + [0x0A] + Array("one\n".utf8) + exact + [0x0A] + huge + Array("\ntwo\n".utf8) + over
        let read = try lines(of: try file(bytes), limit: limit)
        XCTAssertEqual(read.lines, ["2:one", "3:" + String(repeating: "a", count: limit), "5:two"])
        XCTAssertEqual(
            read.long,
            [
                .init(number: 1, length: limit + 1), .init(number: 4, length: 3 << 20),
                .init(number: 6, length: limit + 1),
            ])
        XCTAssertEqual(read.long[1].description, "line 4: longer than 64 KiB (3 MiB), skipped")
    }

    func testAFolderAndAMissingFileAreRefusedInTheSystemsWords() throws {
        let folder = try TestSupport.temporaryFolder(self).path
        XCTAssertThrowsError(try lines(of: folder, limit: 10)) {
            XCTAssertEqual("\($0)", "is a folder, not a file")
        }
        XCTAssertThrowsError(try lines(of: folder + "/missing", limit: 10)) {
            XCTAssertEqual("\($0)", "No such file or directory")
        }
    }

    func testACatalogLineOfMegabytesIsSkippedAndTheOthersLoad() throws {
        let catalog = """
            line\tcement-line\t\tXi măng\tCement
            product\thuge\tcement-line\tLớn\tHuge\ttấn\t\(String(repeating: "xi măng|", count: 1 << 18))
            product\tcement\tcement-line\tXi măng\tCement\ttấn\tclanhke
            """
        var skipped: [BoundedLineReader.LongLine] = []
        let loaded = try ProductCatalog.load(path: try file(Array(catalog.utf8))) { skipped.append($0) }
        XCTAssertEqual(skipped.map(\.number), [2])
        XCTAssertEqual(loaded.entries.map(\.id), ["cement-line", "cement"])
    }

    /// Invalid UTF-8 made the whole file unreadable; now the line is named.
    func testALineThatIsNotUTF8IsNamed() throws {
        let bytes = Array("line\tcement-line\t\tXi măng\tCement\n".utf8) + [0x70, 0xFF, 0x0A]
        XCTAssertThrowsError(try ProductCatalog.load(path: try file(bytes))) {
            XCTAssertEqual("\($0)", "catalog line 2: not valid UTF-8")
        }
        XCTAssertThrowsError(try OutletDirectory.load(path: try file([0x0A, 0xC3]))) {
            XCTAssertEqual("\($0)", "outlets line 2: not valid UTF-8")
        }
    }
}
