extension Theme {
    /// The theme to use: monochrome when NO_COLOR is set to anything non-empty (no-color.org) or the terminal
    /// has fewer than 8 colours, otherwise the preferred one. The backend calls this with the facts it knows.
    public static func resolve(preferred: Theme, environment: [String: String], colorCount: Int) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        if colorCount < 8 { return .monochrome }
        return preferred
    }
}
