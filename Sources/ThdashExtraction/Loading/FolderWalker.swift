#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the paths a user gives into article files: folders are walked in name order to any depth, with a
/// stack of listings rather than recursion (so no depth can exhaust the call stack) and one folder open at
/// a time. A folder is known by device and inode, so a symbolic link back to a folder being walked (a
/// loop) and a second path to a folder already walked are named as skipped, never walked again nor lost.
struct FolderWalker {
    let extensions: Set<String>
    private(set) var discovery = Discovery()
    /// Every folder entered, with the path it was entered by.
    private var entered: [DeviceInode: String] = [:]

    init(extensions: Set<String>) {
        self.extensions = extensions
    }

    /// What a folder entry turned out to be, found while its folder was open.
    private enum Kind {
        case file
        case folder(DeviceInode)
        case danglingLink(target: String)
        case failure(LoadFailure.Cause)
        /// Gone between the listing and its examination, or not an article: nothing to read.
        case nothing
    }

    /// A folder being walked: its entries in name order and the next one to visit.
    private struct Frame {
        var path: String
        var identity: DeviceInode
        var entries: [(name: String, kind: Kind)]
        var next = 0
    }

    /// Adds one path the user gave: a folder is walked, anything else is a file to read (reading it says
    /// what is wrong with a FIFO or a device).
    mutating func add(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let error = errno
            if error == ENOENT, let target = Self.linkTarget(path) {
                discovery.failures.append(Self.dangling(path, target))
            } else {
                discovery.failures.append(LoadFailure(path: path, cause: .system(code: error)))
            }
            return
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            walk(path, DeviceInode(info))
        } else {
            discovery.files.append(path)
        }
    }

    private mutating func walk(_ root: String, _ identity: DeviceInode) {
        var stack: [Frame] = []
        enter(root, identity, below: &stack)
        while let top = stack.indices.last {
            guard stack[top].next < stack[top].entries.count else {
                stack.removeLast()
                continue
            }
            let (name, kind) = stack[top].entries[stack[top].next]
            stack[top].next += 1
            let path = Self.base(stack[top].path) + name
            switch kind {
            case .file:
                discovery.files.append(path)
            case .folder(let identity):
                if extensions.contains(ArticleLoader.extensionOf(name)) {
                    discovery.failures.append(LoadFailure(path: path, cause: .isFolder))
                }
                enter(path, identity, below: &stack)
            case .danglingLink(let target):
                // Named like an article, it is one the user meant to be read; otherwise it may have been a
                // folder or anything: noted, so that nothing goes missing without a word.
                if extensions.contains(ArticleLoader.extensionOf(name)) {
                    discovery.failures.append(Self.dangling(path, target))
                } else {
                    discovery.skipped.append(SkippedPath(path: path, why: .danglingLink(to: target)))
                }
            case .failure(let cause):
                discovery.failures.append(LoadFailure(path: path, cause: cause))
            case .nothing:
                break
            }
        }
    }

    /// Lists a folder onto the stack, unless it is one of the folders being walked (a loop) or was walked
    /// already through another path.
    private mutating func enter(_ path: String, _ identity: DeviceInode, below stack: inout [Frame]) {
        if let ancestor = stack.first(where: { $0.identity == identity }) {
            discovery.skipped.append(SkippedPath(path: path, why: .loop(backTo: ancestor.path)))
            return
        }
        if let first = entered[identity] {
            discovery.skipped.append(SkippedPath(path: path, why: .sameFolder(as: first)))
            return
        }
        entered[identity] = path
        if let entries = list(path) { stack.append(Frame(path: path, identity: identity, entries: entries)) }
    }

    /// The folder's entries in name order with what each is, examined while the folder is open (by name
    /// relative to it: no path is walked again). A name that is not UTF-8 cannot be spelled as a path
    /// here: it is named as a failure rather than skipped. Nil, with the failure noted, when the folder
    /// cannot be opened.
    private mutating func list(_ folder: String) -> [(name: String, kind: Kind)]? {
        guard let stream = opendir(folder) else {
            discovery.failures.append(LoadFailure(path: folder, cause: .folderNotListed(code: errno)))
            return nil
        }
        defer { closedir(stream) }
        let fd = dirfd(stream)
        var entries: [(name: String, kind: Kind)] = []
        var undecodable: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(stream) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard bytes.first != UInt8(ascii: ".") else { continue }  // hidden, and "." and ".."
            let type = Int32(entry.pointee.d_type)
            guard let name = String(validating: bytes, as: UTF8.self) else {
                undecodable.append((String(decoding: bytes, as: UTF8.self), type == DT_DIR))
                continue
            }
            entries.append((name, kind(of: name, type: type, in: fd)))
        }
        let base = Self.base(folder)
        for (name, isFolder) in undecodable.sorted(by: { $0.name < $1.name }) {
            if isFolder {
                discovery.failures.append(
                    LoadFailure(path: base + name, cause: .folderNameNotUTF8))
            } else if extensions.contains(ArticleLoader.extensionOf(name)) {
                discovery.failures.append(LoadFailure(path: base + name, cause: .fileNameNotUTF8))
            }
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// What an entry is. The listing's type is trusted for a regular file (no call needed: a folder of
    /// thousands of articles costs nothing more); folders, links and entries of unknown type are examined,
    /// following links, for their identity.
    private func kind(of name: String, type: Int32, in folder: Int32) -> Kind {
        let isArticle = extensions.contains(ArticleLoader.extensionOf(name))
        if type == DT_REG { return isArticle ? .file : .nothing }
        if type != DT_DIR && type != DT_LNK && type != DT_UNKNOWN { return isArticle ? .file : .nothing }
        var info = stat()
        guard fstatat(folder, name, &info, 0) == 0 else {
            let error = errno
            if error == ENOENT {
                // A link to nothing, or an entry gone since the listing.
                return Self.linkTarget(name, in: folder).map { .danglingLink(target: $0) } ?? .nothing
            }
            return .failure(.system(code: error))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .folder(DeviceInode(info)) }
        return isArticle ? .file : .nothing
    }

    /// The folder's path ending in "/", ready for a name.
    private static func base(_ folder: String) -> String { folder.hasSuffix("/") ? folder : folder + "/" }

    /// A link to nothing that had to be read: a failure, with the reason a skipped one gets.
    private static func dangling(_ path: String, _ target: String) -> LoadFailure {
        LoadFailure(path: path, cause: .danglingLink(to: target))
    }

    /// Where the symbolic link `name` points, nil when it is not a link.
    private static func linkTarget(_ name: String, in folder: Int32 = AT_FDCWD) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
        let count = buffer.withUnsafeMutableBufferPointer { readlinkat(folder, name, $0.baseAddress!, $0.count) }
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
