/// Where text sits in a wider area.
public enum TextAlignment: Hashable, Sendable {
    case left, center, right

    /// Columns to skip before text of `textWidth` in an area of `areaWidth`.
    public func offset(textWidth: Int, areaWidth: Int) -> Int {
        let free = max(0, areaWidth - textWidth)
        switch self {
        case .left: return 0
        case .center: return free / 2
        case .right: return free
        }
    }
}
