import ThdashUI

/// The run loop of a full-screen program, Elm style: draw the state with `view`, wait for an event, let
/// `update` change the state, repeat until `update` returns false. `update` and `view` do no terminal I/O;
/// background work reports through `mailbox`, which is checked after every event and at least once a tick.
public struct TerminalRunner<Message: Sendable> {
    public var theme: Theme
    /// How long to wait for a key before sending `.tick`.
    public var tick: Duration
    public let mailbox: Mailbox<Message>
    /// Called after each frame reaches the terminal; returning false ends the loop (a start-up probe).
    public var frameDrawn: (() -> Bool)?

    /// Milliseconds between looks at the mailbox while waiting for a key.
    static var mailboxSlice: Int { 10 }

    public init(theme: Theme = .dark, tick: Duration = .milliseconds(100), mailbox: Mailbox<Message> = Mailbox()) {
        self.theme = theme
        self.tick = tick
        self.mailbox = mailbox
    }

    /// Opens the terminal, runs the loop, restores the terminal, and returns the final state.
    /// Ctrl-L and resizes repaint the whole screen; both still reach `update`.
    public func run<State>(
        initial: State, update: (inout State, RunnerEvent<Message>) -> Bool, view: (State, inout Buffer) -> Void
    ) throws -> State {
        let session = try TerminalSession(theme: theme)
        defer { session.close() }
        var state = initial
        var size = session.size
        var running = update(&state, .resize(width: size.width, height: size.height))
        let (seconds, attoseconds) = tick.components
        let timeout = Int(clamping: seconds) &* 1000 &+ Int(attoseconds / 1_000_000_000_000_000)
        var frame = Buffer(width: size.width, height: size.height)
        while running {
            if frame.width != size.width || frame.height != size.height {
                frame = Buffer(width: size.width, height: size.height)
            } else {
                frame.clear()
            }
            view(state, &frame)
            session.draw(frame)
            if let frameDrawn, !frameDrawn() { break }
            // Wait for a key in short slices, so that a message (loading finished) is drawn at once, not
            // up to a tick later.
            var key: Key?
            var waited = 0
            repeat {
                key = session.readKey(timeout: max(1, min(timeout - waited, Self.mailboxSlice)))
                waited += Self.mailboxSlice
            } while key == nil && waited < timeout && mailbox.isEmpty
            switch key {
            case .resize?:
                session.invalidate()
                size = session.size
                running = update(&state, .resize(width: size.width, height: size.height))
            case let key?:
                if key == .ctrlL { session.invalidate() }
                running = update(&state, .key(key))
            case nil:
                running = update(&state, .tick)
            }
            for message in mailbox.drain() where running {
                running = update(&state, .message(message))
            }
        }
        return state
    }
}
