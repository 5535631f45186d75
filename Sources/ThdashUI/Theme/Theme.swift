/// The colours and attributes each role gets. A theme only describes; the backend decides which one to use
/// (see `Theme.resolve(preferred:environment:colorCount:)`).
public struct Theme: Hashable, Sendable {
    /// How one role looks: text colour, background, and attributes that carry meaning without colour.
    public struct Paint: Hashable, Sendable {
        public var foreground: TerminalColor
        public var background: TerminalColor
        public var attributes: TextAttributes

        public init(
            _ foreground: TerminalColor = .terminalDefault, on background: TerminalColor = .terminalDefault,
            _ attributes: TextAttributes = []
        ) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }
    }

    public var name: String
    /// False for the monochrome theme: the backend then starts no colours at all.
    public var usesColor: Bool
    private var paints: [Paint]

    /// A theme from a paint for every role; roles without one are painted like `.normal`.
    public init(name: String, usesColor: Bool, paints: [ColorRole: Paint]) {
        self.name = name
        self.usesColor = usesColor
        let normal = paints[.normal] ?? Paint()
        self.paints = ColorRole.allCases.map { role in
            var paint = paints[role] ?? normal
            if !usesColor {
                paint.foreground = .terminalDefault
                paint.background = .terminalDefault
            }
            return paint
        }
    }

    public subscript(role: ColorRole) -> Paint { paints[Int(role.rawValue)] }

    /// The real colours of a style. Attributes of the style and of both roles add up, and text never gets
    /// its own background colour: a clash gives the text a contrasting colour instead.
    public func resolve(_ style: Style) -> ResolvedStyle {
        let front = self[style.foreground]
        var foreground = front.foreground
        var background = front.background
        var attributes = front.attributes.union(style.attributes)
        if let role = style.background {
            let back = self[role]
            background = back.background
            attributes.formUnion(back.attributes)
        }
        if foreground == background && foreground != .terminalDefault {
            foreground = background.contrasting
        }
        return ResolvedStyle(foreground: foreground, background: background, attributes: attributes)
    }
}
