import ThdashExtraction
import ThdashModel

/// Every word the interface shows, in Vietnamese and in English: one instance per language, so a string
/// missing from either fails to compile.
public struct Strings: Sendable {
    public var language: Language

    // Frame
    public var appTitle: @Sendable (_ region: String) -> String
    public var corpusSummary: @Sendable (_ articles: Int, _ figures: Int, _ conflicts: Int) -> String
    public var tabTitles: [Tab: String]
    public var periodLabel: String
    public var basisLabel: String
    public var sortLabel: String
    public var sortColumns: [SortOrder.Column: String]
    public var noPeriod: String
    public var noEarlierPeriod: String
    public var noLaterPeriod: String
    /// "tháng", "quý", "lũy kế", "năm": how long the periods stepped through are.
    public var granularities: [PeriodGranularity: String]
    /// "Kỳ (theo quý)": the period line's label with the granularity in force.
    public var periodLabelWith: @Sendable (_ granularity: String) -> String
    public var noOtherGranularity: String
    /// The period had no figure for the new basis on this screen: the one it moved to (first, so that a
    /// narrow status line keeps it).
    public var basisMoved: @Sendable (_ mode: String, _ from: String, _ to: String) -> String
    public var basisNowhere: @Sendable (_ mode: String) -> String

    // Status line
    public var hintQuit: String
    public var hintHelp: String
    public var hintSearch: String
    public var hintOpen: String
    public var hintBack: String
    public var hintPeriod: String
    public var hintBasis: String
    public var hintGranularity: String
    /// "Đã ghim năm 2024: ← → chọn kỳ để so sánh".
    public var pinned: @Sendable (_ period: String) -> String
    public var unpinned: String
    /// "Dự phóng (không phải dự báo):" before the year-end outlook.
    public var outlookLabel: String
    /// The year-end outlook: the year's value and plan share at the pace so far; how much higher (lower when
    /// `slower`) the average month still to come must be to meet the plan, nil when it is met.
    public var outlook:
        @Sendable (_ value: String?, _ completion: String, _ monthsLeft: Int, _ needed: String?, _ slower: Bool) ->
            String
    /// The outlook for a narrow screen: "Dự phóng: cả năm đạt 88,2% KH; 4 tháng cuối cần nhanh hơn 40,1%".
    public var outlookShort:
        @Sendable (_ completion: String, _ monthsLeft: Int, _ needed: String?, _ slower: Bool) -> String
    /// The context line's note of the pinned period: "so với năm 2024".
    public var pinnedLabel: @Sendable (_ period: String) -> String
    /// The column of the difference between the current and the pinned figure, in points.
    public var differenceColumn: String
    /// "so với năm trước · theo năm · 24 sản phẩm × 7 kỳ · 61 ô có số liệu": the periods matrix's caption.
    public var matrixCaption:
        @Sendable (_ mode: String, _ granularity: String, _ products: Int, _ periods: Int, _ cells: Int) -> String
    public var hintAllProducts: String
    /// "2 kỳ không có số liệu": the gaps in a product's sparkline, when there are too many to name.
    public var missingPeriods: @Sendable (_ periods: Int) -> String
    /// "thiếu T3/2024, T5/2024": the few gaps in a product's sparkline, named.
    public var missingNamed: @Sendable (_ periods: String) -> String
    public var hintSort: String
    public var hintLanguage: String
    public var searchPrompt: String
    public var matchCount: @Sendable (_ count: Int) -> String
    public var noMatch: @Sendable (_ query: String) -> String

    // Loading and size
    public var loadingTitle: @Sendable (_ source: String) -> String
    public var readingFiles: @Sendable (_ done: Int, _ total: Int) -> String
    public var listingFiles: String
    public var building: String
    public var tooSmall: @Sendable (_ width: Int, _ height: Int) -> String
    public var needsSize: @Sendable (_ width: Int, _ height: Int) -> String
    public var quitHint: String

    // Overview
    public var headlinesTitle: String
    public var iipName: String
    public var productionName: String
    public var noFigureYet: String
    public var planReached: @Sendable (_ percent: String) -> String
    public var linearPace: @Sendable (_ percent: String) -> String
    public var behindPace: @Sendable (_ points: String) -> String
    public var aheadOfPace: @Sendable (_ points: String) -> String
    public var noPlan: String
    public var risersTitle: String
    public var fallersTitle: String
    public var planTopTitle: String
    public var planBottomTitle: String
    public var noRisers: String
    public var noFallers: String
    /// A headline from an earlier period of the selected year: "8 tháng đầu năm 2020 (kỳ gần nhất có số liệu)".
    public var earlierFigure: @Sendable (_ period: String) -> String
    /// The same, short, for a narrow screen: "8T/2020, kỳ trước".
    public var earlierFigureShort: @Sendable (_ period: String) -> String
    public var noFigureInYear: @Sendable (_ year: Int) -> String
    /// " · 3 kỳ trước không hiện": periods of a history panel that did not fit.
    public var historyHidden: @Sendable (_ periods: Int) -> String
    public var noFigures: @Sendable (_ mode: String, _ period: String) -> String
    public var historyTitle: @Sendable (_ name: String, _ mode: String) -> String
    public var qualitySummary: @Sendable (_ conflicts: Int, _ failedChecks: Int, _ unreadable: Int) -> String

    // Product lists
    public var productColumn: String
    public var lineColumn: String
    public var outputColumn: String
    public var growthColumn: String
    public var planColumn: String
    public var productsCaption: @Sendable (_ filled: Int, _ total: Int) -> String
    /// " · 45 không có số liệu, a để hiện": rows the list leaves out until `a`.
    public var hiddenRows: @Sendable (_ rows: Int) -> String
    /// " · a để ẩn sản phẩm không có số liệu": the list shows every product.
    public var allRowsShown: String
    public var linesCaption: String
    public var productsCountColumn: String
    public var filledColumn: String
    public var leaderColumn: String

    // Product drill-down
    public var unitLabel: String
    public var periodColumn: String
    public var measureColumn: String
    public var valueColumn: String
    public var sourcesColumn: String
    public var sourceTitle: String
    public var conflictTitle: String
    public var noDate: String
    public var measures: [FigureKind: String]
    public var bases: [Basis: String]
    public var periodTypes: [PeriodType: String]
    public var noHistory: String

    // Sources
    public var dateColumn: String
    public var titleColumn: String
    public var figuresColumn: String
    public var fileColumn: String
    public var sourcesCaption:
        @Sendable (_ articles: Int, _ failures: Int, _ skipped: Int, _ cacheProblems: Int) -> String
    /// " · 3 bài không về Thanh Hóa": articles whose unmarked figures stay out of the home tables.
    public var awayCaption: @Sendable (_ articles: Int, _ home: String) -> String
    /// Articles too dense with figures to be read whole (`thdash check` says where each stopped).
    public var partlyReadCaption: @Sendable (_ articles: Int) -> String
    public var aboutColumn: String
    public var unknownRegion: String
    public var unreadable: String
    /// The label of a path passed over (read through another path, a link loop, a link to nothing).
    public var skippedLabel: String
    /// Why a path was passed over (its path is in the file column).
    public var skippedReason: @Sendable (_ why: SkippedPath.Why, _ path: String) -> String
    public var cacheLabel: String
    /// What happened to a cache file (its path is in the file column).
    public var cacheProblem: @Sendable (_ problem: CacheNote.Problem) -> String
    /// Why a file could not be read (its path is in the file column).
    public var failureReason: @Sendable (_ cause: LoadFailure.Cause) -> String

    // Help
    public var helpTitle: String
    public var helpClose: String
    public var mouseKeys: String
    public var themeLine: @Sendable (_ theme: String) -> String
    public var help: [HelpTopic: String]
    public var marksTitle: String
    /// What each mark and colour on the screens means, as the help lists them.
    public var marks: [(mark: String, meaning: String)]
}

extension Strings {
    public static let vietnamese = Strings(
        language: .vietnamese,
        appTitle: { "thdash · Công nghiệp \($0)" },
        corpusSummary: { "\($0) bài · \($1) số liệu" + ($2 > 0 ? " · \($2) mâu thuẫn" : "") },
        tabTitles: [
            .overview: "Tổng quan", .products: "Sản phẩm", .chart: "Biểu đồ", .lines: "Ngành", .sources: "Nguồn",
            .matrix: "Theo kỳ",
        ],
        periodLabel: "Kỳ", basisLabel: "Cơ sở:", sortLabel: "Xếp theo:",
        sortColumns: [.line: "ngành", .product: "tên", .figure: "số liệu"],
        noPeriod: "chưa có kỳ nào",
        noEarlierPeriod: "Không còn kỳ nào trước có số liệu",
        noLaterPeriod: "Không còn kỳ nào sau có số liệu",
        granularities: [.month: "tháng", .quarter: "quý", .yearToDate: "lũy kế", .year: "năm"],
        periodLabelWith: { "Kỳ (\($0))" },
        noOtherGranularity: "Không có loại kỳ nào khác có số liệu ở đây",
        basisMoved: { "Sang \($2): \($1) không có số liệu \($0)" },
        basisNowhere: { "Không có số liệu \($0) nào ở đây" },
        hintQuit: "thoát", hintHelp: "trợ giúp", hintSearch: "tìm", hintOpen: "xem", hintBack: "quay lại",
        hintPeriod: "kỳ", hintBasis: "so sánh", hintGranularity: "loại kỳ",
        pinned: { "Đã ghim \($0): ← → chọn kỳ để so sánh, c để bỏ ghim" }, unpinned: "Đã bỏ ghim",
        outlookLabel: "Dự phóng (không phải dự báo):",
        outlook: { value, completion, left, needed, slower in
            let year = (value.map { "cả năm \($0), " } ?? "cả năm ") + completion + " kế hoạch"
            guard let needed else { return year + "; đã đạt kế hoạch" }
            return year + "; \(left) tháng còn lại cần bình quân \(slower ? "thấp hơn" : "cao hơn") \(needed)"
        },
        outlookShort: { completion, left, needed, slower in
            "Dự phóng: cả năm đạt \(completion) KH"
                + (needed.map { "; \(left) tháng cuối cần \(slower ? "chậm" : "nhanh") hơn \($0)" } ?? "")
        },
        pinnedLabel: { "đối chiếu \($0)" }, differenceColumn: "Chênh",
        matrixCaption: { "\($0) · theo \($1) · \($2) sản phẩm × \($3) kỳ · \($4) ô có số liệu" },
        hintAllProducts: "tất cả",
        missingPeriods: { "\($0) kỳ không có số liệu" }, missingNamed: { "thiếu \($0)" }, hintSort: "xếp",
        hintLanguage: "English",
        searchPrompt: "Tìm: ",
        matchCount: { "\($0) kết quả" },
        noMatch: { "Không có sản phẩm nào khớp “\($0)”" },
        loadingTitle: { "Đang tải \($0)" },
        readingFiles: { "Đang đọc bài viết: \($0)/\($1) tệp" },
        listingFiles: "Đang tìm các tệp bài viết…",
        building: "Đang dựng bảng số liệu…",
        tooSmall: { "Cửa sổ quá nhỏ: \($0)×\($1)." },
        needsSize: { "Cần ít nhất \($0)×\($1) ô." },
        quitHint: "Nhấn q để thoát.",
        headlinesTitle: "Chỉ số chính",
        iipName: "Chỉ số sản xuất công nghiệp (IIP)",
        productionName: "Giá trị sản xuất công nghiệp",
        noFigureYet: "chưa có số liệu",
        planReached: { "đạt \($0) kế hoạch năm" },
        linearPace: { "tiến độ đều: \($0)" },
        behindPace: { "chậm \($0) điểm" },
        aheadOfPace: { "vượt \($0) điểm" },
        noPlan: "chưa có kế hoạch năm",
        risersTitle: "▲ Tăng mạnh nhất", fallersTitle: "▼ Giảm mạnh nhất",
        planTopTitle: "Hoàn thành kế hoạch cao nhất", planBottomTitle: "Hoàn thành kế hoạch thấp nhất",
        noRisers: "Không có sản phẩm nào tăng.", noFallers: "Không có sản phẩm nào giảm.",
        earlierFigure: { "\($0) (kỳ gần nhất có số liệu)" }, earlierFigureShort: { "\($0), kỳ trước" },
        noFigureInYear: { "chưa có số liệu năm \($0)" },
        historyHidden: { " · \($0) kỳ trước không hiện" },
        noFigures: { "Không có số liệu \($0) cho \($1)." },
        historyTitle: { "\($0) qua các kỳ, \($1)" },
        qualitySummary: { conflicts, checks, unreadable in
            var parts: [String] = []
            if conflicts > 0 { parts.append("\(conflicts) mâu thuẫn") }
            if checks > 0 { parts.append("\(checks) kiểm tra lệch") }
            if unreadable > 0 { parts.append("\(unreadable) tệp lỗi") }
            return parts.joined(separator: " · ")
        },
        productColumn: "Sản phẩm", lineColumn: "Ngành", outputColumn: "Sản lượng", growthColumn: "Tăng %",
        planColumn: "% KH",
        productsCaption: { "\($0)/\($1) sản phẩm có số liệu" },
        hiddenRows: { " · \($0) không có số liệu ẩn, a để hiện" },
        allRowsShown: " · a để ẩn sản phẩm không có số liệu",
        linesCaption: "Ngành hàng · Enter để xem sản phẩm",
        productsCountColumn: "Sản phẩm", filledColumn: "Có số liệu", leaderColumn: "Cao nhất",
        unitLabel: "đơn vị",
        periodColumn: "Kỳ", measureColumn: "Chỉ tiêu", valueColumn: "Giá trị", sourcesColumn: "Nguồn",
        sourceTitle: "Nguồn", conflictTitle: "Các bài đưa số khác nhau",
        noDate: "không rõ ngày",
        measures: [
            .growth: "tăng", .planCompletion: "% kế hoạch năm", .value: "giá trị", .target: "kế hoạch",
            .forecast: "dự báo",
        ],
        bases: [
            .previousMonth: "so với tháng trước", .samePeriodLastYear: "so với cùng kỳ",
            .previousYear: "so với năm trước", .previousQuarter: "so với quý trước", .annualPlan: "so với kế hoạch",
            .basePeriod: "so với kỳ gốc", .averageAnnual: "bình quân mỗi năm",
        ],
        periodTypes: [
            .month: "theo tháng", .quarter: "theo quý", .monthsToDate: "lũy kế", .year: "theo năm",
            .span: "nhiều năm", .other: "khác",
        ],
        noHistory: "Sản phẩm này chưa có số liệu.",
        dateColumn: "Ngày", titleColumn: "Tiêu đề", figuresColumn: "Số liệu", fileColumn: "Tệp",
        sourcesCaption: { articles, failures, skipped, cacheProblems in
            "\(articles) bài" + (failures > 0 ? " · \(failures) tệp không đọc được" : "")
                + (skipped > 0 ? " · \(skipped) bỏ qua" : "")
                + (cacheProblems > 0 ? " · \(cacheProblems) lỗi bộ đệm" : "")
        },
        awayCaption: { " · \($0) bài không về \($1)" },
        partlyReadCaption: { " · \($0) bài chỉ đọc được một phần (xem thdash check)" },
        aboutColumn: "Về",
        unknownRegion: "không rõ",
        unreadable: "lỗi đọc",
        skippedLabel: "bỏ qua",
        skippedReason: { why, path in
            switch why {
            case .sameFile(let first):
                first == path ? "đã đọc; chỉ tính một lần" : "trùng tệp \(first); chỉ tính một lần"
            case .sameFolder(let first):
                first == path ? "đã đọc; chỉ tính một lần" : "trùng thư mục \(first); chỉ tính một lần"
            case .loop(let ancestor): "liên kết vòng về \(ancestor); các tệp đã đọc ở đó"
            case .danglingLink(let target): "liên kết tới \(target), không tồn tại"
            }
        },
        cacheLabel: "bộ đệm",
        cacheProblem: { problem in
            switch problem {
            case .unreadable(let why): "không đọc được (\(why)); đã trích xuất lại"
            case .damaged(let why): "bị hỏng (\(why)); đã trích xuất lại"
            case .notWritten(let why): "không ghi được (\(why))"
            }
        },
        failureReason: { VietnameseFailureReasons.reason($0) },
        helpTitle: "Phím tắt",
        helpClose: "Esc hoặc ? để đóng",
        mouseKeys: "chuột",
        themeLine: { "Màu: \($0) (--theme dark|light|mono; NO_COLOR tắt màu)" },
        help: [
            .quit: "thoát", .back: "đóng trợ giúp/tìm kiếm, quay lại một cấp", .move: "lên, xuống",
            .page: "lên, xuống một trang", .ends: "về đầu, về cuối",
            .drillIn: "xem ngành hàng, sản phẩm; đọc bài có số liệu đang chọn",
            .switchTab: "màn hình sau, trước", .tabDigits: "chọn màn hình",
            .period: "kỳ trước, kỳ sau cùng loại có số liệu ở màn hình này",
            .granularity: "đổi loại kỳ: tháng, quý, lũy kế, năm",
            .basis: "đổi so sánh: tháng trước, cùng kỳ, kế hoạch",
            .allProducts: "hiện mọi sản phẩm, hay chỉ sản phẩm có số liệu",
            .compare: "ghim kỳ này để so sánh với kỳ khác; bấm lần nữa để bỏ ghim",
            .sort: "đổi cột sắp xếp", .reverseSort: "đảo chiều sắp xếp",
            .search: "tìm sản phẩm (không cần dấu)",
            .matches: "kết quả tìm sau, trước; khi đọc bài: số liệu sau, trước",
            .conflicts: "mâu thuẫn giữa các bài (hoặc bấm số ở dòng tiêu đề)",
            .language: "tiếng Việt / English", .help: "trợ giúp", .redraw: "vẽ lại màn hình",
            .mouse: "bấm vào thẻ hoặc dòng; bấm lần nữa để xem",
        ],
        marksTitle: "Ký hiệu",
        marks: [
            ("~", "số ước tính (bài viết nói “ước”, “khoảng”)"),
            ("> <", "số là mức tối thiểu, tối đa (“trên”, “dưới”)"),
            ("≠", "các bài đưa số khác nhau; Enter để xem từng bài"),
            ("—", "không có số liệu (không bao giờ là 0)"),
            ("▲ ▼", "tăng, giảm"),
            ("█░│", "kế hoạch năm: phần đã đạt, phần còn lại, mốc tiến độ đều"),
            ("+", "sau số liệu của một bài: bài quá dày số liệu, chỉ đọc một phần"),
            ("màu", "xanh: tăng hoặc đạt kế hoạch · đỏ: giảm · vàng: cần chú ý · mờ: chú thích"),
        ])

    public static let english = Strings(
        language: .english,
        appTitle: { "thdash · \($0) industry" },
        corpusSummary: {
            "\($0) articles · \($1) figures" + ($2 > 1 ? " · \($2) conflicts" : $2 == 1 ? " · 1 conflict" : "")
        },
        tabTitles: [
            .overview: "Overview", .products: "Products", .chart: "Chart", .lines: "Lines", .sources: "Sources",
            .matrix: "Periods",
        ],
        periodLabel: "Period", basisLabel: "Basis:", sortLabel: "Sort:",
        sortColumns: [.line: "line", .product: "name", .figure: "figure"],
        noPeriod: "no period yet",
        noEarlierPeriod: "No earlier period has data",
        noLaterPeriod: "No later period has data",
        granularities: [.month: "monthly", .quarter: "quarterly", .yearToDate: "year to date", .year: "yearly"],
        periodLabelWith: { "Period (\($0))" },
        noOtherGranularity: "No other period length has figures here",
        basisMoved: { "Moved to \($2): no \($0) figures for \($1)" },
        basisNowhere: { "No \($0) figures here" },
        hintQuit: "quit", hintHelp: "help", hintSearch: "search", hintOpen: "open", hintBack: "back",
        hintPeriod: "period", hintBasis: "basis", hintGranularity: "length",
        pinned: { "Pinned \($0): ← → choose a period to compare, c unpins" }, unpinned: "Unpinned",
        outlookLabel: "Projection (not a forecast):",
        outlook: { value, completion, left, needed, slower in
            let year = (value.map { "the year \($0), " } ?? "the year ") + completion + " of plan"
            guard let needed else { return year + "; plan already met" }
            return year + "; the \(left) months left must average \(needed) \(slower ? "less" : "more")"
        },
        outlookShort: { completion, left, needed, slower in
            "Projection: the year at \(completion) of plan"
                + (needed.map { "; the last \(left) months \($0) \(slower ? "slower" : "faster")" } ?? "")
        },
        pinnedLabel: { "against \($0)" }, differenceColumn: "Diff.",
        matrixCaption: { "\($0) · \($1) · \($2) products × \($3) periods · \($4) cells with a figure" },
        hintAllProducts: "all",
        missingPeriods: { "\($0) period\($0 == 1 ? "" : "s") without a figure" },
        missingNamed: { "missing \($0)" }, hintSort: "sort",
        hintLanguage: "Tiếng Việt",
        searchPrompt: "Search: ",
        matchCount: { "\($0) \($0 == 1 ? "match" : "matches")" },
        noMatch: { "No product matches “\($0)”" },
        loadingTitle: { "Loading \($0)" },
        readingFiles: { "Reading articles: \($0) of \($1) files" },
        listingFiles: "Looking for article files…",
        building: "Building the tables…",
        tooSmall: { "The window is too small: \($0)×\($1)." },
        needsSize: { "It needs at least \($0)×\($1) cells." },
        quitHint: "Press q to quit.",
        headlinesTitle: "Headlines",
        iipName: "Industrial production index (IIP)",
        productionName: "Industrial production value",
        noFigureYet: "no figure yet",
        planReached: { "\($0) of the annual plan" },
        linearPace: { "linear pace: \($0)" },
        behindPace: { "\($0) points behind" },
        aheadOfPace: { "\($0) points ahead" },
        noPlan: "no annual plan stated",
        risersTitle: "▲ Biggest risers", fallersTitle: "▼ Biggest fallers",
        planTopTitle: "Highest plan completion", planBottomTitle: "Lowest plan completion",
        noRisers: "No product rose.", noFallers: "No product fell.",
        earlierFigure: { "\($0) (latest earlier figure)" }, earlierFigureShort: { "\($0), earlier" },
        noFigureInYear: { "no figure for \($0) yet" },
        historyHidden: { " · \($0) earlier period\($0 == 1 ? "" : "s") not shown" },
        noFigures: { "No \($0) figures for \($1)." },
        historyTitle: { "\($0) over time, \($1)" },
        qualitySummary: { conflicts, checks, unreadable in
            var parts: [String] = []
            if conflicts > 0 { parts.append("\(conflicts) conflicts") }
            if checks > 0 { parts.append("\(checks) failed checks") }
            if unreadable > 0 { parts.append("\(unreadable) unreadable files") }
            return parts.joined(separator: " · ")
        },
        productColumn: "Product", lineColumn: "Line", outputColumn: "Output", growthColumn: "Change %",
        planColumn: "% plan",
        productsCaption: { "\($0) of \($1) products have a figure" },
        hiddenRows: { " · \($0) without a figure hidden, a shows them" },
        allRowsShown: " · a hides products without a figure",
        linesCaption: "Product lines · Enter lists their products",
        productsCountColumn: "Products", filledColumn: "With data", leaderColumn: "Highest",
        unitLabel: "unit",
        periodColumn: "Period", measureColumn: "Measure", valueColumn: "Value", sourcesColumn: "Sources",
        sourceTitle: "Source", conflictTitle: "Articles that disagree",
        noDate: "no date",
        measures: [
            .growth: "growth", .planCompletion: "% of annual plan", .value: "value", .target: "target",
            .forecast: "forecast",
        ],
        bases: [
            .previousMonth: "vs previous month", .samePeriodLastYear: "vs same period last year",
            .previousYear: "vs previous year", .previousQuarter: "vs previous quarter", .annualPlan: "vs plan",
            .basePeriod: "vs base period", .averageAnnual: "yearly average",
        ],
        periodTypes: [
            .month: "monthly", .quarter: "quarterly", .monthsToDate: "year to date", .year: "yearly",
            .span: "multi-year", .other: "other",
        ],
        noHistory: "This product has no figures yet.",
        dateColumn: "Date", titleColumn: "Title", figuresColumn: "Figures", fileColumn: "File",
        sourcesCaption: { articles, failures, skipped, cacheProblems in
            "\(articles) article\(articles == 1 ? "" : "s")"
                + (failures > 0 ? " · \(failures) unreadable file\(failures == 1 ? "" : "s")" : "")
                + (skipped > 0 ? " · \(skipped) skipped" : "")
                + (cacheProblems > 0 ? " · \(cacheProblems) cache problem\(cacheProblems == 1 ? "" : "s")" : "")
        },
        awayCaption: { " · \($0) not about \($1)" },
        partlyReadCaption: { " · \($0) read only in part (see thdash check)" },
        aboutColumn: "About",
        unknownRegion: "unknown",
        unreadable: "unreadable",
        skippedLabel: "skipped",
        skippedReason: { SkippedPath(path: $1, why: $0).reason },
        cacheLabel: "cache",
        cacheProblem: { CacheNote(path: "", problem: $0).reason },
        failureReason: { LoadFailure(path: "", cause: $0).reason },
        helpTitle: "Keys",
        helpClose: "Esc or ? closes",
        mouseKeys: "mouse",
        themeLine: { "Colours: \($0) (--theme dark|light|mono; NO_COLOR turns colour off)" },
        help: [
            .quit: "quit", .back: "close help or search, go back a level", .move: "up, down",
            .page: "a page up, down", .ends: "first, last",
            .drillIn: "open a product line or product; read the article of the selected figure",
            .switchTab: "next, previous screen", .tabDigits: "choose a screen",
            .period: "previous, next period of the same length with figures here",
            .granularity: "period length: month, quarter, year to date, year",
            .basis: "basis: previous month, same period, plan",
            .allProducts: "every product, or only those with a figure",
            .compare: "pin this period to compare others with it; again to unpin",
            .sort: "change the sort column", .reverseSort: "reverse the sort",
            .search: "search products (diacritics optional)",
            .matches: "next, previous match; in the reader: next, previous figure",
            .conflicts: "conflicts between articles (or click their count on the title row)",
            .language: "Vietnamese / English", .help: "this help", .redraw: "redraw the screen",
            .mouse: "click a tab or a row; click again to open",
        ],
        marksTitle: "Marks",
        marks: [
            ("~", "an estimate (the article says “about”, “estimated”)"),
            ("> <", "a lower or upper bound (“over”, “under”)"),
            ("≠", "articles disagree; Enter shows each"),
            ("—", "no figure (never a zero)"),
            ("▲ ▼", "up, down"),
            ("█░│", "annual plan: reached, still to go, the linear-pace mark"),
            ("+", "after an article's figure count: too dense with figures, read in part"),
            ("colour", "green: up or plan met · red: down · yellow: needs a look · dim: notes"),
        ])
}

extension Strings {
    /// The basis as it reads for `period`: a whole year's year-on-year figure is against the previous year.
    public func mode(_ mode: ComparisonMode, for period: PeriodKey?) -> String {
        guard mode == .yearOnYear, period?.type == .year else { return self.mode(mode) }
        return bases[.previousYear] ?? self.mode(mode)
    }

    /// The basis mode as the period line shows it.
    public func mode(_ mode: ComparisonMode) -> String {
        if language == .vietnamese { return mode.label }
        switch mode {
        case .monthOnMonth: return "vs previous month"
        case .yearOnYear: return "vs same period last year"
        case .planCompletion: return "% of annual plan"
        }
    }

    /// A period in words: "tháng 8/2020" / "August 2020", "quý III/2020" / "Q3 2020".
    public func period(_ period: PeriodKey) -> String {
        if language == .vietnamese { return period.label }
        switch period.type {
        case .month: return "\(Self.monthNames[period.number]) \(period.year)"
        case .quarter: return "Q\(period.number) \(period.year)"
        case .monthsToDate: return "Jan–\(Self.monthNames[period.number].prefix(3)) \(period.year)"
        default: return "\(period.year)"
        }
    }

    /// A period for narrow columns: "T8/2020" / "8/2020", "Q3/2020", "8T/2020" / "8M/2020", "2020".
    public func shortPeriod(_ period: PeriodKey) -> String {
        if language == .vietnamese { return period.shortLabel }
        switch period.type {
        case .month: return "\(period.number)/\(period.year)"
        case .quarter: return "Q\(period.number)/\(period.year)"
        case .monthsToDate: return "\(period.number)M/\(period.year)"
        default: return "\(period.year)"
        }
    }

    /// What an observation measures: "tăng so với cùng kỳ" / "growth vs same period last year", "dự báo tăng
    /// so với năm trước", "tăng so với năm 2015" (a named base period, as the article wrote it).
    public func measure(kind: FigureKind, basis: Basis?, base: String? = nil) -> String {
        let name = measures[kind] ?? kind.rawValue
        guard kind == .growth || (!kind.isActual && basis != nil), let basis else { return name }
        let growth = kind.isActual ? "" : " " + (measures[.growth] ?? "")
        let compared =
            basis == .basePeriod
            ? (base.map { (language == .vietnamese ? "so với " : "vs ") + $0 } ?? bases[basis] ?? "")
            : (bases[basis] ?? basis.rawValue)
        return name + (basis == .annualPlan ? " " + compared : growth + " " + compared)
    }

    /// A unit in this language: as written in Vietnamese; in English its words translated ("tỷ đồng" → "VND
    /// bn", "triệu kWh" → "million kWh", "nghìn tấn" → "thousand tonnes").
    public func unit(_ unit: String) -> String {
        guard language == .english, !unit.isEmpty, unit != "%" else { return unit }
        if let whole = Self.englishUnits[unit] { return whole }
        var words = unit.split(separator: " ").map(String.init)
        var scale: [String] = []
        while let first = words.first, let english = Self.englishScales[first] {
            scale.append(english)
            words.removeFirst()
        }
        let base = words.joined(separator: " ")
        let translated = Self.englishBases[base] ?? base
        if translated == "VND" || translated == "USD" {
            return ([translated] + scale.map { Self.currencyScales[$0] ?? $0 }).joined(separator: " ")
        }
        return (scale + [translated]).joined(separator: " ")
    }

    private static let englishUnits = [
        "đồng": "VND", "USD": "USD", "nghìn tỷ đồng": "VND trillion", "nghìn tỷ USD": "USD trillion",
    ]
    private static let englishScales = [
        "nghìn": "thousand", "ngàn": "thousand", "triệu": "million", "tỷ": "billion", "tỉ": "billion",
        "trăm": "hundred",
    ]
    private static let currencyScales = ["thousand": "thousand", "million": "mn", "billion": "bn"]
    private static let englishBases = [
        "tấn": "tonnes", "lít": "litres", "đồng": "VND", "USD": "USD", "bao": "packs", "cái": "pieces",
        "đôi": "pairs", "chiếc": "units", "viên": "bricks", "m2": "m²", "m3": "m³", "tấm": "sheets", "bộ": "sets",
        "kg": "kg", "xe": "vehicles", "thùng": "cases", "hộp": "boxes", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh",
    ]

    /// A number in this language's style: "88.926,5" or "88,926.5".
    public func number(_ value: Double, decimals: Int = StatedPrecision.maximumDecimals) -> String {
        let text = NumberFormatting.vietnamese(value, decimals: decimals)
        return language == .vietnamese ? text : Self.swapSeparators(text)
    }

    private static func swapSeparators(_ text: String) -> String {
        String(text.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
    }

    private static let monthNames = [
        "", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
