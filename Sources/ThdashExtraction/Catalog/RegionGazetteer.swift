/// Names of Vietnam's provinces and of the whole country, for telling whose figure a sentence states.
/// Province names match only when capitalised ("Hòa Bình", not "hòa bình"), the country's in any case.
struct RegionGazetteer: Sendable {
    /// The canonical name used for figures about the whole country.
    static let nationalName = "cả nước"

    private static let provinces = [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh",
        "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
        "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
        "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa",
        "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An",
        "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
        "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
        "Huế", "Tiền Giang", "TP Hồ Chí Minh", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Hồ Chí Minh",
        "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ]
    private static let national = [
        "cả nước", "toàn quốc", "Việt Nam", "nước ta", "bình quân chung cả nước", "trên cả nước",
    ]
    /// Words that point back at the article's own province ("toàn tỉnh", "của tỉnh").
    private static let home = ["toàn tỉnh", "của tỉnh", "tỉnh ta", "trên địa bàn tỉnh", "trên địa bàn"]
    /// The canonical name returned for `home` words; the parser reads it as the article's region.
    static let homeName = ""

    private struct Name {
        var keys: [WordKey]
        var canonical: String
        var needsCapital: Bool
    }

    private var byFirstKey = WordKeyMap<[Name]>()

    init() {
        for province in Self.provinces {
            let canonical = province.hasSuffix("Hồ Chí Minh") ? "TP. Hồ Chí Minh" : province
            add(Name(keys: ProductCatalog.keys(of: province), canonical: canonical, needsCapital: true))
        }
        for name in Self.national {
            add(Name(keys: ProductCatalog.keys(of: name), canonical: Self.nationalName, needsCapital: false))
        }
        for name in Self.home {
            add(Name(keys: ProductCatalog.keys(of: name), canonical: Self.homeName, needsCapital: false))
        }
    }

    private mutating func add(_ name: Name) {
        guard let first = name.keys.first else { return }
        var names = byFirstKey[first] ?? []
        names.append(name)
        names.sort { $0.keys.count > $1.keys.count }
        byFirstKey[first] = names
    }

    /// The region named at `tokens[start]`: its length in tokens and canonical name.
    func match(in tokens: [Token], at start: Int) -> (length: Int, region: String)? {
        let token = tokens[start]
        guard token.kind == .word, let candidates = byFirstKey[token.key] else { return nil }
        for name in candidates where start + name.keys.count <= tokens.count {
            if name.needsCapital && !token.isCapitalized { continue }
            var ok = true
            for (offset, key) in name.keys.enumerated() where tokens[start + offset].key != key {
                ok = false
                break
            }
            if ok { return (name.keys.count, name.canonical) }
        }
        return nil
    }

    /// What a figure's region is, seen from the dashboard's province.
    static func entity(of region: String) -> Entity {
        if region.isEmpty { return .unknown }
        // Lengths first: comparing non-ASCII strings that differ is slow, and this runs for every figure.
        if sameText(region, nationalName) { return .country }
        if sameText(region, FigureExtractor.defaultRegion) { return .province }
        if canonicalProvinces.contains(region) { return .otherProvince }
        // A header's own spelling ("Thanh Hoá").
        return VietnameseText.fold(region) == homeFolded ? .province : .otherProvince
    }

    private static let canonicalProvinces = Set(provinces)

    /// Equal strings, their lengths compared first. All text is NFC already.
    @inline(__always)
    static func sameText(_ a: String, _ b: String) -> Bool { a.utf8.count == b.utf8.count && a == b }
    private static let homeFolded = VietnameseText.fold(FigureExtractor.defaultRegion)

    /// The canonical spelling of a region name given in a header, or the name itself when unknown.
    func canonicalName(_ name: String) -> String {
        var bytes = Array(name.utf8)
        bytes.append(0x20)
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, from: 0, to: $0.count, into: &tokens) }
        if !tokens.isEmpty, let found = match(in: tokens, at: 0), found.length == tokens.count, !found.region.isEmpty {
            return found.region
        }
        return name
    }
}
