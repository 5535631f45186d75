#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Finds where an article's own text ends (page furniture such as "Tin khác" begins) and splits the body
/// into sentences, on UTF-8 bytes.
enum BodyScanner {
    /// Lines that open a web page's furniture; nothing after the first of them is the article's.
    static let chromeMarkers: Set<[WordKey]> = Set(chromeMarkerText.map(ProductCatalog.keys(of:)))
    /// The first words of `chromeMarkers`: most short lines are ruled out by their first word alone.
    private static let chromeFirstWords = WordKeySet(chromeMarkers.compactMap(\.first))
    /// Marks a furniture line may carry besides its words: Markdown decoration and a trailing colon.
    private static let chromeDecoration: WordKeySet = ["#", "*", ":", "-", "|", "»", "›", ">"]
    private static let chromeMarkerText = [
        "có thể bạn quan tâm", "tin khác", "các tin khác", "tin cùng chuyên mục", "cùng chuyên mục", "xem thêm",
        "tin liên quan", "bài liên quan", "bài viết liên quan", "tin bài liên quan", "đọc thêm", "tin mới",
        "tin mới nhất", "tin đọc nhiều", "đọc nhiều", "đọc nhiều nhất", "thương hiệu nổi bật", "bình luận",
        "ý kiến bạn đọc", "gửi bình luận", "tin nổi bật", "bài viết cùng chủ đề", "cùng chủ đề", "tin cùng loại",
        "tags", "từ khóa", "chủ đề", "tin tức liên quan", "xem tiếp", "tin tiêu điểm", "có thể bạn muốn đọc",
    ]

    /// Byte offset where the body ends: the start of the first furniture line, else `end`. `tokens` is scratch
    /// space, reused for every line; `memo` as for `Tokenizer.tokenize`.
    static func bodyEnd(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, tokens: inout [Token],
        memo: WordKeyMemo? = nil
    ) -> Int {
        guard let base = text.baseAddress else { return end }
        var lineStart = start
        while lineStart < end {
            let lineEnd =
                memchr(base + lineStart, 0x0A, end - lineStart).map {
                    base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                } ?? end
            if lineEnd - lineStart <= 80, isChromeMarker(text, lineStart, lineEnd, tokens: &tokens, memo: memo) {
                return lineStart
            }
            lineStart = lineEnd + 1
        }
        return end
    }

    private static func isChromeMarker(
        _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, tokens: inout [Token], memo: WordKeyMemo?
    ) -> Bool {
        for i in start..<end where text[i] >= 0x30 && text[i] <= 0x39 { return false }  // no marker has a digit
        Tokenizer.tokenize(text, from: start, to: end, into: &tokens, memo: memo)
        var words = 0
        for token in tokens {
            if token.kind == .word {
                if words == 0 && !chromeFirstWords.contains(token.key) { return false }
                words += 1
            } else if !chromeDecoration.contains(token.key) {
                return false
            }
        }
        guard words > 0, words <= 8 else { return false }
        return chromeMarkers.contains(tokens.compactMap { $0.kind == .word ? $0.key : nil })
    }

    /// Longest stretch parsed as one sentence. A longer one (a 20 MB file with no full stop, a 10,000-item
    /// list) is cut at a ";", "," or space before the limit, so that no work grows with the square of a
    /// sentence's length; the pieces after the first are marked as continuing it.
    static let maximumSentenceBytes = 8192

    /// One sentence, or a piece of an over-long one.
    struct Piece {
        var start: Int
        var end: Int
        /// It starts a paragraph (a line).
        var opensParagraph: Bool
        /// It continues the piece before, cut from the same over-long sentence.
        var continues: Bool
        /// It may state a figure or a period (`mayMatter`); the others need no parsing.
        var mayMatter: Bool
    }

    /// Calls `body` with each sentence of the range, over-long sentences cut into pieces. A sentence is text
    /// up to a line end, or up to ". ", "! ", "? ", "… " followed by a capital letter, digit or quote.
    static func forEachPiece(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ body: (Piece) -> Void
    ) {
        sentences(text, from: start, to: end) { start, end, opensParagraph, mayMatter in
            guard end - start > maximumSentenceBytes else {
                body(
                    Piece(
                        start: start, end: end, opensParagraph: opensParagraph, continues: false, mayMatter: mayMatter))
                return
            }
            var pieceStart = start
            var continues = false
            while end - pieceStart > maximumSentenceBytes {
                let limit = pieceStart + maximumSentenceBytes
                var cut = limit
                // ";", then ", " (a comma between digits is a decimal mark), then a space.
                for separator: UInt8 in [0x3B, 0x2C, 0x20] {
                    var k = limit
                    func isCut(_ k: Int) -> Bool {
                        text[k] == separator && (separator != 0x2C || (k + 1 < end && text[k + 1] == 0x20))
                    }
                    while k > pieceStart + maximumSentenceBytes / 2 && !isCut(k) { k -= 1 }
                    if isCut(k) {
                        cut = k + 1
                        break
                    }
                }
                while cut < end && text[cut] & 0xC0 == 0x80 { cut += 1 }  // never inside a character
                body(
                    Piece(
                        start: pieceStart, end: cut, opensParagraph: opensParagraph && !continues,
                        continues: continues, mayMatter: Self.mayMatter(text, pieceStart, cut)))
                pieceStart = cut
                continues = true
            }
            if end > pieceStart {
                body(
                    Piece(
                        start: pieceStart, end: end, opensParagraph: false, continues: continues,
                        mayMatter: Self.mayMatter(text, pieceStart, end)))
            }
        }
    }

    /// Calls `body` with each sentence's range, whether it opens a paragraph and whether it may matter.
    private static func sentences(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ body: (Int, Int, Bool, Bool) -> Void
    ) {
        guard let base = text.baseAddress, start < end else { return }
        let raw = UnsafeRawPointer(base)
        var sentenceStart = start
        var opensParagraph = true
        var i = start
        while i < end {
            // Eight bytes at a time while none of them may end a sentence.
            if i + 8 <= end,
                !mayEndSentence(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            {
                i += 8
                continue
            }
            let b = text[i]
            if b == 0x0A {
                if i > sentenceStart {
                    body(sentenceStart, i, opensParagraph, mayMatter(text, sentenceStart, i))
                }
                opensParagraph = true
                sentenceStart = i + 1
            } else if b == 0x2E || b == 0x21 || b == 0x3F
                || (b == 0xE2 && i + 2 < end && text[i + 1] == 0x80 && text[i + 2] == 0xA6)
            {
                var j = b == 0xE2 ? i + 3 : i + 1
                while j < end && text[j] == 0x2E { j += 1 }
                if j < end && text[j] == 0x20 {
                    var k = j
                    while k < end && text[k] == 0x20 { k += 1 }
                    if k < end && startsSentence(text, at: k, end: end) {
                        body(sentenceStart, j, opensParagraph, mayMatter(text, sentenceStart, j))
                        opensParagraph = false
                        sentenceStart = k
                        i = k
                        continue
                    }
                }
                i = j
                continue
            }
            i += 1
        }
        if end > sentenceStart { body(sentenceStart, end, opensParagraph, mayMatter(text, sentenceStart, end)) }
    }

    /// True when one of the eight bytes is a line end, ".", "!", "?" or 0xE2 (the lead byte of "…").
    @inline(__always) private static func mayEndSentence(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & (ones &* 0x80) }
        return hasZero(word ^ (ones &* 0x0A)) | hasZero(word ^ (ones &* 0x2E)) | hasZero(word ^ (ones &* 0x21))
            | hasZero(word ^ (ones &* 0x3F)) | hasZero(word ^ (ones &* 0xE2)) != 0
    }

    @inline(__always) private static func startsSentence(_ text: UnsafeBufferPointer<UInt8>, at k: Int, end: Int)
        -> Bool
    {
        let c = text[k]
        if c >= 0x30 && c <= 0x39 { return true }
        if c == 0x22 || c == 0x28 { return true }
        if c == 0xE2 && k + 2 < end && text[k + 1] == 0x80 && text[k + 2] == 0x9C { return true }  // “
        return Tokenizer.isCapital(text, at: k)
    }

    /// True when the sentence may state a figure or a period: it has a digit, or names a quarter, months or a
    /// year in words ("quý III", "Sáu tháng", "cả năm").
    static func mayMatter(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard let base = text.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = start
        // Eight bytes at a time: a word without a digit and without 0xC3 or 0xE1 (the lead bytes `periodWord`
        // looks at) is passed over whole; in the others, only the marked bytes are looked at.
        while i + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            var marked = candidates(word)
            while marked != 0 {
                let k = i + marked.trailingZeroBitCount / 8
                let b = text[k]
                if b >= 0x30 && b <= 0x39 { return true }
                if (b == 0xC3 || b == 0xE1) && periodWord(text, at: k, start: start, end: end) { return true }
                marked &= marked - 1
            }
            i += 8
        }
        while i < end {
            let b = text[i]
            if b >= 0x30 && b <= 0x39 { return true }
            if (b == 0xC3 || b == 0xE1) && periodWord(text, at: i, start: start, end: end) { return true }
            i += 1
        }
        return false
    }

    /// The top bit of each byte of `word` that may be a digit, 0xC3 or 0xE1: every such byte is marked, and a
    /// few others may be (a borrow from an 0xC3 or 0xE1 below them); the caller checks each marked byte.
    @inline(__always) static func candidates(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 0x80
        let low7 = word & ~high
        // An ASCII byte is a digit when its low seven bits are at least 0x30 and below 0x3A.
        let digits = (low7 &+ ones &* (0x80 - 0x30)) & ~(low7 &+ ones &* (0x80 - 0x3A)) & ~word & high
        let c3 = word ^ (ones &* 0xC3)
        let e1 = word ^ (ones &* 0xE1)
        return digits | ((c3 &- ones) & ~c3 & high) | ((e1 &- ones) & ~e1 & high)
    }

    /// True at the "ý" of "quý", the "á" of "tháng" or the "ả" of "cả năm" (`i` is at 0xC3 or 0xE1).
    @inline(__always) private static func periodWord(
        _ text: UnsafeBufferPointer<UInt8>, at i: Int, start: Int, end: Int
    ) -> Bool {
        let b = text[i]
        if b == 0xC3 && i + 1 < end {
            let c = text[i + 1]
            // "uý" of quý; "háng" of tháng.
            if c == 0xBD && i >= start + 2 && (text[i - 1] | 0x20) == 0x75 && (text[i - 2] | 0x20) == 0x71 {
                return true
            }
            if c == 0xA1 && i >= start + 1 && (text[i - 1] | 0x20) == 0x68 && i + 3 < end && text[i + 2] == 0x6E
                && text[i + 3] == 0x67
            {
                return true
            }
        }
        // "ả năm" of cả năm.
        return b == 0xE1 && i + 7 < end && text[i + 1] == 0xBA && text[i + 2] == 0xA3 && text[i + 3] == 0x20
            && text[i + 4] == 0x6E && text[i + 5] == 0xC4 && text[i + 6] == 0x83 && text[i + 7] == 0x6D
    }
}
