import ArgumentParser

/// A command that reads articles: the one whose paths `FoldedArguments` puts back after parsing.
protocol CorpusCommand: ParsableCommand {
    var corpus: CorpusOptions { get set }
}

extension DashboardCommand: CorpusCommand {}
extension FiguresCommand: CorpusCommand {}
extension CheckCommand: CorpusCommand {}
