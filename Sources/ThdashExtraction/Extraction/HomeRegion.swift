/// The region an article is about, which its figures take when the text names none ("của tỉnh", "toàn
/// tỉnh", or nothing at all), and how it was found.
public struct HomeRegion: Sendable, Hashable, Codable {
    /// A province, "cả nước", a company's name, or empty when unknown.
    public var name: String
    public var source: Source
    /// Whose figures the unmarked ones are, seen from the dashboard's province.
    public var entity: Entity

    public enum Source: String, Sendable, Hashable, Codable, CaseIterable {
        /// The front matter's `region:`.
        case header
        /// The province (or the country) the title names.
        case title
        /// The province the opening paragraph names most, the national office it cites, or the company its
        /// first sentence is about.
        case lead
        /// The province of the outlet that published it (Data/outlets.tsv).
        case outlet
        /// Nothing tells: its unmarked figures are nobody's.
        case unknown
    }

    /// A home region that is a province or the country (`entity` follows from the name) or, with `company`,
    /// a company.
    public init(name: String, source: Source, company: Bool = false) {
        self.name = name
        self.source = source
        self.entity = company ? .company : RegionGazetteer.entity(of: name)
    }

    public static let unknown = HomeRegion(name: "", source: .unknown)
}

extension FigureExtractor {
    /// The region the article is about: its header's, else the province its title names (the country when
    /// the title names only the country), else the province its opening paragraph names most, else its
    /// outlet's, else unknown.
    public func homeRegion(of article: Article) -> HomeRegion {
        var text = article.text
        return text.withUTF8 { buffer in
            var tokens: [Token] = []
            let bodyEnd = BodyScanner.bodyEnd(buffer, from: article.bodyStart, to: buffer.count, tokens: &tokens)
            return homeRegion(of: article, buffer: buffer, bodyEnd: bodyEnd, tokens: &tokens, memo: nil)
        }
    }

    func homeRegion(
        of article: Article, buffer: UnsafeBufferPointer<UInt8>, bodyEnd: Int, tokens: inout [Token],
        memo: WordKeyMemo?
    ) -> HomeRegion {
        if let region = article.header.region, !region.isEmpty {
            return HomeRegion(name: regions.canonicalName(region), source: .header)
        }
        // The title: the header's, else the body's first line (which the lead then starts after).
        var leadStart = article.bodyStart
        if var title = article.header.title, !title.isEmpty {
            // Read where the front matter holds it, so that no string is made; a converted page's title is not in
            // its text and is read from its own bytes.
            let inHeader = title.withUTF8 { needle in
                ByteSearch.firstOccurrence(of: needle, in: UnsafeBufferPointer(rebasing: buffer[0..<article.bodyStart]))
                    .map { $0..<($0 + needle.count) }
            }
            let named =
                inHeader.map {
                    scan(buffer, $0, source: article.text, tokens: &tokens, memo: memo, regionsOnly: true).regions
                }
                ?? title.withUTF8 { [title] in
                    scan($0, 0..<$0.count, source: title, tokens: &tokens, memo: memo, regionsOnly: true).regions
                }
            if let found = Self.titleRegion(named) { return HomeRegion(name: found, source: .title) }
        } else if let line = Self.firstLine(buffer, from: article.bodyStart, to: bodyEnd) {
            if let found = Self.titleRegion(
                scan(buffer, line, source: article.text, tokens: &tokens, memo: memo, regionsOnly: true).regions)
            {
                return HomeRegion(name: found, source: .title)
            }
            leadStart = line.upperBound
        }
        let lead = scan(
            buffer, Self.firstParagraph(buffer, from: leadStart, to: bodyEnd), source: article.text, tokens: &tokens,
            memo: memo, regionsOnly: false)
        if let found = Self.leadRegion(lead.regions) { return HomeRegion(name: found, source: .lead) }
        if lead.citesNationalOffice {
            return HomeRegion(name: RegionGazetteer.nationalName, source: .lead)  // "Theo Tổng cục Thống kê, …"
        }
        if let company = lead.openingCompany {
            // "6 tháng đầu năm 2021, Công ty Điện lực Thanh Hóa thực hiện …": a report on a company.
            return HomeRegion(name: company, source: .lead, company: true)
        }
        var national = false
        for lookup in [
            { article.header.url.map(outlets.outlet(url:)) }, { article.header.source.map(outlets.outlet(name:)) },
        ] {
            switch lookup() {
            case .province(let province)?: return HomeRegion(name: regions.canonicalName(province), source: .outlet)
            case .national?: national = true
            default: break
            }
        }
        // A national outlet's report whose title and lead name no province is about the country.
        return national ? HomeRegion(name: RegionGazetteer.nationalName, source: .outlet) : .unknown
    }

    /// What a title or lead says of whom it is about.
    private struct OwnerScan {
        /// Regions named, in order (provinces and the country; not "của tỉnh", nor a province inside a
        /// company's name).
        var regions: [String] = []
        /// The company the first sentence opens with, as its subject.
        var openingCompany: String?
        /// The national statistics office, the customs or the ministry is cited.
        var citesNationalOffice = false
    }

    /// Reads `range` of the text once for its regions and, unless `regionsOnly`, its opening company and a
    /// national office: only the phrases these need are marked, not the catalog's names.
    private func scan(
        _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, source: String, tokens: inout [Token],
        memo: WordKeyMemo?, regionsOnly: Bool
    ) -> OwnerScan {
        guard !range.isEmpty else { return OwnerScan() }
        Tokenizer.tokenize(text, from: range.lowerBound, to: range.upperBound, into: &tokens, memo: memo)
        guard !tokens.isEmpty else { return OwnerScan() }
        var parser = SentenceParser(
            tokens: tokens, text: text, source: source, sentenceRange: range)
        parser.markOwners(regions, periods: !regionsOnly)
        var result = OwnerScan()
        result.regions = parser.regionSpans.map(\.value).filter { !$0.isEmpty }
        guard !regionsOnly else { return result }
        let firstSentenceEnd = tokens.firstIndex { $0.is(".") } ?? tokens.count
        result.openingCompany = parser.leadingCompany(before: firstSentenceEnd)
        let phrases = parser.phrases
        result.citesNationalOffice = tokens.indices.contains { i in
            guard tokens[i].is("cục") else { return false }
            return phrases.has("tổng", "cục", "thống", "kê", at: i - 1)
                || phrases.has("tổng", "cục", "hải", "quan", at: i - 1)
                || phrases.has("cục", "thống", "kê", "quốc", "gia", at: i)
                || (phrases.has("cục", "thống", "kê", at: i)
                    && (phrases.has("bộ", "tài", "chính", at: i + 4)
                        || phrases.has("(", "bộ", "tài", "chính", at: i + 3)))
        }
        return result
    }

    /// The first province a title names, else the country if it names only that.
    static func titleRegion(_ named: [String]) -> String? {
        named.first { $0 != RegionGazetteer.nationalName } ?? named.first
    }

    /// The province an opening paragraph names more often than any other, else the country if it names only
    /// that. A lead that names several provinces as often ("Bắc Giang, Hải Phòng và Quảng Ninh") tells nothing.
    static func leadRegion(_ named: [String]) -> String? {
        var counts: [String: Int] = [:]
        for name in named where name != RegionGazetteer.nationalName { counts[name, default: 0] += 1 }
        guard let best = counts.values.max() else { return named.first }
        let leaders = counts.filter { $0.value == best }
        return leaders.count == 1 ? leaders.first?.key : nil
    }

    /// The body's first line, when it is short enough to be a title (a longer one is a paragraph, read as
    /// the lead; scanning a whole one-line file as a title cost as much as extracting it).
    private static func firstLine(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Range<Int>? {
        var lower = start
        while lower < end, text[lower] == 0x0A || text[lower] == 0x20 { lower += 1 }
        var upper = lower
        while upper < end, text[upper] != 0x0A {
            upper += 1
            if upper - lower > maximumTitleBytes { return nil }
        }
        return lower..<upper
    }

    static let maximumTitleBytes = 600

    /// The first paragraph with a sentence in it, at most 1,200 bytes.
    private static func firstParagraph(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Range<Int> {
        var lower = start
        while lower < end, text[lower] == 0x0A || text[lower] == 0x20 || text[lower] == 0x09 { lower += 1 }
        var upper = lower
        while upper < end, upper - lower < 1200, !(text[upper] == 0x0A && upper + 1 < end && text[upper + 1] == 0x0A) {
            upper += 1
        }
        // A single line of a page saved as text is its paragraph.
        if upper - lower >= 1200, let newline = (lower..<upper).first(where: { text[$0] == 0x0A }) { upper = newline }
        return lower..<upper
    }
}
