import Foundation

// thdash-bench [NAME...]: runs the named benchmarks (all of them when none is named).
// Add a benchmark by appending a `Benchmark` to `Benchmark.all`.

let requested = Array(CommandLine.arguments.dropFirst())
if requested.contains("-h") || requested.contains("--help") {
    print("usage: thdash-bench [NAME...]\n\nbenchmarks:")
    for benchmark in Benchmark.all { print("  \(benchmark.name)  \(benchmark.summary)") }
    exit(0)
}
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
