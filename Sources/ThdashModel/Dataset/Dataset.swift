import ThdashExtraction

/// Everything the dashboard shows, built once in memory from the figures of all loaded articles.
///
/// Building merges figures that repeat the same value (keeping every source), flags conflicting values,
/// orders periods on one timeline, runs the consistency checks and indexes observations by product and
/// by period, so that every query below walks only the few observations it returns. Large inputs are built
/// on several cores when the machine has four or more (`thdash-bench model` times 100.000 figures). Only
/// figures of the home region (default "Thanh Hóa") count in the period tables, series, headlines and
/// checks; the others are kept and listed by region. Values are `Observation`s: one stated value with all
/// the figures (articles) that stated it.
///
/// ## API overview
///
/// Contents
/// - `products`, `lines`: products with figures (catalog products, indicators, and unknown subjects under
///   the line `ProductLine.otherID`), grouped in catalog order. `product(id:)`, `line(id:)`,
///   `products(inLine:)`, `unknownSubjects`.
/// - `periods`: home-region periods in time order (undated figures are not in it). `latestPeriod`.
/// - `observations`: every merged value; `figures`: every figure as extracted; `articles`, `article(path:)`.
///
/// Stepping through periods
/// - `periods(with:in:)`: the periods that have a figure for a basis among a screen's products
///   (`PeriodScope`); the dashboard steps among those of one `PeriodGranularity`.
/// - `PeriodKey.next`, `.previous`, `.yearEarlier`: calendar stepping; `label`, `shortLabel`: Vietnamese.
///
/// Period tables (cheap: made on every key press; 1.300 products take well under a millisecond)
/// - `rows(period:mode:line:order:)`: one `ProductRow` per product with home data: its figure for the
///   period and `ComparisonMode` (nil when none: show `ValueText.missing`, never 0), the values that
///   disagree with it, and its output (kind value) for the period; `RowOrder` sorts by name or value.
/// - `sections(period:mode:order:)`: the same rows grouped by product line.
///
/// One product
/// - `series(product:)`, `series(product:mode:periodType:)`: values across periods, for a sparkline.
/// - `observations(product:)`, `observations(product:period:)`, `undated(product:)`,
///   `otherRegions(product:)`.
/// - `sources(of:)`: each figure merged into an observation, with its article, date and quote.
///
/// Overview and quality
/// - `headlines`: latest IIP growth (`latestGrowth(product:)`) and production value with its plan
///   completion and linear pace (`latestProduction(product:)`).
/// - `conflicts`: different values for the same subject, period, basis, kind and region, with sources.
/// - `checks`, `failedChecks`: plan completion, month-on-month and cumulative consistency checks.
/// - `otherRegions`, `observations(region:)`: figures about other regions; `undatedObservations`.
/// - `CheckReport(dataset:failures:).render()`: all of it as the text of `thdash check`.
public struct Dataset: Sendable {
    /// The region whose figures count in the tables, series, headlines and checks.
    public let homeRegion: String
    public let articles: [ArticleSummary]
    public let figures: FigureList
    /// Products with at least one figure, line by line in catalog order, unknown subjects last.
    public let products: [Product]
    /// Lines that have products, in catalog order; the "other" line of unknown subjects last.
    public let lines: [ProductLine]
    /// Periods with home-region figures, in time order.
    public let periods: [PeriodKey]
    /// Every merged value, of every region, dated or not, in product then period order.
    public let observations: [Observation]
    /// Conflicting values, in product and period order.
    public let conflicts: [Conflict]
    /// Names of the regions other than the home region that figures are about.
    public let otherRegions: [String]
    /// Every consistency check that could be made, passed or failed.
    public private(set) var checks: [ConsistencyCheck] = []
    /// Checks that failed: the figures disagree by more than rounding. Kept apart because the overview
    /// counts them on every frame.
    public private(set) var failedChecks: [ConsistencyCheck] = []
    public private(set) var headlines = Headlines()

    let index: DatasetIndex

    /// Builds the dataset. `catalog` gives product names, lines and order; `articles` give the sources'
    /// dates and titles.
    public init(
        figures: [Figure], articles: [ArticleSummary] = [], catalog: ProductCatalog,
        homeRegion: String = FigureExtractor.defaultRegion
    ) {
        self.init(figures: FigureList(figures), articles: articles, catalog: catalog, homeRegion: homeRegion)
    }

    /// Builds the dataset from figures kept in several arrays (as a `CorpusReader` returns them).
    public init(
        figures: FigureList, articles: [ArticleSummary] = [], catalog: ProductCatalog,
        homeRegion: String = FigureExtractor.defaultRegion
    ) {
        self.init(
            figures: figures, articles: articles, catalog: catalog, homeRegion: homeRegion,
            shards: DatasetBuilder.shardCount(figures: figures.count))
    }

    /// Builds the dataset with the work split in `shards` pieces run in parallel.
    init(figures: FigureList, articles: [ArticleSummary], catalog: ProductCatalog, homeRegion: String, shards: Int) {
        var builder = DatasetBuilder.reading(
            figures, articles: articles, catalog: catalog, homeRegion: homeRegion, shards: shards)
        let output = builder.finish(figures: figures, articles: articles)
        self.homeRegion = homeRegion
        self.articles = articles
        self.figures = figures
        self.products = output.products
        self.lines = output.lines
        self.periods = output.periods
        self.observations = output.observations
        self.conflicts = output.conflicts
        self.otherRegions = output.otherRegions
        self.index = output.index
        self.checks = ConsistencyChecker(dataset: self, shards: shards).run()
        self.failedChecks = checks.filter { !$0.passed }
        self.headlines = makeHeadlines()
    }

    /// Builds the dataset from what a `CorpusReader` read.
    public init(
        _ result: CorpusReader.Result, catalog: ProductCatalog, homeRegion: String = FigureExtractor.defaultRegion
    ) {
        self.init(figures: result.figures, articles: result.articles, catalog: catalog, homeRegion: homeRegion)
    }
}
