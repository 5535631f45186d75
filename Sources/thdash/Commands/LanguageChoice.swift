import ArgumentParser
import ThdashUI

/// The `--language` option's values.
enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case vi, en

    var language: Language { self == .vi ? .vietnamese : .english }
}
