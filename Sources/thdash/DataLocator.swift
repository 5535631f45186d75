import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the embedded data folder (corpus, catalog, outlets): `THDASH_DATA`, else ./Data, else
/// ../share/thdash beside the executable (where `make install` puts it), else the package's own Data/ next
/// to the sources this binary was built from (so `swift run thdash` works from any folder of the checkout).
enum DataLocator {
    static var dataFolder: String {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["THDASH_DATA"], !env.isEmpty { return env }
        if fm.fileExists(atPath: "Data/catalog.tsv") { return "Data" }
        if let installed = installedFolder, fm.fileExists(atPath: installed + "/catalog.tsv") { return installed }
        let source = URL(fileURLWithPath: #filePath)
        let root = source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("Data").path
    }

    /// PREFIX/share/thdash for an executable in PREFIX/bin, found through the executable's real path, so
    /// that a symbolic link to it elsewhere still finds its data.
    private static var installedFolder: String? {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        return executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/thdash").path
    }

    /// Fails when THDASH_DATA is set but names no folder: every file thdash looks for in it would be missing,
    /// and the folder is what to name.
    static func checkEnvironment() throws(RunFailure) {
        guard let folder = ProcessInfo.processInfo.environment["THDASH_DATA"], !folder.isEmpty else { return }
        var info = stat()
        if stat(folder, &info) != 0 {
            let reason = errno == ENOENT || errno == ENOTDIR ? "no such folder" : String(cString: strerror(errno))
            throw RunFailure("THDASH_DATA=\(folder): \(reason)")
        }
        if info.st_mode & S_IFMT != S_IFDIR { throw RunFailure("THDASH_DATA=\(folder): not a folder") }
    }

    static var articlesFolder: String { dataFolder + "/articles" }
    static var catalogPath: String { dataFolder + "/catalog.tsv" }
    static var outletsPath: String { dataFolder + "/outlets.tsv" }
}
