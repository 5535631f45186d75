/// How a cell looks, named by colour roles that the theme resolves only when the frame is flushed, so widgets
/// never pick raw colours and one buffer renders in any theme.
public struct Style: Hashable, Sendable {
    /// Role of the text colour.
    public var foreground: ColorRole
    /// Role whose background fills the cell; nil keeps the foreground role's own background.
    public var background: ColorRole?
    public var attributes: TextAttributes

    public init(_ foreground: ColorRole = .normal, background: ColorRole? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let normal = Style()

    public var isBold: Bool { attributes.contains(.bold) }
    public var isDim: Bool { attributes.contains(.dim) }
    public var isReversed: Bool { attributes.contains(.reverse) }
    public var isUnderlined: Bool { attributes.contains(.underline) }

    /// This style with more attributes.
    public func adding(_ more: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(more)
        return copy
    }

    /// This style over another role's background (a selected row, a highlighted tab).
    public func on(_ background: ColorRole?) -> Style {
        var copy = self
        copy.background = background
        return copy
    }
}
