import ThdashExtraction
import ThdashModel

/// The whole screen for a state: the frame (title with the region, tabs, period and basis, status line)
/// around the screen on top of the stack, or the loading, help or too-small screens.
public enum DashboardView {
    /// Draws `state` into `buffer`, which should be the terminal's size and blank.
    public static func render(_ state: AppState, into buffer: inout Buffer) {
        guard state.fits else {
            TooSmallScreen(state: state).render(in: buffer.area, buffer: &buffer)
            return
        }
        let layout = Layout(width: buffer.width, height: buffer.height)
        renderTitle(state, in: layout.title, buffer: &buffer)
        TabBar(state: state).render(in: layout.tabs, buffer: &buffer)
        ContextBar(state: state).render(in: layout.context, buffer: &buffer)
        StatusBar(state: state).render(in: layout.status, buffer: &buffer)
        let body = layout.body
        if state.showsHelp {
            HelpScreen(state: state).render(in: body, buffer: &buffer)
        } else if state.dataset == nil {
            LoadingScreen(state: state).render(in: body, buffer: &buffer)
        } else {
            switch state.page {
            case .tab(.overview): OverviewScreen(state: state).render(in: body, buffer: &buffer)
            case .tab(.products): ProductsScreen(state: state).render(in: body, buffer: &buffer)
            case .tab(.chart): ChartScreen(state: state).render(in: body, buffer: &buffer)
            case .tab(.lines): LinesScreen(state: state).render(in: body, buffer: &buffer)
            case .tab(.sources): SourcesScreen(state: state).render(in: body, buffer: &buffer)
            case .tab(.matrix): MatrixScreen(state: state).render(in: body, buffer: &buffer)
            case .line(let id): LineScreen(state: state, line: id).render(in: body, buffer: &buffer)
            case .product(let id): ProductScreen(state: state, product: id).render(in: body, buffer: &buffer)
            case .conflicts: ConflictsScreen(state: state).render(in: body, buffer: &buffer)
            case .article: ReaderScreen(state: state).render(in: body, buffer: &buffer)
            }
        }
    }

    /// The title row: the app and its region on the left, what was loaded on the right.
    private static func renderTitle(_ state: AppState, in row: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let region = state.dataset?.homeRegion ?? FigureExtractor.defaultRegion
        let style = Style(.header).adding(.reverse)
        buffer.fill(row, with: .blank(style))
        let written = buffer.write(" " + strings.appTitle(region), in: row, style: style)
        if let summary = summary(state, titleWidth: written, rowWidth: row.width) {
            buffer.write(summary, in: row, alignment: .right, style: style)
        }
    }

    /// The title row's right end: what was loaded, when it fits beside the title.
    private static func summary(_ state: AppState, titleWidth: Int, rowWidth: Int) -> String? {
        guard let dataset = state.dataset else { return nil }
        let summary =
            state.strings.corpusSummary(dataset.articles.count, dataset.figures.count, dataset.conflicts.count) + " "
        return titleWidth + 2 + TerminalText.width(summary) <= rowWidth ? summary : nil
    }

    /// The columns of the title row that show the conflicts' count ("· 1 mâu thuẫn"), which a click opens;
    /// empty when it is not shown.
    static func conflictCountColumns(_ state: AppState) -> Range<Int> {
        let strings = state.strings
        let row = Layout(width: state.width, height: state.height).title
        let titleWidth = TerminalText.width(" " + strings.appTitle(state.dataset?.homeRegion ?? ""))
        guard let dataset = state.dataset, dataset.conflicts.count > 0,
            let summary = summary(state, titleWidth: titleWidth, rowWidth: row.width)
        else { return 0..<0 }
        let without = strings.corpusSummary(dataset.articles.count, dataset.figures.count, 0) + " "
        let end = row.right - 1
        return (end - (TerminalText.width(summary) - TerminalText.width(without)))..<end
    }
}
