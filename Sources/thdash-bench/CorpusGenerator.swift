import Foundation
import SeededRandom

/// Generates synthetic articles in the shape of real provincial industry reports, from a fixed seed, for load
/// and speed benchmarks. Its numbers are random: it writes to temporary folders only, never to Data/.
struct CorpusGenerator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    static let products = [
        "xi măng", "clinker", "xăng các loại", "dầu diesel", "lưu huỳnh", "đường kết tinh", "bia các loại",
        "thuốc lá bao", "dầu ăn", "sữa tươi", "thủy sản chế biến", "tinh bột sắn", "quần áo may sẵn",
        "giày thể thao", "điện sản xuất", "điện thương phẩm", "thép các loại", "ô tô tải", "phân bón",
        "gạch ốp lát", "bao bì các loại", "benzen", "dầu nhiên liệu", "nước máy",
    ]
    static let units = [
        "nghìn tấn", "triệu tấn", "triệu lít", "triệu bao", "triệu cái", "triệu đôi", "triệu kWh", "nghìn m3",
    ]
    static let sections = [
        "công nghiệp khai khoáng", "công nghiệp chế biến, chế tạo", "sản xuất và phân phối điện",
        "cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải",
    ]
    static let filler = [
        "Các doanh nghiệp trên địa bàn tiếp tục duy trì sản xuất, mở rộng thị trường tiêu thụ trong và ngoài nước.",
        "Sở Công Thương phối hợp với các ngành rà soát từng sản phẩm, tháo gỡ khó khăn về nguyên liệu đầu vào.",
        "Nhiều dự án lớn trong khu kinh tế đi vào hoạt động, tạo thêm năng lực sản xuất mới cho ngành công nghiệp.",
        "Thị trường xuất khẩu có dấu hiệu phục hồi, đơn hàng của các doanh nghiệp dệt may, da giày tăng trở lại.",
        "Tỉnh chỉ đạo các địa phương tạo điều kiện thuận lợi về mặt bằng, hạ tầng cho các nhà đầu tư.",
        "Lãnh đạo sở cho biết sẽ tiếp tục theo dõi sát diễn biến thị trường để có giải pháp hỗ trợ kịp thời.",
        "Một số doanh nghiệp gặp khó khăn do giá nguyên vật liệu tăng cao, chi phí vận chuyển lớn.",
        "Công tác xúc tiến thương mại được đẩy mạnh, giúp sản phẩm của tỉnh tiếp cận thêm nhiều thị trường mới.",
        "Ngành điện bảo đảm cung ứng ổn định cho sản xuất, không để xảy ra tình trạng thiếu điện kéo dài.",
        "Các khu công nghiệp thu hút thêm nhiều dự án, giải quyết việc làm cho hàng nghìn lao động địa phương.",
    ]

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    mutating func percent() -> String { decimal(Double(random.next() % 4000) / 100) }
    mutating func amount() -> String { decimal(Double(random.next() % 900_000) / 100) }

    private func decimal(_ value: Double) -> String {
        String(format: "%.2f", value).replacingOccurrences(of: ".", with: ",")
    }

    /// One article as text, with front matter; `pageChrome` appends web-page furniture after the body.
    mutating func article(index: Int, pageChrome: Bool) -> String {
        let year = 2019 + Int(random.next() % 7)
        let month = 1 + Int(random.next() % 12)
        var text = """
            ---
            title: Sản xuất công nghiệp Thanh Hóa tháng \(month)/\(year) (bài tổng hợp \(index))
            date: \(year)-\(month < 10 ? "0" : "")\(month)-28
            source: Bộ sinh dữ liệu thử
            ---

            """
        text += "Tháng \(month)/\(year), chỉ số sản xuất công nghiệp toàn tỉnh ước tính tăng \(percent())% so với "
        text += "tháng trước và tăng \(percent())% so với cùng kỳ. "
        text += "Trong đó, " + Self.sections.map { "\($0) tăng \(percent())%" }.joined(separator: "; ") + ".\n\n"
        for _ in 0..<2 {
            for _ in 0..<5 { text += pick(Self.filler) + " " }
            text += "\n\n"
        }
        text += "\n\nSo với tháng trước, có \(5 + random.next() % 20) sản phẩm chủ yếu tăng, như: "
        var items: [String] = []
        for _ in 0..<8 {
            items.append("\(pick(Self.products)) \(random.next() % 4 == 0 ? "giảm" : "tăng") \(percent())%")
        }
        text += items.joined(separator: ", ") + "...\n\n"
        for _ in 0..<4 {
            text += "\(pick(Self.products).capitalizedFirst) ước đạt \(amount()) \(pick(Self.units)), "
            text += "tăng \(percent())% so với cùng kỳ. "
        }
        for _ in 0..<2 { text += "\n\n" + (0..<5).map { _ in pick(Self.filler) }.joined(separator: " ") }
        text += "\n\nLũy kế \(month) tháng năm \(year), giá trị sản xuất công nghiệp ước đạt \(amount()) tỷ đồng, "
        text += "đạt \(percent())% kế hoạch năm, tăng \(percent())% so với cùng kỳ.\n"
        if pageChrome {
            // A saved news page: captions and bylines in the body, then the site's furniture and teasers.
            text += "\nẢnh: Một góc khu công nghiệp của tỉnh.\n\nPhóng viên tổng hợp\n\nCó thể bạn quan tâm\n\n"
            for _ in 0..<6 {
                text += "Tin mới: " + (0..<3).map { _ in pick(Self.filler) }.joined(separator: " ") + "\n"
                text +=
                    "Xuất khẩu cả nước cán đích \(random.next() % 90) tỷ USD, lãi suất \(random.next() % 9)%/năm.\n\n"
            }
            text += "Thương hiệu nổi bật\n" + (0..<20).map { "doi-tac-\($0)" }.joined(separator: "\n") + "\n"
        }
        return text
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
