import ThdashExtraction

/// One article's summary and figures in the cache's binary form. A record stands alone (its strings in its
/// own table, each sentence once however many figures quote it), so the cache can copy a record from one
/// file to the next without decoding it, and decode records on several threads at once. The path is not
/// stored: the same content may be found under another name, and takes the name it is found under.
enum ArticleRecord {
    struct Invalid: Error {}

    static func encode(summary: ArticleSummary, figures: [Figure]) -> [UInt8] {
        var strings = StringTable(expected: 8 + 3 * figures.count)
        var body = ByteWriter()
        body.optionalInt(strings.index(summary.title))
        body.optionalInt(summary.date?.year)
        body.optionalInt(summary.date?.month)
        body.optionalInt(summary.date?.day)
        body.optionalInt(strings.index(summary.source))
        body.optionalInt(strings.index(summary.url))
        body.optionalInt(strings.index(summary.home.name))
        body.u8(UInt8(HomeRegion.Source.allCases.firstIndex(of: summary.home.source)!))
        body.int(summary.byteCount)
        body.int(summary.figureCount)
        body.optionalInt(summary.stoppedAt)
        body.int(figures.count)
        for figure in figures {
            body.optionalInt(strings.index(figure.subject))
            body.optionalInt(strings.index(figure.product))
            body.optionalInt(strings.index(figure.line))
            body.u8(code(figure.subjectClass, in: SubjectClass.allCases))
            body.u8(code(figure.measure, in: Measure.allCases))
            body.u8(code(figure.kind, in: FigureKind.allCases))
            body.f64(figure.value)
            body.int(figure.decimals)
            body.optionalInt(strings.index(figure.unit))
            body.u8(code(figure.basis, in: Basis.allCases))
            body.u8(figure.base == nil ? 0 : 1)
            if let base = figure.base { encode(base, into: &body, strings: &strings) }
            encode(figure.period, into: &body, strings: &strings)
            body.optionalInt(strings.index(figure.region))
            body.u8(code(figure.entity, in: Entity.allCases))
            body.u8(figure.approximate ? 1 : 0)
            body.u8(figure.bound == .lower ? 1 : figure.bound == .upper ? 2 : 0)
            body.optionalInt(strings.index(figure.sentence))
            // A quote is nearly always a stretch of its sentence: stored as where it lies there.
            if let bytes = figure.quoteBytesInSentence {
                body.u8(1)
                body.int(bytes.lowerBound)
                body.int(bytes.count)
            } else {
                body.u8(0)
                body.optionalInt(strings.index(figure.quote))
            }
            body.int(figure.offset)
        }
        var record = ByteWriter()
        record.int(strings.values.count)
        for value in strings.values { record.data(value.utf8) }
        record.bytes += body.bytes
        return record.bytes
    }

    /// A case's position in its type's cases, 0xFF for nil.
    private static func code<T: Equatable>(_ value: T?, in cases: [T]) -> UInt8 {
        value.map { UInt8(cases.firstIndex(of: $0)!) } ?? 0xFF
    }

    private static func encode(_ period: Period, into body: inout ByteWriter, strings: inout StringTable) {
        body.optionalInt(strings.index(period.label))
        body.u8(code(period.type, in: PeriodType.allCases))
        body.optionalInt(period.year)
        body.optionalInt(period.fromYear)
        body.optionalInt(period.month)
        body.optionalInt(period.quarter)
        body.optionalInt(period.months)
    }

    /// The summary and figures of the record in `bytes[range]`, as found at `path`.
    static func decode(
        _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, path: String
    ) throws -> (ArticleSummary, [Figure]) {
        var reader = ByteReader(bytes, from: range.lowerBound, to: range.upperBound)
        let stringCount = try reader.int()
        guard stringCount >= 0, stringCount <= range.count else { throw Invalid() }
        var strings: [String] = []
        strings.reserveCapacity(stringCount)
        for _ in 0..<stringCount {
            let run = try reader.data()
            strings.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[run]), as: UTF8.self))
        }
        func string(_ index: Int?) throws -> String {
            guard let index, index >= 0, index < strings.count else { throw Invalid() }
            return strings[index]
        }
        func optional(_ index: Int?) throws -> String? { index == nil ? nil : try string(index) }
        func choice<T>(_ cases: [T], _ raw: UInt8) throws -> T {
            guard Int(raw) < cases.count else { throw Invalid() }
            return cases[Int(raw)]
        }
        func optionalChoice<T>(_ cases: [T], _ raw: UInt8) throws -> T? {
            raw == 0xFF ? nil : try choice(cases, raw)
        }
        func period() throws -> Period {
            let label = try string(try reader.optionalInt())
            let type = try choice(PeriodType.allCases, try reader.u8())
            let year = try reader.optionalInt()
            let fromYear = try reader.optionalInt()
            return Period(
                label: label, type: type, year: year, month: try reader.optionalInt(),
                quarter: try reader.optionalInt(),
                months: try reader.optionalInt(), fromYear: fromYear)
        }

        let title = try string(try reader.optionalInt())
        let year = try reader.optionalInt()
        let month = try reader.optionalInt()
        let day = try reader.optionalInt()
        let date = try year.map { year throws -> ArticleDate in
            guard let month else { throw Invalid() }
            return ArticleDate(year: year, month: month, day: day)
        }
        let source = try optional(try reader.optionalInt())
        let url = try optional(try reader.optionalInt())
        let home = HomeRegion(
            name: try string(try reader.optionalInt()), source: try choice(HomeRegion.Source.allCases, try reader.u8()))
        let summary = ArticleSummary(
            path: path, title: title, date: date, source: source, url: url, home: home, byteCount: try reader.int(),
            figureCount: try reader.int(), stoppedAt: try reader.optionalInt())
        let figureCount = try reader.int()
        guard figureCount >= 0, figureCount <= range.count else { throw Invalid() }
        var figures: [Figure] = []
        figures.reserveCapacity(figureCount)
        for _ in 0..<figureCount {
            let subject = try string(try reader.optionalInt())
            let product = try optional(try reader.optionalInt())
            let line = try optional(try reader.optionalInt())
            let subjectClass = try optionalChoice(SubjectClass.allCases, try reader.u8())
            let measure = try optionalChoice(Measure.allCases, try reader.u8())
            let kind = try choice(FigureKind.allCases, try reader.u8())
            let value = try reader.f64()
            let decimals = try reader.int()
            let unit = try string(try reader.optionalInt())
            let basis = try optionalChoice(Basis.allCases, try reader.u8())
            let base = try reader.u8() == 1 ? try period() : nil
            let period = try period()
            let region = try string(try reader.optionalInt())
            let entity = try choice(Entity.allCases, try reader.u8())
            let approximate = try reader.u8() != 0
            let bound = try choice([nil, Bound.lower, Bound.upper], try reader.u8())
            let sentence = try string(try reader.optionalInt())
            let figure: Figure
            if try reader.u8() == 1 {
                let start = try reader.int()
                let count = try reader.int()
                guard start >= 0, count >= 0, start <= Int.max - count else { throw Invalid() }
                // nil when the bounds fall outside the sentence or split a character's bytes (a damaged record)
                guard
                    let found = Figure(
                        article: path, subject: subject, product: product, line: line, subjectClass: subjectClass,
                        measure: measure, kind: kind, value: value, decimals: decimals, unit: unit, basis: basis,
                        base: base, period: period, region: region, entity: entity, approximate: approximate,
                        bound: bound, sentence: sentence, quoteBytes: start..<(start + count), offset: try reader.int())
                else { throw Invalid() }
                figure = found
            } else {
                let quote = try string(try reader.optionalInt())
                figure = Figure(
                    article: path, subject: subject, product: product, line: line, subjectClass: subjectClass,
                    measure: measure, kind: kind, value: value, decimals: decimals, unit: unit, basis: basis,
                    base: base, period: period, region: region, entity: entity, approximate: approximate,
                    bound: bound, quote: quote, sentence: sentence, offset: try reader.int())
            }
            figures.append(figure)
        }
        guard reader.isAtEnd else { throw Invalid() }
        return (summary, figures)
    }
}
