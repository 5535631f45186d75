import ThdashExtraction
import ThdashModel

/// The article reader: the article's title, outlet, date, file and web address, then its text wrapped to
/// the screen with every extracted figure marked (underlined, the one under the cursor in reverse video; in
/// the monochrome theme also between ⟦ ⟧). What the figure under the cursor says is on the status line.
struct ReaderScreen {
    var state: AppState

    /// Title, outlet and date, address, rule.
    static let headerRows = 4

    /// Where the text goes: the body under the header, a column in from each side.
    static func textArea(_ body: Rect) -> Rect {
        body.splitTop(headerRows).rest.inset(horizontal: 1)
    }

    func render(in body: Rect, buffer: inout Buffer) {
        guard let reader = state.reader else { return }
        let strings = state.strings
        let header = body.splitTop(Self.headerRows).top.inset(horizontal: 1)
        let area = Self.textArea(body)
        let summary = state.dataset?.article(path: reader.path)
        buffer.write(summary?.title ?? SourcesScreen.fileName(reader.path), in: header.row(0), style: Style(.header))
        let details = [
            summary?.source ?? strings.readerNoOutlet, summary?.date?.description ?? strings.noDate,
        ].joined(separator: " · ")
        var written = buffer.write(details + " · ", in: header.row(1), style: Style(.dim))
        if let text = reader.text, !text.lines.isEmpty {
            let last = min(reader.topLine + area.height, text.lines.count)
            let position = " " + strings.readerLines(reader.topLine + 1, last, text.lines.count)
            let room = header.width - written - TerminalText.width(position)
            buffer.write(position, in: header.row(1), alignment: .right, style: Style(.dim))
            written += buffer.write(
                SourcesScreen.path(reader.path, width: room), x: header.x + written, y: header.y + 1, maxWidth: room,
                style: Style(.dim))
        } else {
            buffer.write(
                SourcesScreen.path(reader.path, width: header.width - written), x: header.x + written,
                y: header.y + 1, maxWidth: header.width - written, style: Style(.dim))
        }
        if let url = summary?.url, !url.isEmpty {
            buffer.write(PrintableText.escapingControls(url), in: header.row(2), style: Style(.accent))
        } else {
            buffer.write(strings.readerNoURL, in: header.row(2), style: Style(.dim))
        }
        if let missing = reader.document?.missing, missing > 0 {
            buffer.write(strings.readerMissing(missing), in: header.row(2), alignment: .right, style: Style(.warning))
        }
        buffer.repeatGlyph("─", count: body.width, x: body.x, y: body.y + 3, style: Style(.border))
        switch reader.content {
        case .reading:
            buffer.write(strings.readerReading, in: area.row(0), style: Style(.dim))
        case .unreadable(let cause):
            buffer.write(
                strings.readerUnreadable(strings.failureReason(cause)), in: area.row(0), style: Style(.warning))
            buffer.render(Paragraph(strings.readerUnreadableHint), in: area.splitTop(2).rest.splitTop(3).top)
        case .ready:
            renderText(reader, in: area, buffer: &buffer)
        }
    }

    private func renderText(_ reader: ReaderState, in area: Rect, buffer: inout Buffer) {
        guard let text = reader.text else { return }
        let plain = Style.normal
        let marked = Style(.accent).adding(.underline)
        let selected = Style(.accent).adding(.reverse)
        for row in 0..<area.height {
            let index = reader.topLine + row
            guard index < text.lines.count else { break }
            var x = area.x
            for run in text.lines[index] {
                let style = run.mark.map { $0 == reader.selectedMark ? selected : marked } ?? plain
                x += buffer.write(
                    run.text, x: x, y: area.y + row, maxWidth: area.right - x, style: style, truncation: .clip)
            }
        }
    }
}
