import ThdashExtraction
import ThdashModel

/// Sources: the articles loaded, their dates and how many figures each gave, then every file that could not
/// be read and why, and last any problem with the cache of extracted figures.
struct SourcesScreen {
    var state: AppState

    func render(in body: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let articles = state.dataset?.articles ?? []
        let failures = state.failures
        let cacheNotes = state.cacheNotes
        buffer.write(
            strings.sourcesCaption(articles.count, failures.count), in: ListFrame.caption(body),
            style: Style(failures.isEmpty ? .dim : .warning))
        let columns = [
            TableColumn(strings.dateColumn, width: .fixed(10)),
            TableColumn(strings.titleColumn, width: .fill(minimum: 16, weight: 3)),
            TableColumn(strings.figuresColumn, width: .fixed(8), alignment: .right),
            TableColumn(strings.fileColumn, width: .fill(minimum: 10, weight: 1)),
        ]
        let cursor = state.cursor(.tab(.sources))
        // A failure's path is cut from the left, so the file's name stays in view however deep it is.
        let pathWidth = Table(columns: columns, rows: []).columnWidths(forWidth: body.width).last ?? 0
        let table = Table(
            columns: columns, rowCount: articles.count + failures.count + cacheNotes.count, selected: cursor.selected,
            offset: cursor.offset
        ) { index in
            if index < articles.count {
                let article = articles[index]
                return [
                    TableCell(article.date?.description), TableCell(article.title),
                    TableCell(String(article.figureCount)), TableCell(Self.fileName(article.path), style: Style(.dim)),
                ]
            }
            let warning = Style(.warning)
            if index >= articles.count + failures.count {
                let note = cacheNotes[index - articles.count - failures.count]
                return [
                    TableCell(strings.cacheLabel, style: warning),
                    TableCell(strings.cacheProblem(note.problem), style: warning),
                    TableCell.missing,
                    TableCell(TerminalText.truncateLeading(note.path, to: pathWidth), style: warning),
                ]
            }
            let failure = failures[index - articles.count]
            return [
                TableCell(strings.unreadable, style: warning), TableCell(failure.reason, style: warning),
                TableCell.missing, TableCell(TerminalText.truncateLeading(failure.path, to: pathWidth), style: warning),
            ]
        }
        buffer.render(table, in: ListFrame.table(body))
    }

    /// The file's name without its folders.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
