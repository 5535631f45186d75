import Foundation

/// Wraps a generated report in the furniture of a saved news page: a head with metadata and scripts, a site
/// header with its menu, a breadcrumb, the article (title, dateline, bold lead, body, a captioned photo), a
/// related-news box and a most-read sidebar whose teasers carry numbers of their own, and a footer. The
/// HTML reader must keep the article and drop the rest, so the teasers are written to look like figures.
struct SavedPageTemplate {
    var siteName: String
    var title: String
    var year: Int
    var month: Int
    var day: Int
    var paragraphs: [String]
    var teasers: [String]

    static let menu = [
        "Trang chủ", "Thời sự", "Kinh tế", "Công nghiệp", "Nông nghiệp", "Xã hội", "Văn hóa", "Thể thao",
        "Pháp luật", "Y tế", "Giáo dục", "Du lịch", "Bạn đọc", "Video", "Ảnh",
    ]

    func render() -> String {
        let stamp = "\(year)-\(Self.pad(month))-\(Self.pad(day))T08:30:00+07:00"
        var html = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>\(Self.escape(title)) | \(siteName)</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta property="og:title" content="\(Self.escape(title))">
            <meta property="og:site_name" content="\(siteName)">
            <link rel="canonical" href="https://baothanhhoa.vn/kinh-te/\(year)/\(Self.pad(month))/bai-viet.htm">
            <meta property="article:published_time" content="\(stamp)">
            <link rel="stylesheet" href="/static/css/site.min.css">
            <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
            gtag('js', new Date()); var pageViews = { tang: 12, giam: 3, ty_le: "45%" };</script>
            <style>.menu li{display:inline-block;padding:0 8px}.hot{color:#c00}</style>
            </head>
            <body>
            <header class="site-header"><div class="logo"><a href="/">\(siteName)</a></div>
            <nav class="main-menu"><ul>
            """
        for item in Self.menu { html += "<li><a href=\"/\(Self.slug(item))\">\(item)</a></li>" }
        html += "</ul></nav></header>\n"
        html += "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> › <a href=\"/kinh-te\">Kinh tế</a></div>\n"
        html += "<main class=\"container\">\n<article class=\"detail\">\n"
        html += "<h1 class=\"detail-title\">\(Self.escape(title))</h1>\n"
        html += "<div class=\"detail-meta\"><time datetime=\"\(stamp)\">\(Self.pad(day))/\(Self.pad(month))/\(year)"
        html += " 08:30</time> · <span class=\"share\">Chia sẻ 12 · Thích 3</span></div>\n"
        html += "<div class=\"detail-content\" itemprop=\"articleBody\">\n"
        for (index, paragraph) in paragraphs.enumerated() {
            html +=
                index == 0
                ? "<p><strong>\(Self.escape(paragraph))</strong></p>\n" : "<p>\(Self.escape(paragraph))</p>\n"
            if index == 1 {
                html += "<figure class=\"image\"><img src=\"/uploads/\(year)/\(Self.pad(month))/kcn.jpg\" alt=\"\">"
                html += "<figcaption>Một góc khu công nghiệp của tỉnh. Ảnh: PV</figcaption></figure>\n"
            }
        }
        html += "<p class=\"author\"><strong>Phóng viên tổng hợp</strong></p>\n</div>\n"
        html += "<div class=\"tin-lien-quan\"><h3>Tin liên quan</h3><ul>\n"
        for teaser in teasers.prefix(teasers.count / 2) {
            html += "<li><a href=\"/tin/\(Self.slug(teaser)).html\">\(Self.escape(teaser))</a></li>\n"
        }
        html += "</ul></div>\n<div class=\"tags\">Từ khóa: <a>công nghiệp</a>, <a>sản xuất</a></div>\n"
        html += "</article>\n<aside class=\"sidebar\"><div class=\"most-read\"><h3>Đọc nhiều</h3><ol>\n"
        for teaser in teasers.suffix(teasers.count - teasers.count / 2) {
            html += "<li><a href=\"/tin/\(Self.slug(teaser)).html\">\(Self.escape(teaser))</a></li>\n"
        }
        html += "</ol></div></aside>\n</main>\n"
        html += """
            <footer class="site-footer"><p>\(siteName) · Cơ quan chủ quản: Bộ sinh dữ liệu thử</p>
            <p>Địa chỉ: số 1 đường Thử Nghiệm · Điện thoại: 0237 3852 000 · Giấy phép số 99/GP-TEST</p>
            <p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
            <script src="/static/js/app.min.js" defer></script>
            </body>
            </html>

            """
        return html
    }

    static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A URL-looking slug: ASCII letters and digits, dashes between words.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if scalar == " ", !out.hasSuffix("-") {
                out += "-"
            }
        }
        return String(out.prefix(60))
    }
}
