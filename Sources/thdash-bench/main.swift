import Foundation

// thdash-bench [all | NAME...]: runs the named benchmarks (all of them when none is named, or with `all`).
// thdash-bench generate --articles N --out DIR [--seed S]: writes a generated corpus to disk.
// thdash-bench read-folder [--keep] [--catalog PATH] DIR...: reads folders and prints its peak memory (the
// memory benchmark's child process).
// Add a benchmark by appending a `Benchmark` to `Benchmark.all`.

var requested = Array(CommandLine.arguments.dropFirst())
if requested.contains("-h") || requested.contains("--help") {
    print("usage: thdash-bench [all | NAME...]")
    print("       thdash-bench generate --articles N --out DIR [--seed S]")
    print("       thdash-bench read-folder [--keep] [--catalog PATH] DIR...\n\nbenchmarks:")
    for benchmark in Benchmark.all { print("  \(benchmark.name)  \(benchmark.summary)") }
    exit(0)
}
if requested.first == "generate" {
    do {
        try GenerateCommand(arguments: Array(requested.dropFirst())).run()
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("thdash-bench generate: \(error)\n".utf8))
        exit(2)
    }
}
if requested.first == "read-folder" {
    do {
        try ReadFolderCommand(arguments: Array(requested.dropFirst())).run()
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("thdash-bench read-folder: \(error)\n".utf8))
        exit(2)
    }
}
if requested.first == "all" { requested = [] }
let unknown = requested.filter { name in !Benchmark.all.contains { $0.name == name } }
if !unknown.isEmpty {
    FileHandle.standardError.write(
        Data(
            ("thdash-bench: unknown benchmark \(unknown.joined(separator: ", ")); known: "
                + Benchmark.all.map(\.name).joined(separator: ", ") + "\n").utf8))
    exit(2)
}
for benchmark in Benchmark.all where requested.isEmpty || requested.contains(benchmark.name) {
    do {
        try benchmark.run()
    } catch {
        FileHandle.standardError.write(Data("thdash-bench: \(benchmark.name): \(error)\n".utf8))
        exit(1)
    }
}
