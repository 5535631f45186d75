/// What the mouse did, in screen cells (0-based column and row).
public enum MouseEvent: Hashable, Sendable {
    case click(x: Int, y: Int)
    case scrollUp(x: Int, y: Int)
    case scrollDown(x: Int, y: Int)

    /// Where it happened.
    public var position: (x: Int, y: Int) {
        switch self {
        case .click(let x, let y), .scrollUp(let x, let y), .scrollDown(let x, let y): (x, y)
        }
    }
}
