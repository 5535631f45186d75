/// What happens to text wider than its area.
public enum Truncation: Hashable, Sendable {
    /// Cut and end with "…", so the reader sees that something is missing.
    case ellipsis
    /// Cut at the edge with no marker (for bars and rules that are meant to fill).
    case clip
}
