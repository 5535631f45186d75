/// The frame every screen shares: title, tabs and the period/basis line at the top, the screen's body, and
/// the status line at the bottom. Both the view and `update` (for clicks and paging) use it.
public struct Layout: Hashable, Sendable {
    /// The smallest terminal the dashboard draws in; below it a screen says how big it needs to be.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public var title: Rect
    public var tabs: Rect
    /// The period, basis and sort in force.
    public var context: Rect
    public var body: Rect
    public var status: Rect

    public init(width: Int, height: Int) {
        let parts = Rect(width: width, height: height).split(
            .vertical, [.fixed(1), .fixed(1), .fixed(1), .fill(), .fixed(1)])
        title = parts[0]
        tabs = parts[1]
        context = parts[2]
        body = parts[3]
        status = parts[4]
    }

    public static func fits(width: Int, height: Int) -> Bool {
        width >= minimumWidth && height >= minimumHeight
    }
}
