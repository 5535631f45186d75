// Box: a frame of box-drawing lines with a title in its top edge.

/// A single-line frame around an area, with an optional title cut to fit the top edge. Draws only the
/// border; `inner(_:)` is the area left for content. Areas under 2×2 have no room for a frame and are left
/// alone.
public struct Box: Widget {
    public var title: String?
    public var style = Style(.border)
    public var titleStyle = Style(.header)

    public init(title: String? = nil) { self.title = title }

    /// The area inside the frame.
    public func inner(_ area: Rect) -> Rect {
        area.width < 2 || area.height < 2 ? Rect(x: area.x, y: area.y, width: 0, height: 0) : area.inset(by: 1)
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard area.width >= 2, area.height >= 2 else { return }
        let top = area.y
        let bottom = area.bottom - 1
        buffer.repeatGlyph("┌", count: 1, x: area.x, y: top, style: style)
        buffer.repeatGlyph("─", count: area.width - 2, x: area.x + 1, y: top, style: style)
        buffer.repeatGlyph("┐", count: 1, x: area.right - 1, y: top, style: style)
        for y in (top + 1)..<bottom {
            buffer.repeatGlyph("│", count: 1, x: area.x, y: y, style: style)
            buffer.repeatGlyph("│", count: 1, x: area.right - 1, y: y, style: style)
        }
        buffer.repeatGlyph("└", count: 1, x: area.x, y: bottom, style: style)
        buffer.repeatGlyph("─", count: area.width - 2, x: area.x + 1, y: bottom, style: style)
        buffer.repeatGlyph("┘", count: 1, x: area.right - 1, y: bottom, style: style)
        if let title, !title.isEmpty, area.width > 4 {
            buffer.write(" \(title) ", x: area.x + 1, y: top, maxWidth: area.width - 2, style: titleStyle)
        }
    }
}
