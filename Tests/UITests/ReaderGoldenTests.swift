import Testing
import ThdashExtraction
import ThdashUI

/// The reader and the conflicts page at 80×24 and 120×40, compared with the golden files.
@Suite struct ReaderGoldenTests {
    static let sizes = [(80, 24), (120, 40)]

    private func check(
        _ name: String, _ width: Int, _ height: Int, themeName: String = "dark", language: Language = .vietnamese,
        keys: [Key]
    ) {
        var state = AppState(
            dataset: ReaderFixture.dataset, failures: DashboardFixture.failures, language: language,
            themeName: themeName, width: width, height: height)
        for key in keys { state.pressReading(key) }
        Golden.check(state.screen, named: "\(name)-\(width)x\(height)")
    }

    /// Opened on the Sources screen, two figures on.
    @Test(arguments: sizes) func reader(width: Int, height: Int) {
        check("reader", width, height, keys: [.char("5"), .down, .enter, .char("n"), .char("n")])
    }

    /// Opened from a conflict's second value, in English.
    @Test(arguments: sizes) func readerAtAConflictsFigure(width: Int, height: Int) {
        check("reader-conflict-english", width, height, language: .english, keys: [.char("!"), .down, .enter])
    }

    @Test func readerInMonochrome() {
        check("reader-monochrome", 80, 24, themeName: "monochrome", keys: [.char("5"), .down, .down, .down, .enter])
    }

    @Test func readerOfAFileThatCannotBeRead() {
        check("reader-unreadable", 80, 24, keys: [.char("5"), .end, .enter])
    }

    @Test(arguments: sizes) func conflicts(width: Int, height: Int) {
        check("conflicts", width, height, keys: [.char("!"), .down])
    }
}
