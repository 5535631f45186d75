import Foundation

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

    static var articlesFolder: String { dataFolder + "/articles" }
    static var catalogPath: String { dataFolder + "/catalog.tsv" }
    static var outletsPath: String { dataFolder + "/outlets.tsv" }
}
