/// Why the terminal could not be opened, worded for the person at it.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, run by a script).
    case notInteractive
    /// TERM is unset or empty.
    case noTerminalType
    /// TERM names a type terminfo does not know.
    case unknownTerminalType(String)

    public var description: String {
        switch self {
        case .notInteractive: "standard input and output must be a terminal"
        case .noTerminalType: "TERM is not set; set it to your terminal's type (for example xterm-256color)"
        case .unknownTerminalType(let name): "unknown terminal type '\(name)'"
        }
    }
}
