// StatusLine: the bottom row, key hints on the left and a status message on the right.

/// Key hints ("q quit  / search") left to right, each key in the accent style, dropped whole from the right
/// when the row is too narrow; a message (loading progress, an error) right-aligned, which keeps priority
/// over hints and is cut with "…" only when it alone is wider than the row.
public struct StatusLine: Widget {
    /// One key and what it does.
    public struct Hint: Hashable, Sendable {
        public var key: String
        public var action: String

        public init(_ key: String, _ action: String) {
            self.key = key
            self.action = action
        }

        public init(_ key: Key, _ action: String) { self.init(key.displayName, action) }
    }

    public var hints: [Hint]
    public var message: String?
    public var style = Style.normal
    public var keyStyle = Style(.accent)
    public var messageStyle = Style(.dim)
    public var separator = "  "

    public init(hints: [Hint], message: String? = nil) {
        self.hints = hints
        self.message = message
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, with: .blank(style))
        var right = row.right
        if let message, !message.isEmpty {
            let written = buffer.write(message, in: row, alignment: .right, style: messageStyle)
            right -= written + (written > 0 ? 1 : 0)
        }
        var x = row.x
        let gap = TerminalText.width(separator)
        for (index, hint) in hints.enumerated() {
            let lead = index == 0 ? 0 : gap
            let width = TerminalText.width(hint.key) + 1 + TerminalText.width(hint.action)
            guard x + lead + width <= right else { break }
            x += lead
            x += buffer.write(hint.key, x: x, y: row.y, maxWidth: right - x, style: keyStyle)
            x += buffer.write(" " + hint.action, x: x, y: row.y, maxWidth: right - x, style: style)
        }
    }
}
