import ArgumentParser

/// The `thdash` command: the dashboard by default, and the `figures` and `check` reports.
@main
struct Thdash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thdash",
        abstract: "A terminal dashboard of Thanh Hóa's industrial figures, read from Vietnamese news articles.",
        version: "0.1.0",
        subcommands: [FiguresCommand.self],
        defaultSubcommand: FiguresCommand.self)
}
