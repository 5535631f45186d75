import ThdashExtraction
import ThdashModel

/// Sources: first what went wrong (every file that could not be read and why, the paths passed over, then
/// any problem with the cache of extracted figures), then the articles loaded, their dates, whom each is about (marked when it is
/// not the home province: its figures stay out of the home tables) and how many figures each gave.
/// Problems come first because a folder holds thousands of articles: at the end they were out of sight.
struct SourcesScreen {
    var state: AppState

    func render(in body: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let articles = state.dataset?.articles ?? []
        let failures = state.failures
        let skipped = state.skipped
        let cacheNotes = state.cacheNotes
        let problems = failures.count + skipped.count + cacheNotes.count
        let home = state.dataset?.homeRegion ?? ""
        let away = articles.count { $0.home.entity != .province }
        let partial = articles.count { $0.stoppedAt != nil }
        buffer.write(
            strings.sourcesCaption(articles.count, failures.count, skipped.count, cacheNotes.count)
                + (away > 0 ? strings.awayCaption(away, home) : "")
                + (partial > 0 ? strings.partlyReadCaption(partial) : ""),
            in: ListFrame.caption(body),
            style: Style(failures.isEmpty && cacheNotes.isEmpty && partial == 0 ? .dim : .warning))
        let columns = [
            TableColumn(strings.dateColumn, width: .fixed(10)),
            TableColumn(strings.aboutColumn, width: .fixed(12)),
            TableColumn(strings.titleColumn, width: .fill(minimum: 16, weight: 3)),
            TableColumn(strings.figuresColumn, width: .fixed(8), alignment: .right),
            TableColumn(strings.fileColumn, width: .fill(minimum: 10, weight: 1)),
        ]
        let cursor = state.cursor(.tab(.sources))
        // A failure's path is cut from the left, so the file's name stays in view however deep it is; it is
        // escaped exactly (a line break too), as `thdash check` prints it, so that the file can be found.
        let pathWidth = Table(columns: columns, rows: []).columnWidths(forWidth: body.width).last ?? 0
        let table = Table(
            columns: columns, rowCount: problems + articles.count, selected: cursor.selected, offset: cursor.offset
        ) { index in
            let warning = Style(.warning)
            if index < failures.count {
                let failure = failures[index]
                return [
                    TableCell(strings.unreadable, style: warning), TableCell(""),
                    TableCell(strings.failureReason(failure.cause), style: warning),
                    TableCell.missing,
                    TableCell(Self.path(failure.path, width: pathWidth), style: warning),
                ]
            }
            if index < failures.count + skipped.count {
                let path = skipped[index - failures.count]
                return [
                    TableCell(strings.skippedLabel, style: Style(.dim)), TableCell(""),
                    TableCell(strings.skippedReason(path.why, path.path), style: Style(.dim)),
                    TableCell.missing,
                    TableCell(Self.path(path.path, width: pathWidth), style: Style(.dim)),
                ]
            }
            if index < problems {
                let note = cacheNotes[index - failures.count - skipped.count]
                return [
                    TableCell(strings.cacheLabel, style: warning), TableCell(""),
                    TableCell(strings.cacheProblem(note.problem), style: warning),
                    TableCell.missing,
                    TableCell(Self.path(note.path, width: pathWidth), style: warning),
                ]
            }
            let article = articles[index - problems]
            let about =
                article.home.source == .unknown
                ? TableCell(strings.unknownRegion, style: Style(.warning))
                : TableCell(article.home.name, style: article.home.entity == .province ? Style(.dim) : Style(.warning))
            // "1234+": more were in the file than were read.
            let figures =
                article.stoppedAt == nil
                ? TableCell(String(article.figureCount))
                : TableCell(String(article.figureCount) + "+", style: Style(.warning))
            return [
                TableCell(article.date?.description), about, TableCell(article.title), figures,
                TableCell(Self.fileName(article.path), style: Style(.dim)),
            ]
        }
        buffer.render(table, in: ListFrame.table(body))
    }

    /// A path cut from the left to `width` columns, its control characters escaped.
    static func path(_ path: String, width: Int) -> String {
        TerminalText.truncateLeading(PrintableText.escapingControls(path), to: width)
    }

    /// The file's name without its folders.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
