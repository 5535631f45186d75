import Testing
import ThdashUI

@testable import ThdashTerminal

/// A bracketed paste gathered into one key: nothing while it comes in, the whole text at its end, keys
/// outside it untouched.
@Suite struct PasteCollectorTests {
    private let start = ContinuousClock.now

    /// Feeds inputs a millisecond apart; the keys handed on.
    private func collect(_ inputs: [TerminalInput?], into collector: inout PasteCollector) -> [Key] {
        var keys: [Key] = []
        for (index, input) in inputs.enumerated() {
            if let key = collector.take(input, at: start + .milliseconds(index)) { keys.append(key) }
        }
        return keys
    }

    @Test func keysOutsideAPastePassAndAPasteArrivesWholeAtItsEnd() {
        var collector = PasteCollector()
        let keys = collect(
            [.key(.char("2")), .pasteStart, .key(.char("q")), .key(.char("2")), nil, .pasteEnd, .key(.char("q"))],
            into: &collector)
        #expect(keys == [.char("2"), .paste("q2"), .char("q")])
        #expect(!collector.isCollecting)
    }

    @Test func lineBreaksAndTabsBecomeSpacesAndOtherKeysAreDropped() {
        var collector = PasteCollector()
        let keys = collect(
            [
                .pasteStart, .key(.char("x")), .key(.enter), .key(.escape), .key(.ctrl("c")), .key(.up),
                .key(.tab), .key(.char("đ")), .pasteStart, .pasteEnd,
            ], into: &collector)
        #expect(keys == [.paste("x  đ")])
    }

    @Test func anEndWithoutAStartAndAnEmptyPasteDoNothingHarmful() {
        var collector = PasteCollector()
        #expect(collect([.pasteEnd, nil, .pasteStart, .pasteEnd], into: &collector) == [.paste("")])
    }

    @Test func aLongPasteIsCutAtTheLimit() {
        var collector = PasteCollector()
        let text = Array(repeating: TerminalInput.key(.char("a")), count: PasteCollector.characterLimit + 50)
        let keys = collect([.pasteStart] + text + [.pasteEnd], into: &collector)
        #expect(keys == [.paste(String(repeating: "a", count: PasteCollector.characterLimit))])
    }

    /// A paste whose end marker is lost must not swallow every later key: after a second without input it
    /// ends with what came.
    @Test func aPasteThatNeverEndsEndsAfterTheQuietLimit() {
        var collector = PasteCollector()
        #expect(collector.take(.pasteStart, at: start) == nil)
        #expect(collector.take(.key(.char("q")), at: start + .milliseconds(10)) == nil)
        #expect(collector.take(nil, at: start + .milliseconds(500)) == nil)
        #expect(collector.isCollecting)
        #expect(collector.take(nil, at: start + .milliseconds(10) + PasteCollector.quietLimit) == .paste("q"))
        #expect(collector.take(.key(.char("q")), at: start + .seconds(2)) == .char("q"))
    }
}
