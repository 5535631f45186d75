import ThdashModel

/// The bottom line: the search prompt while typing, otherwise key hints for the screen in view, with a
/// notice, the search in force or the loading progress on the right.
struct StatusBar {
    var state: AppState

    func render(in area: Rect, buffer: inout Buffer) {
        let strings = state.strings
        if state.search.isEditing {
            buffer.fill(area)
            let prompt = strings.searchPrompt + state.search.query
            let written = buffer.write(prompt, in: area, style: Style(.accent))
            buffer.write(
                "▏", x: area.x + written, y: area.y, maxWidth: area.right - area.x - written, style: Style(.accent))
            let count = matchCount.map { strings.matchCount($0) } ?? ""
            if written + 2 + TerminalText.width(count) < area.width {
                buffer.write(count, in: area, alignment: .right, style: Style(.dim))
            }
            return
        }
        var status = StatusLine(hints: hints, message: message)
        if state.notice != nil { status.messageStyle = Style(.warning) }
        buffer.render(status, in: area)
    }

    private var hints: [StatusLine.Hint] {
        let strings = state.strings
        var hints = [StatusLine.Hint("q", strings.hintQuit), StatusLine.Hint("?", strings.hintHelp)]
        guard state.dataset != nil, !state.showsHelp else { return hints }
        if !state.stack.isEmpty { hints.append(StatusLine.Hint("Esc", strings.hintBack)) }
        switch state.page {
        case .article:
            return hints + [StatusLine.Hint("n N", strings.hintFigures), StatusLine.Hint("↑↓", strings.hintScroll)]
        case .tab(.sources), .product, .conflicts: hints.append(StatusLine.Hint("Enter", strings.hintRead))
        default: hints.append(StatusLine.Hint("Enter", strings.hintOpen))
        }
        hints += [
            StatusLine.Hint("←→", strings.hintPeriod), StatusLine.Hint("p", strings.hintGranularity),
            StatusLine.Hint("b", strings.hintBasis),
        ]
        if state.pageSorts { hints.append(StatusLine.Hint("s", strings.hintSort)) }
        if state.pageListsProducts { hints.append(StatusLine.Hint("a", strings.hintAllProducts)) }
        hints += [StatusLine.Hint("/", strings.hintSearch), StatusLine.Hint("L", strings.hintLanguage)]
        return hints
    }

    private var message: String? {
        let strings = state.strings
        if let notice = state.notice { return notice }
        switch state.loading {
        case .reading(let done, let total):
            return total == 0 ? strings.listingFiles : strings.readingFiles(done, total)
        case .building: return strings.building
        case .finished: break
        }
        if let figure = state.readerStatus { return figure }
        if state.search.isActive {
            return "/" + state.search.query + (matchCount.map { " · " + strings.matchCount($0) } ?? "")
        }
        return nil
    }

    /// How many products of the current list match the search.
    private var matchCount: Int? { state.matchCount(on: state.page) }
}
