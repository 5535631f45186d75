/// Writes figures as one JSON array, fields in a fixed, readable order.
public enum FigureJSON {
    public static func encode(_ figures: some Collection<Figure>) -> String {
        String(decoding: encodeBytes(figures), as: UTF8.self)
    }

    /// The same as `encode`, as UTF-8 bytes written into one buffer (what `figures --format json` prints).
    public static func encodeBytes(_ figures: some Collection<Figure>) -> [UInt8] {
        var out = OutputBytes(capacity: figures.count * 700)
        out.append("[\n")
        var remaining = figures.count
        for figure in figures {
            out.append("  ")
            append(figure, to: &out)
            remaining -= 1
            out.append(remaining > 0 ? ",\n" : "\n")
        }
        out.append("]\n")
        return out.bytes
    }

    public static func encode(_ f: Figure) -> String {
        var out = OutputBytes()
        append(f, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// One figure as an object, fields in a fixed order.
    static func append(_ f: Figure, to out: inout OutputBytes) {
        func key(_ name: String) {
            out.append("\"")
            out.append(name)
            out.append("\": ")
        }
        func text(_ value: String?) {
            if let value { out.appendJSONString(value) } else { out.append("null") }
        }
        out.append("{")
        key("article")
        text(f.article)
        out.append(", ")
        key("subject")
        text(f.subject)
        out.append(", ")
        key("product")
        text(f.product)
        out.append(", ")
        key("line")
        text(f.line)
        out.append(", ")
        key("class")
        text(f.subjectClass?.rawValue)
        out.append(", ")
        key("measure")
        text(f.measure?.rawValue)
        out.append(", ")
        key("kind")
        text(f.kind.rawValue)
        out.append(", ")
        key("value")
        out.append(NumberFormatting.plain(f.value))
        out.append(", ")
        key("decimals")
        out.append(f.decimals)
        out.append(", ")
        key("unit")
        text(f.unit)
        out.append(", ")
        key("basis")
        text(f.basis?.rawValue)
        out.append(", ")
        key("base")
        if let base = f.base { append(base, to: &out) } else { out.append("null") }
        out.append(", ")
        key("period")
        append(f.period, to: &out)
        out.append(", ")
        key("region")
        text(f.region)
        out.append(", ")
        key("entity")
        text(f.entity.rawValue)
        out.append(", ")
        key("approximate")
        out.append(f.approximate ? "true" : "false")
        out.append(", ")
        key("bound")
        text(f.bound?.rawValue)
        out.append(", ")
        key("quote")
        text(f.quote)
        out.append(", ")
        key("offset")
        out.append(f.offset)
        out.append("}")
    }

    /// A period as an object: label, type, year, and the fields of its type.
    static func append(_ p: Period, to out: inout OutputBytes) {
        func number(_ value: Int?) {
            if let value { out.append(value) } else { out.append("null") }
        }
        out.append("{\"label\": ")
        out.appendJSONString(p.label)
        out.append(", \"type\": ")
        out.appendJSONString(p.type.rawValue)
        out.append(", \"year\": ")
        number(p.year)
        out.append(", \"from_year\": ")
        number(p.fromYear)
        out.append(", \"month\": ")
        number(p.month)
        out.append(", \"quarter\": ")
        number(p.quarter)
        out.append(", \"months\": ")
        number(p.months)
        out.append("}")
    }

    /// A JSON string literal (see `OutputBytes.appendJSONString`).
    public static func string(_ text: String) -> String {
        var out = OutputBytes()
        out.appendJSONString(text)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
