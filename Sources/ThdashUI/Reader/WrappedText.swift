/// Text wrapped at word boundaries to a width, line break by line break, with stretches of it marked (the
/// figures of an article in the reader). Widths are the terminal's (`TerminalText`): a control character
/// takes the columns of its visible escape, as the buffer will draw it. A word wider than the width is cut
/// over as many lines as it needs; the spaces where a line wraps are dropped. With `brackets`, each marked
/// stretch is enclosed in ⟦ ⟧, so that marks show without colour or attributes (the monochrome theme).
public struct WrappedText: Sendable {
    /// A stretch of one line in one style: plain, or part of mark `mark`.
    public struct Run: Hashable, Sendable {
        public var text: String
        /// Index into the marks given; nil for plain text.
        public var mark: Int?
    }

    public static let openBracket: Character = "⟦"
    public static let closeBracket: Character = "⟧"

    /// Each line's runs, in order.
    public private(set) var lines: [[Run]] = []
    /// The first line each mark shows on; nil for a mark outside the text.
    public private(set) var markLines: [Int?]

    /// Wraps `text` to `width` columns. `marks` are ranges of the text's Unicode scalars; where they overlap,
    /// a character belongs to the first of them that holds it.
    public init(_ text: String, marks: [Range<Int>], width: Int, brackets: Bool = false) {
        markLines = Array(repeating: nil, count: marks.count)
        guard width > 0 else { return }
        var builder = Builder(width: width)
        var owners = MarkOwners(marks)
        var shownOwner: Int?
        var position = 0
        for character in text {
            let owner = owners.owner(at: position)
            position += character.unicodeScalars.count
            let isLineBreak = character == "\n" || character == "\r\n" || character == "\r"
            if brackets, owner != shownOwner {
                if let closing = shownOwner { builder.add(Self.closeBracket, width: 1, owner: closing, isSpace: false) }
                shownOwner = isLineBreak ? nil : owner
                if let shownOwner { builder.add(Self.openBracket, width: 1, owner: shownOwner, isSpace: false) }
            }
            if isLineBreak {
                builder.endParagraph()
                continue
            }
            let isSpace = character == " " || character == "\t"
            builder.add(
                character, width: isSpace ? 1 : TerminalText.width(String(character)), owner: owner,
                isSpace: isSpace)
        }
        if brackets, let closing = shownOwner {
            builder.add(Self.closeBracket, width: 1, owner: closing, isSpace: false)
        }
        builder.endParagraph()
        lines = builder.lines
        for (index, line) in lines.enumerated() {
            for run in line { if let mark = run.mark, markLines[mark] == nil { markLines[mark] = index } }
        }
    }

    /// The line's text, runs joined.
    public func text(ofLine index: Int) -> String { lines[index].map(\.text).joined() }

    /// Greedy line filling: a word goes on the current line when it fits after the spaces before it, else
    /// starts the next one.
    private struct Builder {
        let width: Int
        var lines: [[Run]] = []
        var line: [Run] = []
        var used = 0
        /// The spaces since the last word, placed only when a word follows on the same line.
        var spaces: [(Character, Int?)] = []
        /// The word being read, with each character's width and owner.
        var word: [(Character, Int, Int?)] = []
        var wordWidth = 0
        /// True until the first word of a paragraph: its leading spaces (an indent) are kept.
        var atParagraphStart = true

        init(width: Int) { self.width = width }

        mutating func add(_ character: Character, width: Int, owner: Int?, isSpace: Bool) {
            if isSpace {
                flushWord()
                spaces.append((character, owner))
            } else {
                word.append((character, width, owner))
                wordWidth += width
            }
        }

        mutating func endParagraph() {
            flushWord()
            spaces = []
            lines.append(line)
            line = []
            used = 0
            atParagraphStart = true
        }

        private mutating func flushWord() {
            guard !word.isEmpty else { return }
            if used > 0 && used + spaces.count + wordWidth > width {
                breakLine()
            } else if used > 0 || atParagraphStart {
                for (space, owner) in spaces where used < width { put(space, width: 1, owner: owner) }
            }
            spaces = []
            atParagraphStart = false
            for (character, characterWidth, owner) in word {
                if used > 0 && used + characterWidth > width { breakLine() }
                put(character, width: characterWidth, owner: owner)
            }
            word = []
            wordWidth = 0
        }

        private mutating func breakLine() {
            lines.append(line)
            line = []
            used = 0
        }

        private mutating func put(_ character: Character, width characterWidth: Int, owner: Int?) {
            if let last = line.last, last.mark == owner {
                line[line.count - 1].text.append(character)
            } else {
                line.append(Run(text: String(character), mark: owner))
            }
            used += characterWidth
        }
    }
}

/// Which mark holds each scalar position, asked in increasing order: one pass over the marks sorted by
/// start, keeping those open at the position.
private struct MarkOwners {
    private let marks: [Range<Int>]
    private let order: [Int]
    private var next = 0
    private var open: [Int] = []

    init(_ marks: [Range<Int>]) {
        self.marks = marks
        order = marks.indices.sorted { (marks[$0].lowerBound, $0) < (marks[$1].lowerBound, $1) }
    }

    mutating func owner(at position: Int) -> Int? {
        while next < order.count, marks[order[next]].lowerBound <= position {
            open.append(order[next])
            next += 1
        }
        open.removeAll { marks[$0].upperBound <= position }
        return open.min()
    }
}
