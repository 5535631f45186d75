import ArgumentParser

/// The `thdash` command: the dashboard by default, and the `figures` and `check` reports.
@main
struct Thdash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thdash",
        abstract: "A terminal dashboard of Thanh Hóa's industrial figures, read from Vietnamese news articles.",
        version: "0.1.0",
        subcommands: [DashboardCommand.self, FiguresCommand.self, CheckCommand.self],
        defaultSubcommand: DashboardCommand.self)

    static func main() {
        _ = FirstFrameProbe.start  // the start-up probe counts from here
        main(nil)
    }
}
