/// The shape of the list screens: a caption row over a table with a header and a rule. The screens draw
/// into these parts and `update` uses the same arithmetic for paging and clicks.
enum ListFrame {
    static func caption(_ body: Rect) -> Rect { body.row(0) }

    /// The table, header included.
    static func table(_ body: Rect) -> Rect { body.splitTop(1).rest }

    /// The table's data rows.
    static func rows(_ body: Rect) -> Rect { table(body).splitTop(2).rest }
}
