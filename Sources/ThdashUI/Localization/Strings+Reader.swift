/// The words of the article reader and the conflicts page, in both languages (kept beside `Strings` so that
/// each is written once for each language in one place).
extension Strings {
    private func say(_ vietnamese: String, _ english: String) -> String {
        language == .vietnamese ? vietnamese : english
    }

    public var readerReading: String { say("Đang đọc bài…", "Reading the article…") }
    /// The article's file could not be read when the reader opened it.
    public func readerUnreadable(_ reason: String) -> String {
        say("Không đọc được bài này: \(reason)", "This article cannot be read: \(reason)")
    }
    public var readerUnreadableHint: String {
        say(
            "Tệp đã bị xoá, đổi tên hay đổi quyền sau khi nạp? Số liệu của bài vẫn ở các màn hình khác.",
            "Was the file removed, renamed or made unreadable after loading? Its figures stay on the other screens.")
    }
    public var readerNoFigures: String { say("bài này không có số liệu nào", "no figures in this article") }
    /// Figures whose words the file no longer holds.
    public func readerMissing(_ count: Int) -> String {
        say(
            "\(count) số liệu không còn thấy trong tệp (tệp đã đổi sau khi nạp)",
            "\(count) figure\(count == 1 ? "" : "s") no longer found in the file (it changed after loading)")
    }
    public var readerNoURL: String { say("không có địa chỉ web", "no web address") }
    public var readerNoOutlet: String { say("không rõ báo", "outlet unknown") }
    /// "dòng 12–31/80": the lines in view.
    public func readerLines(_ first: Int, _ last: Int, _ count: Int) -> String {
        say("dòng \(first)–\(last)/\(count)", "lines \(first)–\(last)/\(count)")
    }
    public var hintFigures: String { say("số liệu", "figures") }
    public var hintScroll: String { say("cuộn", "scroll") }
    public var hintConflicts: String { say("mâu thuẫn", "conflicts") }
    public var hintRead: String { say("đọc", "read") }

    /// The conflicts page's caption.
    public func conflictsCaption(_ conflicts: Int) -> String {
        say(
            "\(conflicts) mâu thuẫn: các bài đưa số khác nhau cho cùng sản phẩm, kỳ và chỉ tiêu",
            "\(conflicts) conflict\(conflicts == 1 ? "" : "s"): articles giving different figures for the same "
                + "product, period and measure")
    }
    public var noConflicts: String {
        say("Không có mâu thuẫn: không bài nào đưa số khác bài khác.", "No conflicts: no two articles disagree.")
    }
    public var conflictColumn: String { say("Sản phẩm, kỳ, chỉ tiêu", "Product, period, measure") }
    public var outletColumn: String { say("Báo", "Outlet") }
}
