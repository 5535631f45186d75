import ThdashExtraction

/// Builds a dataset in three passes, with no hash table over all figures:
/// 1. `read`: each figure's product, period, region and unit become small integer slots (strings are
///    looked up once per figure at most: region, unit and period are remembered from the figure before),
///    and what the merge needs of a figure is copied into small arrays;
/// 2. `finish` orders products and periods, then sorts each product's figures by period, region, unit,
///    kind and basis, so that figures that must agree are adjacent; one scan merges equal values into
///    observations and flags groups with different values as conflicts;
/// 3. the indices are counting sorts over observations that already come in product and period order.
/// Passes 1 and 2 and the checks can be split over several cores (`DatasetBuilder+Shards`).
struct DatasetBuilder: Sendable {
    /// What the builder hands to `Dataset`.
    struct Output {
        var products: [Product]
        var lines: [ProductLine]
        var periods: [PeriodKey]
        var observations: [Observation]
        var conflicts: [Conflict]
        var otherRegions: [String]
        var index: DatasetIndex
    }

    struct UndatedKey: Hashable, Sendable {
        var label: String
        var year: Int?
    }

    let catalog: ProductCatalog
    let homeFolded: String
    /// Into how many pieces the work is split (one per core for large inputs).
    var shards = 1

    // Products and lines, by slot in order of discovery (catalog entries first).
    var products: [Product] = []
    var productSlotByID: [String: Int32] = [:]
    var unknownSlotBySubject: [String: Int32] = [:]
    var unknownSlotByFolded: [String: Int32] = [:]
    /// Per product slot: position among catalog entries; larger for subjects the catalog lacks.
    var catalogOrder: [Int32] = []
    /// Per product slot: folded name (shards merge the same unknown subject by it).
    var foldedNames: [String] = []
    var lines: [ProductLine] = []
    var lineSlotByID: [String: Int32] = [:]

    var regionNames: [String] = []
    var regionIsHome: [Bool] = []
    var regionSlotByName: [String: Int32] = [:]

    /// Base periods compared with ("năm 2015"): slot 0 is none.
    var baseLabels: [String] = [""]
    var baseSlotByLabel: [String: Int32] = ["": 0]

    /// Per period slot: the key, or nil for an undated period.
    var periodSlotKeys: [PeriodKey?] = []
    /// Per period slot: what identifies an undated period (nil for a dated one).
    var periodSlotUndated: [UndatedKey?] = []
    var periodHasHomeData: [Bool] = []
    /// By `PeriodKey.packed`.
    var datedSlot: [Int: Int32] = [:]
    var undatedSlot: [UndatedKey: Int32] = [:]

    var unitNames: [String] = []
    var unitFactor: [Double] = []
    var unitBase: [Int32] = []
    var unitSlotByName: [String: Int32] = [:]
    var baseSlotByName: [String: Int32] = [:]

    // Per figure, from `read`.
    var figureProduct: [Int32] = []
    var figurePeriod: [Int32] = []
    var figureRegion: [Int32] = []
    var figureUnit: [Int32] = []
    /// Kind code in the high four bits, basis code + 1 in the low four (0: no basis).
    var figureKindBasis: [UInt8] = []
    /// The base period's slot in `baseLabels` (0: none), so that figures against different bases never merge.
    var figureBase: [Int32] = []
    /// The value rounded to its stated precision, in its base unit.
    var figureBaseValue: [Double] = []
    /// The value as stated, the period as written, and approximate (bit 0) and bound (bits 1–2): what the
    /// merge needs of each figure, kept in small arrays so that it never reaches into the large figures.
    var figureValue: [Double] = []
    var figureLabel: [String] = []
    var figureFlags: [UInt8] = []
    /// Index of the figure's article in the dataset's articles, or -1.
    var figureArticle: [Int32] = []
    /// The dataset's articles by path (set before reading).
    var articleIndexByPath: [String: Int] = [:]

    init(catalog: ProductCatalog, homeRegion: String) {
        self.catalog = catalog
        self.homeFolded = VietnameseText.fold(homeRegion)
        for line in catalog.lines { addLine(id: line.id, name: line.nameVI, nameEN: line.nameEN) }
        for entry in catalog.entries where entry.kind != .line {
            let kind = Product.Kind(entry.subjectClass ?? .product)
            let slot = addProduct(
                Product(
                    id: entry.id, kind: kind, line: lineID(entry.line), name: entry.nameVI, nameEN: entry.nameEN,
                    unit: entry.unit),
                catalogOrder: Int32(products.count))
            productSlotByID[entry.id] = slot
        }
    }

    // MARK: Pass 1

    /// Gives the figures of `range` their slots, appended to the per-figure arrays.
    mutating func read(_ figures: FigureList, range: Range<Int>) {
        figureProduct.reserveCapacity(range.count)
        figurePeriod.reserveCapacity(range.count)
        figureRegion.reserveCapacity(range.count)
        figureUnit.reserveCapacity(range.count)
        figureKindBasis.reserveCapacity(range.count)
        figureBase.reserveCapacity(range.count)
        figureBaseValue.reserveCapacity(range.count)
        figureValue.reserveCapacity(range.count)
        figureLabel.reserveCapacity(range.count)
        figureFlags.reserveCapacity(range.count)
        figureArticle.reserveCapacity(range.count)
        // Figures of one article share their region, unit and period: remember the last of each.
        var lastRegion = ""
        var region: Int32 = -1
        var lastUnit = ""
        var unit: Int32 = -1
        var lastPeriod = -1
        var lastPeriodSlot: Int32 = -1
        var lastArticle = ""
        var article: Int32 = -2
        figures.forEachStretch(in: range) { figures, _ in
            for index in figures.indices {
                let product = productSlot(
                    id: figures[index].product, subject: figures[index].subject, line: figures[index].line,
                    measure: figures[index].measure)
                if region < 0 || !Self.sameBytes(figures[index].region, lastRegion) {
                    lastRegion = figures[index].region
                    region = regionSlot(lastRegion, entity: figures[index].entity)
                }
                if unit < 0 || !Self.sameBytes(figures[index].unit, lastUnit) {
                    lastUnit = figures[index].unit
                    unit = unitSlot(lastUnit)
                }
                if article == -2 || !Self.sameBytes(figures[index].article, lastArticle) {
                    lastArticle = figures[index].article
                    article = articleIndexByPath[lastArticle].map(Int32.init) ?? -1
                }
                figureArticle.append(article)
                let key = PeriodKey(
                    type: figures[index].period.type, year: figures[index].period.year,
                    month: figures[index].period.month, quarter: figures[index].period.quarter,
                    months: figures[index].period.months)
                let period: Int32
                if let key {
                    if key.packed != lastPeriod {
                        lastPeriod = key.packed
                        lastPeriodSlot = datedSlot(key)
                    }
                    period = lastPeriodSlot
                } else {
                    period = undatedSlot(figures[index].period)
                }
                var basis = figures[index].basis
                if key?.type == .year && basis == .samePeriodLastYear { basis = .previousYear }
                figureProduct.append(product)
                figurePeriod.append(period)
                figureRegion.append(region)
                figureUnit.append(unit)
                figureKindBasis.append(Self.code(figures[index].kind) << 4 | Self.code(basis))
                figureBase.append(figures[index].base.map { baseSlot($0.label) } ?? 0)
                figureBaseValue.append(StatedPrecision.rounded(figures[index].value) * unitFactor[Int(unit)])
                figureValue.append(figures[index].value)
                figureLabel.append(figures[index].period.label)
                figureFlags.append(Self.flags(approximate: figures[index].approximate, bound: figures[index].bound))
                products[Int(product)].figureCount += 1
                if regionIsHome[Int(region)] {
                    products[Int(product)].hasHomeData = true
                    periodHasHomeData[Int(period)] = true
                }
            }
        }
    }

    /// Equality that is quick both ways: equal strings take `==`'s fast path, and strings of different
    /// lengths never reach its Unicode-aware comparison. All text is NFC already (`TextNormalizer`).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    private static func code(_ kind: FigureKind) -> UInt8 {
        switch kind {
        case .growth: return 0
        case .planCompletion: return 1
        case .value: return 2
        case .target: return 3
        case .forecast: return 4
        }
    }

    static func flags(approximate: Bool, bound: Bound?) -> UInt8 {
        (approximate ? 1 : 0) | (bound == .lower ? 2 : bound == .upper ? 4 : 0)
    }

    static func bound(flags: UInt8) -> Bound? {
        flags & 2 != 0 ? .lower : flags & 4 != 0 ? .upper : nil
    }

    static func kind(code: UInt8) -> FigureKind {
        switch code {
        case 0: return .growth
        case 1: return .planCompletion
        case 2: return .value
        case 3: return .target
        default: return .forecast
        }
    }

    private static func code(_ basis: Basis?) -> UInt8 {
        switch basis {
        case nil: return 0
        case .previousMonth?: return 1
        case .samePeriodLastYear?: return 2
        case .annualPlan?: return 3
        case .previousYear?: return 4
        case .previousQuarter?: return 5
        case .basePeriod?: return 6
        case .averageAnnual?: return 7
        }
    }

    static func basis(code: UInt8) -> Basis? {
        switch code {
        case 1: return .previousMonth
        case 2: return .samePeriodLastYear
        case 3: return .annualPlan
        case 4: return .previousYear
        case 5: return .previousQuarter
        case 6: return .basePeriod
        case 7: return .averageAnnual
        default: return nil
        }
    }

    // MARK: Slots

    private mutating func productSlot(id: String?, subject: String, line: String?, measure: Measure?) -> Int32 {
        if let measure, measure != .output {
            return measureSlot(of: productSlot(id: id, subject: subject, line: line, measure: nil), measure)
        }
        if let id {
            if let slot = productSlotByID[id] { return slot }
            // An id the catalog given to the dataset does not know (the extractor used another catalog).
            let slot = addProduct(
                Product(id: id, kind: .product, line: lineID(line ?? ProductLine.otherID), name: subject),
                catalogOrder: Int32.max - 1)
            productSlotByID[id] = slot
            return slot
        }
        if let slot = unknownSlotBySubject[subject] { return slot }
        let folded = Self.foldedSubject(subject)
        let slot: Int32
        if let known = unknownSlotByFolded[folded] {
            slot = known
            products[Int(slot)].spellings.append(subject)
        } else {
            slot = addProduct(
                Product(
                    id: Product.unknownID(folded: folded), kind: .unknown, line: lineID(ProductLine.otherID),
                    name: Self.displayName(subject), spellings: [subject]),
                catalogOrder: Int32.max, folded: folded)
            unknownSlotByFolded[folded] = slot
        }
        unknownSlotBySubject[subject] = slot
        return slot
    }

    /// The slot of another measure of a product ("Xuất khẩu xi măng"): a product of its own, in the same line.
    private mutating func measureSlot(of base: Int32, _ measure: Measure) -> Int32 {
        let product = products[Int(base)]
        let id = Product.measureID(product.id, measure)
        if let slot = productSlotByID[id] { return slot }
        let slot = addProduct(
            Product(
                id: id, kind: product.kind, line: product.line,
                name: Self.measureName(measure) + " " + Self.lowercasingFirst(product.name),
                nameEN: product.nameEN.isEmpty ? "" : product.nameEN + " " + Self.measureNameEN(measure),
                unit: "", measure: measure, baseID: product.id),
            catalogOrder: catalogOrder[Int(base)])
        productSlotByID[id] = slot
        return slot
    }

    static func measureName(_ measure: Measure) -> String {
        switch measure {
        case .output: return "Sản lượng"
        case .export: return "Xuất khẩu"
        case .import: return "Nhập khẩu"
        case .consumption: return "Tiêu thụ"
        case .inventory: return "Tồn kho"
        case .revenue: return "Doanh thu"
        }
    }

    static func measureNameEN(_ measure: Measure) -> String {
        switch measure {
        case .output: return "output"
        case .export: return "exports"
        case .import: return "imports"
        case .consumption: return "sales"
        case .inventory: return "stocks"
        case .revenue: return "revenue"
        }
    }

    /// An unknown subject as a name: its words without trailing particles ("số thu đã" → "Số thu"), the first
    /// letter capitalised.
    static func displayName(_ subject: String) -> String {
        var words = subject.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        while words.count > 1, let last = words.last, trailingParticles.contains(last.lowercased()) {
            words.removeLast()
        }
        let joined = words.joined(separator: " ")
        guard let first = joined.first else { return subject }
        return first.uppercased() + joined.dropFirst()
    }

    static let trailingParticles: Set<String> = [
        "đã", "của", "là", "thì", "được", "sẽ", "vẫn", "cũng", "đều", "mà", "và", "có", "đang", "với", "nhưng",
    ]

    /// "Xi măng" → "xi măng"; an acronym keeps its capitals ("LPG", "P-xylen").
    static func lowercasingFirst(_ name: String) -> String {
        let characters = Array(name)
        guard characters.count > 1, characters[1].isLowercase || characters[1] == " " else { return name }
        return characters[0].lowercased() + String(characters.dropFirst())
    }

    /// Folded text with runs of blanks made single and the ends trimmed.
    static func foldedSubject(_ subject: String) -> String {
        NameFolding.fold(subject).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(
            separator: " ")
    }

    mutating func addProduct(_ product: Product, catalogOrder order: Int32, folded: String? = nil) -> Int32 {
        products.append(product)
        catalogOrder.append(order)
        foldedNames.append(folded ?? NameFolding.fold(product.name))
        return Int32(products.count - 1)
    }

    /// The id of a known line, adding a line for an id no catalog line has.
    mutating func lineID(_ id: String) -> String {
        if lineSlotByID[id] == nil {
            if id == ProductLine.otherID {
                addLine(id: id, name: "Khác (chưa có trong danh mục)", nameEN: "Other (not in the catalog)")
            } else {
                addLine(id: id, name: id, nameEN: id)
            }
        }
        return id
    }

    private mutating func addLine(id: String, name: String, nameEN: String) {
        lineSlotByID[id] = Int32(lines.count)
        lines.append(ProductLine(id: id, name: name, nameEN: nameEN))
    }

    /// A region's slot; it is the home region's when its figures are the province's own (`entity`), never
    /// a company's, a region left unknown or another province's.
    mutating func regionSlot(_ name: String, entity: Entity) -> Int32 {
        if let slot = regionSlotByName[name] { return slot }
        return regionSlot(
            name, isHome: entity != .company && !name.isEmpty && VietnameseText.fold(name) == homeFolded)
    }

    mutating func regionSlot(_ name: String, isHome: Bool) -> Int32 {
        if let slot = regionSlotByName[name] { return slot }
        let slot = Int32(regionNames.count)
        regionNames.append(name)
        regionIsHome.append(isHome)
        regionSlotByName[name] = slot
        return slot
    }

    mutating func baseSlot(_ label: String) -> Int32 {
        if let slot = baseSlotByLabel[label] { return slot }
        let slot = Int32(baseLabels.count)
        baseLabels.append(label)
        baseSlotByLabel[label] = slot
        return slot
    }

    mutating func unitSlot(_ unit: String) -> Int32 {
        // A corpus has a few dozen units: comparing beats hashing.
        if unitNames.count <= 16, let slot = unitNames.firstIndex(where: { Self.sameBytes($0, unit) }) {
            return Int32(slot)
        }
        if let slot = unitSlotByName[unit] { return slot }
        let scale = UnitScale(unit)
        let base: Int32
        if let known = baseSlotByName[scale.base] {
            base = known
        } else {
            base = Int32(baseSlotByName.count)
            baseSlotByName[scale.base] = base
        }
        let slot = Int32(unitNames.count)
        unitNames.append(unit)
        unitFactor.append(scale.factor)
        unitBase.append(base)
        unitSlotByName[unit] = slot
        return slot
    }

    mutating func datedSlot(_ key: PeriodKey) -> Int32 {
        if let slot = datedSlot[key.packed] { return slot }
        let slot = Int32(periodSlotKeys.count)
        periodSlotKeys.append(key)
        periodSlotUndated.append(nil)
        periodHasHomeData.append(false)
        datedSlot[key.packed] = slot
        return slot
    }

    private mutating func undatedSlot(_ period: Period) -> Int32 {
        undatedSlot(UndatedKey(label: period.label, year: period.year))
    }

    mutating func undatedSlot(_ undated: UndatedKey) -> Int32 {
        if let slot = undatedSlot[undated] { return slot }
        let slot = Int32(periodSlotKeys.count)
        periodSlotKeys.append(nil)
        periodSlotUndated.append(undated)
        periodHasHomeData.append(false)
        undatedSlot[undated] = slot
        return slot
    }
}
