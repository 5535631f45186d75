import Foundation

/// Finds the embedded Data/ folder: `THDASH_DATA`, else ./Data, else the package's own Data/ next to
/// the sources this binary was built from (so `swift run thdash` works from any folder of the checkout).
enum DataLocator {
    static var dataFolder: String {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["THDASH_DATA"], !env.isEmpty { return env }
        if fm.fileExists(atPath: "Data/catalog.tsv") { return "Data" }
        let source = URL(fileURLWithPath: #filePath)
        let root = source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("Data").path
    }

    static var articlesFolder: String { dataFolder + "/articles" }
    static var catalogPath: String { dataFolder + "/catalog.tsv" }
    static var outletsPath: String { dataFolder + "/outlets.tsv" }
}
