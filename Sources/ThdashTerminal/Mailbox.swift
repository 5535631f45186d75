import Synchronization

/// Where background work (loading the articles, say) leaves messages for the UI loop, which picks them up
/// between keys, at least once a tick. Safe to post from any thread or task.
public final class Mailbox<Message: Sendable>: Sendable {
    private let queue = Mutex<[Message]>([])

    public init() {}

    /// Leaves a message for the loop.
    public func post(_ message: Message) {
        queue.withLock { $0.append(message) }
    }

    /// True when no message is waiting.
    public var isEmpty: Bool { queue.withLock { $0.isEmpty } }

    /// Takes every message waiting, oldest first.
    public func drain() -> [Message] {
        queue.withLock { messages in
            defer { messages.removeAll() }
            return messages
        }
    }
}
