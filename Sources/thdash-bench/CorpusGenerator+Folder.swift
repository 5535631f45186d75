import Foundation
import SeededRandom

extension CorpusGenerator {
    /// The seed of the folders `thdash-bench generate` and the first-frame benchmark write.
    static let folderSeed: UInt64 = 20_260_501

    /// What `writeFolder` wrote.
    struct FolderSummary {
        var files = 0
        var bytes = 0
        var byExtension: [String: Int] = [:]
    }

    /// Writes `count` articles under `folder` (one sub-folder per year): two in five plain-text reports (half
    /// of them saved from a web page, furniture and all), one in five Markdown reports, two in five saved
    /// HTML pages. The same seed writes the same files.
    mutating func writeFolder(_ folder: String, count: Int) throws -> FolderSummary {
        let fm = FileManager.default
        var summary = FolderSummary()
        for index in 0..<count {
            let (name, text) = file(index: index)
            let path = folder + "/" + name
            let parent = (path as NSString).deletingLastPathComponent
            if !fm.fileExists(atPath: parent) {
                try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            }
            let data = Data(text.utf8)
            try data.write(to: URL(fileURLWithPath: path))
            summary.files += 1
            summary.bytes += data.count
            summary.byExtension[(name as NSString).pathExtension, default: 0] += 1
        }
        return summary
    }

    /// Writes the first `count` articles of this generator into `root/articles-COUNT` for each of `counts`,
    /// each article once: the largest folder gets the file, the smaller ones a hard link to it. Each folder
    /// holds what `writeFolder(_:count:)` would write there with the same seed. Returns the summaries in the
    /// order of `counts`.
    mutating func writeNestedFolders(under root: String, counts: [Int]) throws -> [FolderSummary] {
        let fm = FileManager.default
        var summaries = Array(repeating: FolderSummary(), count: counts.count)
        guard let largest = counts.max() else { return summaries }
        for index in 0..<largest {
            let (name, text) = file(index: index)
            let data = Data(text.utf8)
            var written: String?
            for (slot, count) in counts.enumerated() where index < count {
                let path = root + "/articles-\(count)/" + name
                let parent = (path as NSString).deletingLastPathComponent
                if !fm.fileExists(atPath: parent) {
                    try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
                }
                if let written {
                    try fm.linkItem(atPath: written, toPath: path)
                } else {
                    try data.write(to: URL(fileURLWithPath: path))
                    written = path
                }
                summaries[slot].files += 1
                summaries[slot].bytes += data.count
                summaries[slot].byExtension[(name as NSString).pathExtension, default: 0] += 1
            }
        }
        return summaries
    }

    /// Writes `count` plain-text notes without a single figure under `folder` (a title, a date, and five
    /// paragraphs of the generator's filler sentences, which hold no numbers), 3.4 KB on average.
    mutating func writeNotes(_ folder: String, count: Int) throws -> FolderSummary {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var summary = FolderSummary()
        for index in 0..<count {
            let year = 2019 + Int(random.next() % 7)
            let month = SavedPageTemplate.pad(1 + Int(random.next() % 12))
            var text = "---\ntitle: Ghi chép từ khu công nghiệp (bài \(index))\ndate: \(year)-\(month)-15\n---\n"
            for _ in 0..<5 {
                text += "\n" + (0..<5).map { _ in pick(Self.filler) }.joined(separator: " ") + "\n"
            }
            let data = Data(text.utf8)
            try data.write(to: URL(fileURLWithPath: folder + "/ghi-chep-\(index).txt"))
            summary.files += 1
            summary.bytes += data.count
            summary.byExtension["txt", default: 0] += 1
        }
        return summary
    }

    /// The relative path (`YEAR/YEAR-MM-bao-cao-INDEX.ending`) and content of the `index`th article of a folder.
    mutating func file(index: Int) -> (name: String, text: String) {
        let report = monthlyReport(index: index)
        let ending: String
        let text: String
        switch index % 5 {
        case 0, 1:
            ending = "txt"
            text = report.text(savedFromPage: index % 10 == 1)
        case 2:
            ending = "md"
            text = report.text(savedFromPage: false)
        default:
            ending = "html"
            text = report.page.render()
        }
        let number = String(index)
        let padded = String(repeating: "0", count: max(0, 6 - number.count)) + number
        let month = SavedPageTemplate.pad(report.page.month)
        return ("\(report.page.year)/\(report.page.year)-\(month)-bao-cao-\(padded).\(ending)", text)
    }

    /// One month's industrial production report. Like real reports from several outlets, reports of the same
    /// month state the same numbers (each fixed by what it measures), now and then with a different value.
    mutating func monthlyReport(index: Int) -> MonthlyReport {
        let year = 2019 + Int(random.next() % 7)
        let month = 1 + Int(random.next() % 12)
        let day = 1 + Int(random.next() % 28)
        let period = "\(month)/\(year)"
        let lead =
            "Tháng \(period), chỉ số sản xuất công nghiệp toàn tỉnh ước tính tăng \(stated("iip-mom \(period)"))% "
            + "so với tháng trước và tăng \(stated("iip-yoy \(period)"))% so với cùng kỳ năm trước."
        var paragraphs = [
            lead,
            "Trong đó, " + Self.sections.map { "\($0) tăng \(stated("\($0) \(period)"))%" }.joined(separator: "; ")
                + ".",
            (0..<5).map { _ in pick(Self.filler) }.joined(separator: " "),
        ]
        var items: [String] = []
        for _ in 0..<8 {
            let product = pick(Self.products)
            let change = stated("\(product) mom \(period)", range: 8000)
            let falling = change.hasPrefix("-")
            items.append("\(product) \(falling ? "giảm" : "tăng") \(falling ? String(change.dropFirst()) : change)%")
        }
        paragraphs.append(
            "So với tháng trước, có \(5 + random.next() % 20) sản phẩm chủ yếu tăng, như: "
                + items.joined(separator: ", ") + "...")
        var values = ""
        for _ in 0..<3 {
            let product = pick(Self.products)
            values += "\(product.capitalizedFirst) ước đạt \(stated("\(product) value \(period)", range: 900_000)) "
            values += "\(Self.units[Self.products.firstIndex(of: product)! % Self.units.count]), "
            values += "tăng \(stated("\(product) yoy \(period)"))% so với cùng kỳ. "
        }
        paragraphs.append(String(values.dropLast()))
        paragraphs.append((0..<5).map { _ in pick(Self.filler) }.joined(separator: " "))
        paragraphs.append(
            "Lũy kế \(month) tháng năm \(year), giá trị sản xuất công nghiệp ước đạt "
                + "\(stated("value ytd \(period)", range: 9_000_000)) tỷ đồng, đạt \(stated("plan \(period)", range: 10_000))% "
                + "kế hoạch năm, tăng \(stated("value yoy \(period)"))% so với cùng kỳ.")
        paragraphs.append((0..<5).map { _ in pick(Self.filler) }.joined(separator: " "))
        var teasers: [String] = []
        for _ in 0..<4 {
            teasers.append(
                "Xuất khẩu cả nước tăng \(percent())%, kim ngạch đạt \(random.next() % 90) tỷ USD; " + pick(Self.filler)
            )
        }
        let page = SavedPageTemplate(
            siteName: "Báo Thanh Hóa", title: "Sản xuất công nghiệp tháng \(period) (bài \(index))", year: year,
            month: month, day: day, paragraphs: paragraphs, teasers: teasers)
        return MonthlyReport(page: page)
    }

    /// A number fixed by what it measures and the seed (two decimals, below `range` / 100; with the range
    /// 8000, between -20 and 60), except for one statement in forty, which is off by 0,1.
    private mutating func stated(_ measure: String, range: UInt64 = 4000) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in measure.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        var fixed = SplitMix64(seed: hash)
        var hundredths = Int64(fixed.next() % range)
        if range == 8000 { hundredths -= 2000 }
        if random.next() % 40 == 0 { hundredths += 10 }
        return Self.vietnamese(hundredths: hundredths)
    }

    /// "-1.234,56": thousands grouped with dots, a decimal comma, as Vietnamese reports write numbers.
    static func vietnamese(hundredths: Int64) -> String {
        let whole = String(abs(hundredths) / 100)
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0 && (whole.count - offset) % 3 == 0 { grouped += "." }
            grouped.append(digit)
        }
        let cents = abs(hundredths) % 100
        return (hundredths < 0 ? "-" : "") + grouped + "," + (cents < 10 ? "0" : "") + String(cents)
    }
}
