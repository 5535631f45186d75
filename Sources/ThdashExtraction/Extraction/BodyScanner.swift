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
    private static let chromeMarkerText = [
        "có thể bạn quan tâm", "tin khác", "các tin khác", "tin cùng chuyên mục", "cùng chuyên mục", "xem thêm",
        "tin liên quan", "bài liên quan", "bài viết liên quan", "tin bài liên quan", "đọc thêm", "tin mới",
        "tin mới nhất", "tin đọc nhiều", "đọc nhiều", "đọc nhiều nhất", "thương hiệu nổi bật", "bình luận",
        "ý kiến bạn đọc", "gửi bình luận", "tin nổi bật", "bài viết cùng chủ đề", "cùng chủ đề", "tin cùng loại",
        "tags", "từ khóa", "chủ đề", "tin tức liên quan", "xem tiếp", "tin tiêu điểm", "có thể bạn muốn đọc",
    ]

    /// Byte offset where the body ends: the start of the first furniture line, else `end`.
    static func bodyEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = text.baseAddress else { return end }
        var lineStart = start
        while lineStart < end {
            let lineEnd =
                memchr(base + lineStart, 0x0A, end - lineStart).map {
                    base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                } ?? end
            if lineEnd - lineStart <= 80, isChromeMarker(text, lineStart, lineEnd) { return lineStart }
            lineStart = lineEnd + 1
        }
        return end
    }

    private static func isChromeMarker(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for i in start..<end where text[i] >= 0x30 && text[i] <= 0x39 { return false }  // no marker has a digit
        var tokens: [Token] = []
        tokens.reserveCapacity(16)
        Tokenizer.tokenize(text, from: start, to: end, into: &tokens)
        let words = tokens.filter { $0.kind == .word }
        guard !words.isEmpty, words.count <= 8 else { return false }
        // Allow Markdown decoration and a trailing colon, nothing else.
        for token in tokens where token.kind != .word {
            if !["#", "*", ":", "-", "|", "»", "›", ">"].contains(token.key) { return false }
        }
        return chromeMarkers.contains(words.map(\.key))
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
        interestingBytes.withUnsafeBufferPointer { table in
            for i in start..<end {
                switch table[Int(text[i])] {
                case 0: continue
                case 1: return true
                default: if periodWord(text, at: i, start: start, end: end) { return true }
                }
            }
            return false
        }
    }

    /// Per byte value: 1 for digits, 2 for the lead bytes `periodWord` looks at, 0 for the rest.
    private static let interestingBytes: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        byte >= 0x30 && byte <= 0x39 ? 1 : byte == 0xC3 || byte == 0xE1 ? 2 : 0
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
