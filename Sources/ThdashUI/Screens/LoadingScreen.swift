/// What the first frame shows while the articles are still loading: what is read, and how far it got.
struct LoadingScreen {
    var state: AppState

    func render(in body: Rect, buffer: inout Buffer) {
        let strings = state.strings
        let middle = body.y + body.height / 2
        let area = Rect(x: body.x + body.width / 6, y: middle - 1, width: body.width * 2 / 3, height: 3)
        buffer.write(
            strings.loadingTitle(state.sourceDescription), in: area.row(0), alignment: .center, style: Style(.header))
        switch state.loading {
        case .reading(let done, let total) where total > 0:
            buffer.write(strings.readingFiles(done, total), in: area.row(1), alignment: .center)
            buffer.render(Gauge(value: Double(done), maximum: Double(total)), in: area.row(2))
        case .reading:
            buffer.write(strings.listingFiles, in: area.row(1), alignment: .center)
        case .building, .finished:
            buffer.write(strings.building, in: area.row(1), alignment: .center)
        }
    }
}
