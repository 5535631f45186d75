import ThdashExtraction

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be read, in Vietnamese (`LoadFailure.reason` says it in English): the dashboard's
/// Sources screen and plain report speak the interface's language.
enum VietnameseFailureReasons {
    static func reason(_ cause: LoadFailure.Cause) -> String {
        switch cause {
        case .system(let code): system(code)
        case .readError(let code): "lỗi khi đọc: \(system(code))"
        case .isFolder: "là thư mục, không phải tệp bài báo"
        case .notRegularFile: "không phải tệp thông thường"
        case .tooLarge(let size?, let limit): "tệp quá lớn (\(size) MiB; giới hạn là \(limit) MiB)"
        case .tooLarge(nil, let limit): "tệp quá lớn (trên \(limit) MiB)"
        case .empty: "tệp rỗng"
        case .binary(let offset): "tệp nhị phân (byte NUL ở vị trí \(offset))"
        case .notUTF8(let offset): "không phải văn bản UTF-8 (byte sai ở vị trí \(offset))"
        case .onlyWhiteSpace: "không có chữ (chỉ có khoảng trắng)"
        case .malformedHeader(let error): "phần đầu sai: \(header(error))"
        case .folderNotListed(let code): "không liệt kê được thư mục (\(system(code)))"
        case .folderNameNotUTF8: "tên thư mục không phải UTF-8; các tệp trong đó chưa được đọc"
        case .fileNameNotUTF8: "tên tệp không phải UTF-8"
        case .danglingLink(let target): "liên kết tới \(target), không tồn tại"
        case .tooLargeForHTMLParser: "tệp quá lớn cho bộ đọc HTML"
        case .notHTML: "không phải tài liệu HTML"
        case .emptyHTML: "tài liệu HTML rỗng"
        case .noTextInPage: "trang không có chữ"
        case .other(let reason): reason  // a converter's own words, in English
        }
    }

    /// The errors a newcomer meets; any other keeps the system's (English) words.
    static func system(_ code: Int32) -> String {
        switch code {
        case ENOENT: "không có tệp hay thư mục này"
        case EACCES, EPERM: "không có quyền đọc"
        case ENOTDIR: "một phần của đường dẫn không phải thư mục"
        case ELOOP: "liên kết vòng"
        case ENAMETOOLONG: "tên quá dài"
        case EIO: "lỗi vào/ra của ổ đĩa"
        case EMFILE, ENFILE: "quá nhiều tệp đang mở"
        default: "lỗi hệ thống: \(LoadFailure.systemReason(code))"
        }
    }

    static func header(_ error: ArticleHeader.ParseError) -> String {
        switch error {
        case .unterminated: "phần đầu mở bằng --- nhưng không đóng"
        case .badDate(let value): "ngày '\(value)' không theo dạng YYYY-MM hay YYYY-MM-DD"
        case .badLine(let number, let line): "dòng \(number) không theo dạng 'khóa: giá trị': '\(line)'"
        }
    }
}
