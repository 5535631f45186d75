import Testing
import ThdashExtraction
import ThdashUI

/// Every screen at 80×24 and 120×40 for the fixture dataset, compared with the golden files.
@Suite struct GoldenScreenTests {
    static let sizes = [(80, 24), (120, 40)]

    private func check(_ name: String, _ width: Int, _ height: Int, keys: [Key] = [], language: Language = .vietnamese)
    {
        var state = DashboardFixture.state(width: width, height: height, language: language)
        for key in keys { _ = state.handle(key) }
        Golden.check(state.screen, named: "\(name)-\(width)x\(height)")
    }

    @Test(arguments: sizes) func overview(width: Int, height: Int) {
        check("overview", width, height)
    }

    @Test(arguments: sizes) func products(width: Int, height: Int) {
        check("products", width, height, keys: [.char("2")])
    }

    @Test(arguments: sizes) func chart(width: Int, height: Int) {
        check("chart", width, height, keys: [.char("3")])
    }

    @Test(arguments: sizes) func planCompletionChart(width: Int, height: Int) {
        check("chart-plan", width, height, keys: [.char("3"), .char("b")])
    }

    @Test(arguments: sizes) func lines(width: Int, height: Int) {
        check("lines", width, height, keys: [.char("4")])
    }

    @Test(arguments: sizes) func lineDrillDown(width: Int, height: Int) {
        check("line", width, height, keys: [.char("4"), .down, .enter])
    }

    @Test(arguments: sizes) func productDrillDown(width: Int, height: Int) {
        check("product", width, height, keys: [.char("4"), .down, .enter, .enter])
    }

    @Test(arguments: sizes) func conflictingSourcesSideBySide(width: Int, height: Int) {
        check("product-conflict", width, height, keys: [.char("4"), .enter, .enter])
    }

    @Test(arguments: sizes) func matrix(width: Int, height: Int) {
        check("matrix", width, height, keys: [.char("6"), .down])
    }

    @Test(arguments: sizes) func monthlyMatrix(width: Int, height: Int) {
        check("matrix-monthly", width, height, keys: [.char("6"), .char("b"), .char("b")])
    }

    @Test(arguments: sizes) func comparedProducts(width: Int, height: Int) {
        check("products-compared", width, height, keys: [.char("2"), .char("c"), .left])
    }

    @Test(arguments: sizes) func sources(width: Int, height: Int) {
        check("sources", width, height, keys: [.char("5")])
    }

    /// After the unreadable file: a damaged cache file that was not used, then the new one not written.
    @Test(arguments: [(Language.vietnamese, 80, 24), (.english, 120, 40)])
    func sourcesWithCacheProblems(language: Language, width: Int, height: Int) {
        var state = DashboardFixture.state(width: width, height: height, language: language)
        let path = "/root/.cache/thdash/corpus-0123456789abcdef.cache"
        _ = state.update(.cacheNote(CacheNote(path: path, problem: .damaged("checksum does not match"))))
        _ = state.update(.cacheNote(CacheNote(path: path, problem: .notWritten("rename: No space left on device"))))
        _ = state.handle(.char("5"))
        Golden.check(state.screen, named: "sources-cache-\(language == .english ? "english-" : "")\(width)x\(height)")
    }

    @Test(arguments: sizes) func help(width: Int, height: Int) {
        check("help", width, height, keys: [.char("?")])
    }

    @Test(arguments: sizes) func english(width: Int, height: Int) {
        check("products-english", width, height, keys: [.char("2")], language: .english)
    }

    @Test(arguments: sizes) func loading(width: Int, height: Int) {
        var state = AppState(sourceDescription: "Data/articles", width: width, height: height)
        _ = state.update(.loadProgress(done: 12, total: 32))
        Golden.check(state.screen, named: "loading-\(width)x\(height)")
    }

    @Test func tooSmall() {
        check("too-small", 59, 16)
    }
}
