import CLibXML2
import ThdashExtraction

/// Walks a parsed page: finds its metadata and the element holding the article, and turns that element's
/// content into lines of text. Every walk is iterative, so deeply nested markup cannot exhaust the stack.
struct HTMLPageReader {
    let root: xmlNodePtr

    /// Elements never read: code, styling, and the furniture of a site.
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "select", "template", "object", "embed", "canvas", "video", "audio", "map", "head", "menu", "dialog",
    ]
    /// Class or id fragments that mark furniture inside the content: related news, comments, sharing, tags.
    static let skippedMarkers = [
        "related", "relate", "lienquan", "lien-quan", "tinlienquan", "tin-lien-quan", "tin-khac", "tinkhac",
        "comment", "binh-luan", "binhluan", "share", "social", "breadcrumb", "banner", "advert", "ads-", "quangcao",
        "quang-cao", "sidebar", "widget", "tags", "tag-list", "keyword", "footer", "header", "menu", "navbar",
        "most-read", "docnhieu", "doc-nhieu", "xemthem", "xem-them", "cung-chuyen-muc", "recommend", "popup",
    ]
    /// Elements that end a line.
    static let blockElements: Set<String> = [
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
        "article", "blockquote", "figcaption", "figure", "dd", "dt", "dl", "pre", "hr", "main", "tbody", "thead",
        "caption", "address", "center",
    ]

    struct Metadata {
        var title: String?
        var date: ArticleDate?
        var siteName: String?
        /// The page's own address (`og:url`, `<link rel="canonical">`): tells its outlet.
        var url: String?
    }

    init(root: xmlNodePtr) {
        self.root = root
    }

    // MARK: Metadata

    func metadata() -> Metadata {
        var result = Metadata()
        var documentTitle: String?
        var heading: String?
        forEachElement(from: root) { node, name in
            switch name {
            case "title" where documentTitle == nil:
                documentTitle = Self.collapsedText(of: node)
            case "h1" where heading == nil:
                heading = Self.collapsedText(of: node)
            case "meta":
                let key =
                    (Self.attribute("property", of: node) ?? Self.attribute("name", of: node)
                    ?? Self.attribute("itemprop", of: node))?.lowercased()
                guard let key, let content = Self.attribute("content", of: node) else { return true }
                switch key {
                case "og:title" where result.title == nil: result.title = content
                case "og:site_name": result.siteName = content
                case "og:url" where result.url == nil: result.url = content
                case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued",
                    "dcterms.created", "article:published", "og:published_time":
                    if result.date == nil { result.date = Self.date(from: content) }
                default: break
                }
            case "link" where result.url == nil:
                if Self.attribute("rel", of: node)?.lowercased() == "canonical" {
                    result.url = Self.attribute("href", of: node)
                }
            case "time" where result.date == nil:
                if let stamp = Self.attribute("datetime", of: node) { result.date = Self.date(from: stamp) }
            default: break
            }
            return true
        }
        result.title = result.title ?? heading ?? documentTitle
        return result
    }

    /// "2024-08-29T18:02:00+07:00", "2024-08-29", "29/08/2024 18:02".
    static func date(from text: String) -> ArticleDate? {
        let trimmed = text.trimmingCharacters(in: [" ", "\t", "\n"])
        if trimmed.count >= 10, let date = ArticleDate(parsing: String(trimmed.prefix(10))) { return date }
        if trimmed.count >= 7, let date = ArticleDate(parsing: String(trimmed.prefix(7))) { return date }
        let parts = trimmed.split(whereSeparator: { !$0.isNumber })
        if parts.count >= 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
            (1...31).contains(day), (1...12).contains(month), (1990...2100).contains(year)
        {
            return ArticleDate(year: year, month: month, day: day)
        }
        return nil
    }

    // MARK: Content

    /// The text of the element most likely to hold the article: the one whose own paragraphs carry the
    /// most text (an `<article>` or `articleBody` wins ties), else the whole body.
    func mainText() -> String {
        var best: (node: xmlNodePtr, score: Int)?
        forEachElement(from: root) { node, name in
            if Self.isSkipped(node, name) { return false }
            var score = 0
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE, let childName = Self.name(of: current),
                    childName == "p" || childName == "h2" || childName == "li" || childName == "table"
                        || childName == "ul" || childName == "blockquote"
                {
                    score += Self.textLength(of: current)
                }
                child = current.pointee.next
            }
            if name == "article" || Self.attribute("itemprop", of: node) == "articleBody" { score += score / 4 }
            if score > (best?.score ?? 0) { best = (node, score) }
            return true
        }
        let container: xmlNodePtr
        if let best, best.score >= 80 {
            container = best.node
        } else {
            container = Self.firstElement(named: "body", under: root) ?? root
        }
        return text(of: container)
    }

    /// Lines of text under `node`, skipping furniture; block elements break lines, table cells are joined
    /// with " | ".
    func text(of node: xmlNodePtr) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        func newline() {
            while out.last == 0x20 { out.removeLast() }
            if let last = out.last, last != 0x0A { out.append(0x0A) }
            pendingSpace = false
        }
        func append(_ pointer: UnsafePointer<xmlChar>) {
            var p = pointer
            while p.pointee != 0 {
                let byte = p.pointee
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    pendingSpace = true
                } else {
                    if pendingSpace, let last = out.last, last != 0x0A { out.append(0x20) }
                    pendingSpace = false
                    out.append(byte)
                }
                p += 1
            }
        }
        enum Step {
            case enter(xmlNodePtr)
            case leave(String)
        }
        var stack: [Step] = [.enter(node)]
        while let step = stack.popLast() {
            switch step {
            case .leave(let name):
                if Self.blockElements.contains(name) { newline() }
                if name == "td" || name == "th" {
                    out.append(contentsOf: [0x20, 0x7C])  // " |"
                    pendingSpace = true
                }
            case .enter(let current):
                let type = current.pointee.type
                if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                    if let content = current.pointee.content { append(UnsafePointer(content)) }
                    continue
                }
                guard type == XML_ELEMENT_NODE, let name = Self.name(of: current) else { continue }
                if Self.isSkipped(current, name) { continue }
                if Self.blockElements.contains(name) { newline() }
                stack.append(.leave(name))
                var children: [xmlNodePtr] = []
                var child = current.pointee.children
                while let c = child {
                    children.append(c)
                    child = c.pointee.next
                }
                for c in children.reversed() { stack.append(.enter(c)) }
            }
        }
        newline()
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Helpers

    static func isSkipped(_ node: xmlNodePtr, _ name: String) -> Bool {
        if skippedElements.contains(name) { return true }
        if name == "body" || name == "html" || name == "article" || name == "main" { return false }
        var marks: [UInt8] = []
        for value in [attribute("class", of: node), attribute("id", of: node)] {
            guard let value else { continue }
            // ASCII lowercasing is enough: every marker is ASCII.
            marks += value.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
            marks.append(0x20)
        }
        return marks.withUnsafeBufferPointer { hay in
            skippedMarkerBytes.contains { marker in
                marker.withUnsafeBufferPointer { ByteSearch.firstOccurrence(of: $0, in: hay) != nil }
            }
        }
    }

    /// The markers as bytes. They are searched as bytes: `String.contains` here is Foundation's
    /// locale-aware search, which took a third of the time of reading a saved page.
    private static let skippedMarkerBytes = skippedMarkers.map { Array($0.utf8) }

    static func name(of node: xmlNodePtr) -> String? {
        guard let raw = node.pointee.name else { return nil }
        return String(cString: raw).lowercased()
    }

    static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { thd_xml_free(value) }
        return String(cString: value)
    }

    /// Visits elements depth first; `visit` returns false to skip an element's children.
    func forEachElement(from start: xmlNodePtr, _ visit: (xmlNodePtr, String) -> Bool) {
        var stack: [xmlNodePtr] = [start]
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE, let name = Self.name(of: node) else { continue }
            guard visit(node, name) else { continue }
            var child = node.pointee.children
            var children: [xmlNodePtr] = []
            while let c = child {
                children.append(c)
                child = c.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
    }

    static func firstElement(named wanted: String, under start: xmlNodePtr) -> xmlNodePtr? {
        var found: xmlNodePtr?
        HTMLPageReader(root: start).forEachElement(from: start) { node, name in
            if found == nil && name == wanted { found = node }
            return found == nil
        }
        return found
    }

    /// Bytes of text under a node (skipping furniture), for scoring.
    static func textLength(of node: xmlNodePtr) -> Int {
        var total = 0
        var stack: [xmlNodePtr] = [node]
        while let current = stack.popLast() {
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                var p = UnsafePointer(content)
                while p.pointee != 0 {
                    total += 1
                    p += 1
                }
                continue
            }
            guard current.pointee.type == XML_ELEMENT_NODE, let name = name(of: current), !isSkipped(current, name)
            else { continue }
            var child = current.pointee.children
            while let c = child {
                stack.append(c)
                child = c.pointee.next
            }
        }
        return total
    }

    static func collapsedText(of node: xmlNodePtr) -> String? {
        let text = HTMLPageReader(root: node).text(of: node)
            .split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
            .trimmingCharacters(in: [" "])
        return text.isEmpty ? nil : text
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
