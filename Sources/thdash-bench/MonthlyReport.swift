/// A generated monthly report, written as a text article (front matter, paragraphs, and for text saved from
/// a web page the page's captions and teasers after the body) or as a saved HTML page.
struct MonthlyReport {
    var page: SavedPageTemplate

    func text(savedFromPage: Bool) -> String {
        var text = """
            ---
            title: \(page.title)
            date: \(page.year)-\(SavedPageTemplate.pad(page.month))-\(SavedPageTemplate.pad(page.day))
            source: Bộ sinh dữ liệu thử
            ---


            """
        text += page.paragraphs.joined(separator: "\n\n") + "\n"
        if savedFromPage {
            text += "\nẢnh: Một góc khu công nghiệp của tỉnh.\n\nPhóng viên tổng hợp\n\nCó thể bạn quan tâm\n\n"
            text += page.teasers.joined(separator: "\n\n") + "\n\nThương hiệu nổi bật\n"
            text += (0..<20).map { "doi-tac-\($0)" }.joined(separator: "\n") + "\n"
        }
        return text
    }
}
