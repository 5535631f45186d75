/// The command line with long runs of paths folded away from the argument parser, and put back after.
///
/// swift-argument-parser takes time quadratic in the number of values of a repeated argument (each value
/// copies the array of values so far and merges the set of positions they came from): 20,000 paths took
/// 9 s to parse, 60,000 took 100 s. So each long run of paths reaches it as one placeholder, which
/// `unfold` replaces with the run once the parser is done. A token is certainly a path when it does not
/// start with "-" and is neither of the first two of its run of such tokens (only the first can be an
/// option's value or a subcommand's name; the second is kept too so that the parser sees at least one
/// path), or when it follows "--". A placeholder starts with NUL, which no command-line argument can
/// hold, so it never stands for anything the user typed.
struct FoldedArguments {
    /// Runs shorter than this are left to the parser as they are.
    static let shortestFold = 32

    /// The arguments the parser sees.
    private(set) var arguments: [String] = []
    /// The paths each placeholder stands for, by the placeholder's number.
    private var runs: [ArraySlice<String>] = []

    init(_ commandLine: [String]) {
        var start = 0  // where the current run of tokens that are not options began
        for (index, token) in commandLine.enumerated() {
            if token == "--" {
                fold(commandLine[start..<index], keeping: 2)
                arguments.append(token)
                fold(commandLine[(index + 1)...], keeping: 0)
                return
            }
            if token.utf8.count > 1 && token.hasPrefix("-") {
                fold(commandLine[start..<index], keeping: 2)
                arguments.append(token)
                start = index + 1
            }
        }
        fold(commandLine[start...], keeping: 2)
    }

    /// Appends a run of tokens that are not options: the first `keeping` as they are, the rest as one
    /// placeholder when there are enough of them to be worth it.
    private mutating func fold(_ run: ArraySlice<String>, keeping kept: Int) {
        let head = run.prefix(kept)
        let tail = run.dropFirst(kept)
        arguments.append(contentsOf: head)
        if tail.count >= Self.shortestFold {
            arguments.append("\u{0}paths-\(runs.count)")
            runs.append(tail)
        } else {
            arguments.append(contentsOf: tail)
        }
    }

    /// The parsed paths with each placeholder replaced by the paths it stands for.
    func unfold(_ paths: [String]) -> [String] {
        guard !runs.isEmpty else { return paths }
        var out: [String] = []
        out.reserveCapacity(paths.count + runs.reduce(0) { $0 + $1.count })
        for path in paths {
            if path.hasPrefix("\u{0}paths-"), let number = Int(path.dropFirst(7)), runs.indices.contains(number) {
                out.append(contentsOf: runs[number])
            } else {
                out.append(path)
            }
        }
        return out
    }
}
