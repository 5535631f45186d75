/// Finds the publication date a saved web page prints near its title ("04/03/2019, 11:03",
/// "08:09 - 19/01/2021", "Thứ Hai, 29/08/2024 18:02"): a line holding a full date and little else.
enum Dateline {
    private static let allowedWords: Set<WordKey> = [
        "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "ngày", "cập", "nhật", "đăng", "lúc", "gmt",
        "giờ", "sáng", "chiều", "tối",
    ]

    static func find(in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> ArticleDate? {
        var tokens: [Token] = []
        var lineStart = start
        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < end && text[lineEnd] != 0x0A { lineEnd += 1 }
            if lineEnd - lineStart <= 60, lineEnd > lineStart {
                Tokenizer.tokenize(text, from: lineStart, to: lineEnd, into: &tokens)
                if let date = date(in: tokens) { return date }
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    private static func date(in tokens: [Token]) -> ArticleDate? {
        var found: ArticleDate?
        for (i, token) in tokens.enumerated() {
            switch token.kind {
            case .word: if !allowedWords.contains(token.key) { return nil }
            case .punct: if !["/", ":", "-", ",", "|", "(", ")", "+", "."].contains(token.key) { return nil }
            case .number:
                guard found == nil, i + 4 < tokens.count, tokens[i + 1].is("/"), tokens[i + 3].is("/"),
                    let day = tokens[i].integer, let month = tokens[i + 2].integer, let year = tokens[i + 4].integer,
                    (1...31).contains(day), (1...12).contains(month), (1990...2100).contains(year)
                else { continue }
                found = ArticleDate(year: year, month: month, day: day)
            }
        }
        return found
    }
}
