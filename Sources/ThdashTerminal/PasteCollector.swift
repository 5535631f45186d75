import ThdashUI

/// Gathers what the terminal sends between the bracketed-paste markers into one `Key.paste`, so that pasted
/// text never acts as keys (a pasted "q" would quit). Printable characters are kept, line breaks and tabs
/// become spaces, anything else in a paste is dropped. A paste whose end marker never comes ends after
/// `quietLimit` without input, so that keys are not swallowed for good.
struct PasteCollector {
    /// The most characters kept from one paste (the search line needs a few words); the rest are dropped.
    static let characterLimit = 1000
    static let quietLimit = Duration.seconds(1)

    /// The paste so far; nil outside a paste.
    private var text: String?
    private var count = 0
    private var lastInput: ContinuousClock.Instant?

    /// True between the start marker and the end of the paste.
    var isCollecting: Bool { text != nil }

    /// The key to hand on for `input` read at `now` (nil input: a timeout or a key without a name): a key
    /// outside a paste as it is, a whole paste at its end, and nothing while a paste is coming in.
    mutating func take(_ input: TerminalInput?, at now: ContinuousClock.Instant) -> Key? {
        guard isCollecting else {
            switch input {
            case .key(let key)?: return key
            case .pasteStart?:
                (text, count, lastInput) = ("", 0, now)
                return nil
            case .pasteEnd?, nil: return nil
            }
        }
        switch input {
        case nil:
            guard let lastInput, now - lastInput >= Self.quietLimit else { return nil }
            return finish()
        case .pasteEnd?:
            return finish()
        case .pasteStart?:
            lastInput = now
        case .key(let key)?:
            lastInput = now
            append(key)
        }
        return nil
    }

    private mutating func append(_ key: Key) {
        let character: Character
        switch key {
        case .char(let typed): character = typed
        case .enter, .tab: character = " "
        default: return
        }
        guard count < Self.characterLimit else { return }
        text?.append(character)
        count += 1
    }

    private mutating func finish() -> Key {
        defer { (text, count, lastInput) = (nil, 0, nil) }
        return .paste(text ?? "")
    }
}
