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
        body.optionalInt(strings.index(summary.region))
        body.int(summary.byteCount)
        body.int(summary.figureCount)
        body.int(figures.count)
        for figure in figures {
            body.optionalInt(strings.index(figure.subject))
            body.optionalInt(strings.index(figure.product))
            body.optionalInt(strings.index(figure.line))
            body.u8(UInt8(FigureKind.allCases.firstIndex(of: figure.kind)!))
            body.f64(figure.value)
            body.optionalInt(strings.index(figure.unit))
            body.u8(figure.basis.map { UInt8(Basis.allCases.firstIndex(of: $0)!) } ?? 0xFF)
            body.optionalInt(strings.index(figure.period.label))
            body.u8(UInt8(PeriodType.allCases.firstIndex(of: figure.period.type)!))
            body.optionalInt(figure.period.year)
            body.optionalInt(figure.period.month)
            body.optionalInt(figure.period.quarter)
            body.optionalInt(figure.period.months)
            body.optionalInt(strings.index(figure.region))
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

        let title = try string(try reader.optionalInt())
        let year = try reader.optionalInt()
        let month = try reader.optionalInt()
        let day = try reader.optionalInt()
        let date = try year.map { year throws -> ArticleDate in
            guard let month else { throw Invalid() }
            return ArticleDate(year: year, month: month, day: day)
        }
        let summary = ArticleSummary(
            path: path, title: title, date: date, source: try optional(try reader.optionalInt()),
            url: try optional(try reader.optionalInt()), region: try optional(try reader.optionalInt()),
            byteCount: try reader.int(),
            figureCount: try reader.int())
        let figureCount = try reader.int()
        guard figureCount >= 0, figureCount <= range.count else { throw Invalid() }
        var figures: [Figure] = []
        figures.reserveCapacity(figureCount)
        for _ in 0..<figureCount {
            let subject = try string(try reader.optionalInt())
            let product = try optional(try reader.optionalInt())
            let line = try optional(try reader.optionalInt())
            let kind = try choice(FigureKind.allCases, try reader.u8())
            let value = try reader.f64()
            let unit = try string(try reader.optionalInt())
            let basisRaw = try reader.u8()
            let basis = basisRaw == 0xFF ? nil : try choice(Basis.allCases, basisRaw)
            let period = Period(
                label: try string(try reader.optionalInt()), type: try choice(PeriodType.allCases, try reader.u8()),
                year: try reader.optionalInt(), month: try reader.optionalInt(), quarter: try reader.optionalInt(),
                months: try reader.optionalInt())
            let region = try string(try reader.optionalInt())
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
                        article: path, subject: subject, product: product, line: line, kind: kind, value: value,
                        unit: unit, basis: basis, period: period, region: region, approximate: approximate,
                        bound: bound, sentence: sentence, quoteBytes: start..<(start + count), offset: try reader.int())
                else { throw Invalid() }
                figure = found
            } else {
                let quote = try string(try reader.optionalInt())
                figure = Figure(
                    article: path, subject: subject, product: product, line: line, kind: kind, value: value,
                    unit: unit, basis: basis, period: period, region: region, approximate: approximate, bound: bound,
                    quote: quote, sentence: sentence, offset: try reader.int())
            }
            figures.append(figure)
        }
        guard reader.isAtEnd else { throw Invalid() }
        return (summary, figures)
    }
}
