import ThdashExtraction
import ThdashModel

/// The article reader: opened with Enter on an article (Sources), on a product's figure or on a conflict's
/// value; the runtime reads the file (`Effect.readArticle`) and posts it back (`Action.articleRead`).
extension AppState {
    /// Opens the reader on the article at `path`, at the figure `figure` (index into `Dataset.figures`) when
    /// given, else at the article's first figure with the text from its top.
    mutating func openArticle(_ path: String, figure: Int?) -> Effect? {
        reader = ReaderState(path: path, figure: figure)
        stack.append(.article(path))
        return .readArticle(path)
    }

    /// Takes the text of the article the reader waits for (an answer for another article is dropped).
    mutating func articleRead(path: String, _ result: Result<Article, LoadFailure>) {
        guard var reader, reader.path == path, case .reading = reader.content else { return }
        switch result {
        case .failure(let failure):
            reader.content = .unreadable(failure.cause)
        case .success(let article):
            let document = ReaderDocument(article: article, figures: figures(ofArticle: path))
            reader.content = .ready(document)
            if let figure = reader.openingFigure, let mark = document.marks.firstIndex(where: { $0.figure == figure }) {
                reader.selectedMark = mark
                reader.revealsSelection = true
            } else {
                reader.selectedMark = document.marks.isEmpty ? nil : 0
            }
        }
        self.reader = reader
    }

    /// The figures read from the article at `path`, with their indices in `Dataset.figures`.
    public func figures(ofArticle path: String) -> [(index: Int, figure: Figure)] {
        guard let figures = dataset?.figures else { return [] }
        var found: [(index: Int, figure: Figure)] = []
        figures.forEachStretch(in: figures.indices) { stretch, first in
            for (offset, figure) in stretch.enumerated() where figure.article == path {
                found.append((first + offset, figure))
            }
        }
        return found
    }

    /// Where the reader's text goes on screen.
    var readerTextArea: Rect { ReaderScreen.textArea(Layout(width: width, height: height).body) }

    /// Called after every action: drops the reader once its page is left; wraps its text again for a new
    /// width or theme (keeping the figure under the cursor in view when it was), scrolls to the figure it was
    /// opened at, and keeps the scroll inside the text.
    mutating func layoutReader() {
        guard var reader else { return }
        guard stack.contains(.article(reader.path)) else {
            self.reader = nil
            return
        }
        guard let document = reader.document, fits else { return }
        let area = readerTextArea
        let brackets = themeName == Theme.monochrome.name
        if reader.wrapped.map({ $0.width != area.width || $0.brackets != brackets }) ?? true {
            if let mark = reader.selectedMark, let line = reader.text?.markLines[mark],
                (reader.topLine..<(reader.topLine + reader.height)).contains(line)
            {
                reader.revealsSelection = true
            }
            let text = WrappedText(
                document.body, marks: document.marks.map(\.range), width: area.width, brackets: brackets)
            reader.wrapped = (area.width, brackets, text)
        }
        reader.height = area.height
        if reader.revealsSelection {
            reader.revealsSelection = false
            Self.reveal(&reader, height: area.height)
        }
        let lineCount = reader.text?.lines.count ?? 0
        reader.topLine = min(max(0, reader.topLine), max(0, lineCount - area.height))
        self.reader = reader
    }

    /// Scrolls so that the selected figure's first line is in view, a third of the way down when it was not.
    private static func reveal(_ reader: inout ReaderState, height: Int) {
        guard let mark = reader.selectedMark, let line = reader.text?.markLines[mark] else { return }
        if !(reader.topLine..<(reader.topLine + height)).contains(line) {
            reader.topLine = max(0, line - height / 3)
        }
    }

    /// True for the keys the reader takes over on its page: movement scrolls the text, n N go from figure to
    /// figure, Enter does nothing.
    func readerTakes(_ command: Command) -> Bool {
        guard case .article = page else { return false }
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToTop, .moveToBottom, .drillIn, .nextMatch,
            .previousMatch:
            return true
        default:
            return false
        }
    }

    mutating func performInReader(_ command: Command) {
        let height = readerTextArea.height
        switch command {
        case .moveUp: scrollReader(by: -1)
        case .moveDown: scrollReader(by: 1)
        case .pageUp: scrollReader(by: -max(1, height - 1))
        case .pageDown: scrollReader(by: max(1, height - 1))
        case .moveToTop: scrollReader(by: Int.min / 2)
        case .moveToBottom: scrollReader(by: Int.max / 2)
        case .nextMatch: stepFigure(forward: true)
        case .previousMatch: stepFigure(forward: false)
        default: break
        }
    }

    /// Scrolls the text (clamped by `layoutReader`); the figure under the cursor stays the same.
    mutating func scrollReader(by lines: Int) {
        reader?.topLine += lines
        if let top = reader?.topLine, top < 0 { reader?.topLine = 0 }
    }

    /// n N: the next (previous) figure, wrapping around the article; from the figure under the cursor when it
    /// is in view, else from the top (bottom) of the text in view.
    private mutating func stepFigure(forward: Bool) {
        guard var reader, let document = reader.document, let text = reader.text else { return }
        guard !document.marks.isEmpty else {
            notice = strings.readerNoFigures
            return
        }
        let height = readerTextArea.height
        let view = reader.topLine..<(reader.topLine + height)
        let count = document.marks.count
        let next: Int
        if let current = reader.selectedMark, let line = text.markLines[current], view.contains(line) {
            next = ((current + (forward ? 1 : -1)) % count + count) % count
        } else if forward {
            next = text.markLines.firstIndex { ($0 ?? -1) >= view.lowerBound } ?? 0
        } else {
            next = text.markLines.lastIndex { ($0 ?? Int.max) < view.upperBound } ?? count - 1
        }
        reader.selectedMark = next
        Self.reveal(&reader, height: height)
        self.reader = reader
    }

    /// The figure under the reader's cursor, described for the status line: "2/9 · Xi măng · +12,5% · năm
    /// 2024 · tăng so với cùng kỳ" (what a narrow line cuts off last matters least).
    public var readerStatus: String? {
        guard case .article = page, let reader, let document = reader.document, let dataset else { return nil }
        guard let index = reader.selectedMark else { return strings.readerNoFigures }
        let figure = dataset.figures[document.marks[index].figure]
        let product = figure.product.flatMap { dataset.product(id: $0) }.map { name(of: $0) } ?? figure.subject
        let period = PeriodKey(figure.period).map { strings.period($0) } ?? figure.period.label
        let signed = figure.kind == .growth || (!figure.kind.isActual && figure.unit == "%" && figure.basis != nil)
        let hedge = figure.bound == .lower ? ">" : figure.bound == .upper ? "<" : figure.approximate ? "~" : ""
        var value = hedge + FigureText(strings).number(figure.value, signed: signed)
        value += figure.unit == "%" ? "%" : figure.unit.isEmpty ? "" : " " + strings.unit(figure.unit)
        return [
            "\(index + 1)/\(document.marks.count)", product, value, period,
            strings.measure(kind: figure.kind, basis: figure.basis, base: figure.base?.label),
        ].joined(separator: " · ")
    }
}
