import ThdashUI

/// What the run loop hands to `update`: everything that can change the state arrives this one way.
public enum RunnerEvent<Message: Sendable>: Sendable {
    /// A key or mouse event (a resize arrives as `.resize` instead, with the size).
    case key(Key)
    /// The terminal's size, sent once before the first frame and after every resize.
    case resize(width: Int, height: Int)
    /// A message background work posted to the mailbox.
    case message(Message)
    /// Time passed with no key (for spinners and polling); sent once per tick interval while idle.
    case tick
}
