import Testing
import ThdashUI

@Suite struct KeyTests {
    @Test func namedKeysMatchReadably() {
        func describe(_ key: Key) -> String {
            switch key {
            case .f1: "help"
            case .ctrlL: "redraw"
            case .backTab: "previous tab"
            case .char("q"), .escape: "quit"
            case .mouse(.scrollDown): "scroll"
            default: "other"
            }
        }
        #expect(describe(.function(1)) == "help")
        #expect(describe(.ctrl("l")) == "redraw")
        #expect(describe(.backTab) == "previous tab")
        #expect(describe(.escape) == "quit")
        #expect(describe(.mouse(.scrollDown(x: 3, y: 4))) == "scroll")
        #expect(describe(.function(2)) == "other")
    }

    @Test func displayNamesForHelpLines() {
        #expect(Key.pageDown.displayName == "PgDn")
        #expect(Key.ctrlL.displayName == "Ctrl-L")
        #expect(Key.char(" ").displayName == "Space")
        #expect(Key.char("đ").displayName == "đ")
        #expect(Key.f1.displayName == "F1")
        #expect(MouseEvent.click(x: 2, y: 7).position == (2, 7))
    }
}
