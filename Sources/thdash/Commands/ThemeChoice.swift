import ArgumentParser
import ThdashUI

/// The `--theme` option's values.
enum ThemeChoice: String, ExpressibleByArgument, CaseIterable {
    case dark, light, mono

    var theme: Theme {
        switch self {
        case .dark: .dark
        case .light: .light
        case .mono: .monochrome
        }
    }
}
