import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds article files under the paths a user gives and reads each into an `Article`, turning every
/// problem into a `LoadFailure` that names the file and the reason.
public enum ArticleLoader {
    /// File endings read when walking a folder; a file named directly is read whatever its ending.
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]
    /// Larger files are refused rather than read into memory.
    public static let maximumFileSize = 64 << 20

    /// Expands `paths` (files or folders, walked to any depth in name order) into article files, naming
    /// what cannot be read and what is passed over (a folder reached twice, a link loop, a link to nothing).
    public static func discover(_ paths: [String], extensions: Set<String> = articleExtensions) -> Discovery {
        var walker = FolderWalker(extensions: extensions)
        for path in paths { walker.add(path) }
        return walker.discovery
    }

    /// The lowercased ending after a name's last dot; "" when there is none, or nothing before it.
    static func extensionOf(_ name: String) -> String {
        let utf8 = name.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex else { return "" }
        return String(Substring(utf8[utf8.index(after: dot)...])).lowercased()
    }

    /// Reads and normalises one article; files whose ending a converter claims go through it.
    public static func load(_ path: String, converters: [any DocumentConverter] = []) -> Result<Article, LoadFailure> {
        switch readFile(path) {
        case .success(let file): return load(file.bytes, path: path, converter: converter(for: path, among: converters))
        case .failure(let failure): return .failure(failure)
        }
    }

    /// The converter that claims the file's ending, if any.
    static func converter(for path: String, among converters: [any DocumentConverter]) -> (any DocumentConverter)? {
        guard !converters.isEmpty else { return nil }
        let utf8 = path.utf8
        let nameStart = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard let dot = utf8[nameStart...].lastIndex(of: UInt8(ascii: ".")) else { return nil }
        let ext = String(Substring(utf8[utf8.index(after: dot)...])).lowercased()
        return converters.first(where: { $0.fileExtensions.contains(ext) })
    }

    /// Normalises a file's bytes into an article, through `converter` when one claims the file.
    static func load(_ bytes: [UInt8], path: String, converter: (any DocumentConverter)?) -> Result<
        Article, LoadFailure
    > {
        if let converter {
            if bytes.isEmpty { return .failure(LoadFailure(path: path, cause: .empty)) }
            switch converter.convert(bytes, path: path) {
            case .success(let document):
                let text = TextNormalizer.normalize(document.text)
                if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
                    return .failure(LoadFailure(path: path, cause: .noTextInPage))
                }
                return .success(Article(path: path, header: document.header, text: text, bodyStart: 0))
            case .failure(let failure):
                return .failure(failure)
            }
        }
        return article(from: bytes, path: path)
    }

    /// Builds an article from raw bytes, checking that they are text.
    public static func article(from bytes: [UInt8], path: String) -> Result<Article, LoadFailure> {
        func fail(_ cause: LoadFailure.Cause) -> Result<Article, LoadFailure> {
            .failure(LoadFailure(path: path, cause: cause))
        }
        if bytes.isEmpty { return fail(.empty) }
        if let nul = firstNUL(bytes) { return fail(.binary(offset: nul)) }
        guard let text = TextNormalizer.normalize(utf8: bytes) else {
            return fail(.notUTF8(offset: firstInvalidUTF8Offset(bytes)))
        }
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
            return fail(.onlyWhiteSpace)
        }
        do throws(ArticleHeader.ParseError) {
            let (header, bodyStart) = try ArticleHeader.parse(text)
            return .success(Article(path: path, header: header, text: text, bodyStart: bodyStart))
        } catch {
            return fail(.malformedHeader(error))
        }
    }

    /// Reads a whole regular file, refusing folders, devices and files over the size limit; with the
    /// identity of the file read (taken from the open file, so that it is the identity of these bytes).
    static func readFile(_ path: String) -> Result<(bytes: [UInt8], identity: FileIdentity), LoadFailure> {
        func fail(_ cause: LoadFailure.Cause) -> Result<(bytes: [UInt8], identity: FileIdentity), LoadFailure> {
            .failure(LoadFailure(path: path, cause: cause))
        }
        // Non-blocking, so that a FIFO named like an article fails below instead of waiting for a writer.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            return fail(.system(code: errno))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return fail(.system(code: errno)) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { return fail(.isFolder) }
        guard type == S_IFREG else { return fail(.notRegularFile) }
        let size = Int(info.st_size)
        if size > maximumFileSize {
            return fail(.tooLarge(mebibytes: size >> 20, limit: maximumFileSize >> 20))
        }
        // One byte more than the file's size, so that the read that finds its end needs no bigger buffer.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if bytes.count >= maximumFileSize + 1 { break }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count)))  // file grew while read
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return fail(.readError(code: errno))
            }
            if count == 0 { break }
            filled += count
        }
        if filled > maximumFileSize { return fail(.tooLarge(mebibytes: nil, limit: maximumFileSize >> 20)) }
        bytes.removeSubrange(filled...)
        return .success((bytes, FileIdentity(info)))
    }

    /// Offset of the first NUL byte, found with `memchr`.
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let found = memchr(base, 0, raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Offset of the first byte that breaks UTF-8.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
