/// Texts made to be slow to extract: each repeats one pattern (with its digits varied) to the length asked.
/// They stand for what a hostile or broken file can hold: long lists, chains of verbs and figures with no
/// full stop, numbers without units, names without figures, deep nesting of brackets and clauses. The
/// `adversarial` benchmark reports the extraction speed of each; the fuzz target's dictionary
/// (Fuzz/extraction.dict) holds the same words.
enum AdversarialTexts {
    struct Pattern: Sendable {
        var name: String
        /// The repeated unit for repetition `n`.
        var unit: @Sendable (Int) -> String
    }

    static let patterns: [Pattern] = [
        Pattern(name: "respectively-chain") { _ in "lần lượt tăng 6%, " },
        Pattern(name: "verb-chain") { n in "tăng \(n % 9 + 1),\(n % 7)% " },
        Pattern(name: "product-list") { n in "xi măng tăng \(n % 90 + 1)%, " },
        Pattern(name: "province-list") { n in "Nghệ An tăng \(n % 90 + 1)%, " },
        Pattern(name: "company-list") { n in "Công ty Cổ phần Xi măng Nghi Sơn đạt \(n % 900 + 1) tỷ đồng, " },
        Pattern(name: "bare-numbers") { n in "\(n % 9000 + 1000).\(n % 1000 + 100),\(n % 10) " },
        Pattern(name: "names-then-values") { n in
            n % 200 == 199 ? "lần lượt tăng 1%, 2%, 3%. " : "xi măng, bia, thép, phân bón, "
        },
        Pattern(name: "nested-brackets") { n in n % 400 < 200 ? "(xi măng tăng 1% " : ") " },
        Pattern(name: "nested-clauses") { n in "sản lượng xi măng, trong đó, riêng tháng \(n % 12 + 1), so với " },
        Pattern(name: "period-basis-words") { n in "tháng \(n % 12 + 1)/2024 so với cùng kỳ năm trước và tháng trước "
        },
        Pattern(name: "plan-chain") { n in "đạt \(n % 90 + 1),8% kế hoạch năm, bằng \(n % 50 + 50)% cùng kỳ, " },
        Pattern(name: "short-sentences") { n in "Xi măng tăng \(n % 90 + 1)% so với tháng trước. " },
        Pattern(name: "dashes-and-ellipses") { _ in "- … – | " },
        Pattern(name: "one-long-word") { _ in "xxxxxxxxxxxxxxxx" },
        Pattern(name: "long-number") { n in "\(n % 10)\(n % 7)\(n % 3)" },
    ]

    /// The pattern repeated to at least `bytes` bytes, as one plain-text article.
    static func text(_ pattern: Pattern, bytes: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 256)
        var n = 0
        while out.count < bytes {
            out += Array(pattern.unit(n).utf8)
            n += 1
        }
        return out
    }
}
