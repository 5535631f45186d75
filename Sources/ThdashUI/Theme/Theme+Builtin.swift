extension Theme {
    /// For dark terminal backgrounds: bright hues on the terminal's own background.
    public static let dark = Theme(
        name: "dark", usesColor: true,
        paints: [
            .normal: Paint(),
            .dim: Paint(.terminalDefault, on: .terminalDefault, .dim),
            .header: Paint(.cyan, on: .terminalDefault, .bold),
            .selection: Paint(.black, on: .cyan),
            .accent: Paint(.yellow),
            .positive: Paint(.green),
            .negative: Paint(.red),
            .warning: Paint(.magenta, on: .terminalDefault, .bold),
            .gauge: Paint(.cyan),
            .border: Paint(.blue),
        ])

    /// For light terminal backgrounds: no yellow or cyan text, which fade on white.
    public static let light = Theme(
        name: "light", usesColor: true,
        paints: [
            .normal: Paint(),
            .dim: Paint(.terminalDefault, on: .terminalDefault, .dim),
            .header: Paint(.blue, on: .terminalDefault, .bold),
            .selection: Paint(.white, on: .blue),
            .accent: Paint(.magenta),
            .positive: Paint(.green),
            .negative: Paint(.red),
            .warning: Paint(.red, on: .terminalDefault, [.bold, .underline]),
            .gauge: Paint(.blue),
            .border: Paint(.terminalDefault, on: .terminalDefault, .dim),
        ])

    /// No colour at all (NO_COLOR, or a terminal without colours): meaning rides on attributes, and signs
    /// (+/−, ▲▼) and bar directions carry up and down, which widgets always draw.
    public static let monochrome = Theme(
        name: "monochrome", usesColor: false,
        paints: [
            .normal: Paint(),
            .dim: Paint(.terminalDefault, on: .terminalDefault, .dim),
            .header: Paint(.terminalDefault, on: .terminalDefault, .bold),
            .selection: Paint(.terminalDefault, on: .terminalDefault, .reverse),
            .accent: Paint(.terminalDefault, on: .terminalDefault, .bold),
            .positive: Paint(),
            .negative: Paint(),
            .warning: Paint(.terminalDefault, on: .terminalDefault, [.bold, .underline]),
            .gauge: Paint(),
            .border: Paint(.terminalDefault, on: .terminalDefault, .dim),
        ])

    /// The built-in themes by name.
    public static let builtIn: [Theme] = [.dark, .light, .monochrome]

    /// A built-in theme by name ("dark", "light", "monochrome"), case-insensitive.
    public static func named(_ name: String) -> Theme? {
        builtIn.first { $0.name == name.lowercased() }
    }
}
