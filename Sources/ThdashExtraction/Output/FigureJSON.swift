/// Writes figures as one JSON array, fields in a fixed, readable order.
public enum FigureJSON {
    public static func encode(_ figures: some Collection<Figure>) -> String {
        var out = "[\n"
        for (index, figure) in figures.enumerated() {
            out += "  " + encode(figure)
            out += index + 1 < figures.count ? ",\n" : "\n"
        }
        out += "]\n"
        return out
    }

    public static func encode(_ f: Figure) -> String {
        var fields: [String] = []
        fields.append("\"article\": \(string(f.article))")
        fields.append("\"subject\": \(string(f.subject))")
        fields.append("\"product\": \(optional(f.product))")
        fields.append("\"line\": \(optional(f.line))")
        fields.append("\"class\": \(optional(f.subjectClass?.rawValue))")
        fields.append("\"measure\": \(optional(f.measure?.rawValue))")
        fields.append("\"kind\": \(string(f.kind.rawValue))")
        fields.append("\"value\": \(NumberFormatting.plain(f.value))")
        fields.append("\"decimals\": \(f.decimals)")
        fields.append("\"unit\": \(string(f.unit))")
        fields.append("\"basis\": \(optional(f.basis?.rawValue))")
        fields.append("\"base\": \(f.base.map(period) ?? "null")")
        fields.append("\"period\": \(period(f.period))")
        fields.append("\"region\": \(string(f.region))")
        fields.append("\"entity\": \(string(f.entity.rawValue))")
        fields.append("\"approximate\": \(f.approximate)")
        fields.append("\"bound\": \(optional(f.bound?.rawValue))")
        fields.append("\"quote\": \(string(f.quote))")
        fields.append("\"offset\": \(f.offset)")
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// A period as an object: label, type, year, and the fields of its type.
    public static func period(_ p: Period) -> String {
        "{\"label\": \(string(p.label)), \"type\": \(string(p.type.rawValue)), \"year\": \(optional(p.year)), "
            + "\"from_year\": \(optional(p.fromYear)), \"month\": \(optional(p.month)), "
            + "\"quarter\": \(optional(p.quarter)), \"months\": \(optional(p.months))}"
    }

    static func optional(_ value: String?) -> String { value.map(string) ?? "null" }
    static func optional(_ value: Int?) -> String { value.map(String.init) ?? "null" }

    /// A JSON string literal: the characters `PrintableText` escapes (controls, bidi controls, line and
    /// paragraph separators) are written as \uXXXX (or \n, \r, \t), everything else as UTF-8.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if PrintableText.needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
