import ThdashExtraction
import ThdashModel

/// Everything the dashboard shows, as one value: the data once loaded, where the user is (tab, drill-down
/// stack, selections), what is chosen (period, basis, sort, search, language) and the terminal's size.
/// `update` changes it and does no I/O; the screens draw it.
public struct AppState: Sendable {
    /// Nil until loading finishes.
    public private(set) var dataset: Dataset?
    /// Files that could not be read, and why.
    public private(set) var failures: [LoadFailure] = []
    /// Paths passed over (read through another path, a link loop, a link to nothing), listed after the
    /// failures on the Sources screen.
    public private(set) var skipped: [SkippedPath] = []
    /// What went wrong with the cache of extracted figures (listed after the failures on the Sources screen).
    public internal(set) var cacheNotes: [CacheNote] = []
    public internal(set) var loading: LoadingState
    /// What is being loaded, for the loading screen ("Data/articles").
    public var sourceDescription: String

    public internal(set) var width: Int = 0
    public internal(set) var height: Int = 0

    public internal(set) var tab: Tab = .overview
    /// Drill-downs over the tab's own screen, innermost last.
    public internal(set) var stack: [Page] = []
    /// The selection in each list the user has visited.
    public internal(set) var cursors: [Page: ListCursor] = [:]
    public internal(set) var showsHelp = false
    public internal(set) var helpOffset = 0
    /// The article reader's state while its page is on the stack.
    public internal(set) var reader: ReaderState?

    /// The period the tables and charts show; nil until there is data.
    public internal(set) var period: PeriodKey?
    public internal(set) var mode: ComparisonMode = .yearOnYear
    /// The period pinned with `c`: the product lists and the matrix show its figure beside the current one.
    public internal(set) var pinnedPeriod: PeriodKey?
    /// The lists show every product, those with a figure first (`a`); else only those with a figure.
    public internal(set) var showsAllProducts = false
    public internal(set) var sort = SortOrder()
    public internal(set) var search = SearchState() {
        didSet {
            if search.query != oldValue.query { cache.foldedQuery = VietnameseText.fold(search.query) }
        }
    }
    public internal(set) var language: Language
    /// The colour theme's name, for the help screen ("dark", "light", "monochrome").
    public var themeName: String
    /// A one-off note for the status line ("no product matches …"); cleared by the next key.
    public internal(set) var notice: String?

    /// Every product's row for the period, basis and sort in force (kept in step by `update`).
    public internal(set) var productRows: [ProductRow] = []
    /// Lists derived from `productRows` and the screen stack, so keys and frames do not rebuild them.
    var cache = ListCache()

    public init(
        language: Language = .vietnamese, themeName: String = "dark", sourceDescription: String = "",
        width: Int = 0, height: Int = 0
    ) {
        self.language = language
        self.themeName = themeName
        self.sourceDescription = sourceDescription
        self.loading = .reading(done: 0, total: 0)
        self.width = width
        self.height = height
    }

    /// A state with its data already loaded (tests, benchmarks, the plain-text report).
    public init(
        dataset: Dataset, failures: [LoadFailure] = [], skipped: [SkippedPath] = [], language: Language = .vietnamese,
        themeName: String = "dark", width: Int = 80, height: Int = 24
    ) {
        self.init(language: language, themeName: themeName, width: width, height: height)
        finishLoading(dataset, failures: failures, skipped: skipped)
    }

    /// The interface strings in the current language.
    public var strings: Strings { language.strings }

    /// The screen on top: the innermost drill-down, else the tab's own screen.
    public var page: Page { stack.last ?? .tab(tab) }

    /// True when the terminal is at least the smallest useful size.
    public var fits: Bool { Layout.fits(width: width, height: height) }

    /// The cursor of a list (the start when it was never visited).
    public func cursor(_ page: Page) -> ListCursor { cursors[page] ?? ListCursor() }

    mutating func finishLoading(_ dataset: Dataset, failures: [LoadFailure], skipped: [SkippedPath]) {
        self.dataset = dataset
        self.failures = failures
        self.skipped = skipped
        loading = .finished
        cache = ListCache(foldedQuery: cache.foldedQuery)
        period = Self.initialPeriod(in: dataset, mode: mode)
        refreshRows()
    }

    /// The latest period with a product figure for `mode`, else with any figure for it, else the latest
    /// period with any data.
    static func initialPeriod(in dataset: Dataset, mode: ComparisonMode) -> PeriodKey? {
        dataset.periods(with: mode, in: .listedProducts).last ?? dataset.periods(with: mode, in: .everything).last
            ?? dataset.latestPeriod
    }
}
