import Foundation

/// `thdash-bench generate --articles N --out DIR [--seed S]`: writes N generated articles to a folder, for
/// load tests by hand. The folder must not exist yet, so that nothing is ever written over real articles.
struct GenerateCommand {
    var articles = 5_000
    var folder: String?
    var seed: UInt64 = CorpusGenerator.folderSeed

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let option = rest.popFirst() {
            guard let value = rest.popFirst() else { throw BenchmarkError("\(option) needs a value") }
            switch option {
            case "--articles":
                guard let count = Int(value), count > 0 else { throw BenchmarkError("--articles wants a count") }
                articles = count
            case "--out": folder = value
            case "--seed":
                guard let number = UInt64(value) else { throw BenchmarkError("--seed wants a number") }
                seed = number
            default: throw BenchmarkError("unknown option \(option)")
            }
        }
    }

    func run() throws {
        guard let folder else { throw BenchmarkError("--out DIR is required") }
        guard !FileManager.default.fileExists(atPath: folder) else {
            throw BenchmarkError("\(folder) already exists; give a new folder")
        }
        var generator = CorpusGenerator(seed: seed)
        let summary = try generator.writeFolder(folder, count: articles)
        let kinds = summary.byExtension.sorted { $0.key < $1.key }.map { "\($1) .\($0)" }.joined(separator: ", ")
        print(
            String(
                format: "wrote %d articles (%@), %.1f MiB, to %@", summary.files, kinds,
                Double(summary.bytes) / 1_048_576, folder))
    }
}
