/// Keys that give one command, and the help topic that describes them.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var command: Command
    public var topic: HelpTopic

    public init(_ keys: [Key], _ command: Command, _ topic: HelpTopic) {
        self.keys = keys
        self.command = command
        self.topic = topic
    }
}
