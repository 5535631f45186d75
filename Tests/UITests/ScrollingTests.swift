import Testing
import ThdashUI

@Suite struct ScrollingTests {
    @Test func movesTheWindowAsLittleAsPossible() {
        #expect(Scrolling.offset(selected: 5, current: 0, visibleRows: 10, rowCount: 100) == 0)
        #expect(Scrolling.offset(selected: 12, current: 0, visibleRows: 10, rowCount: 100) == 3)
        #expect(Scrolling.offset(selected: 2, current: 8, visibleRows: 10, rowCount: 100) == 2)
        #expect(Scrolling.offset(selected: nil, current: 95, visibleRows: 10, rowCount: 100) == 90)
        #expect(Scrolling.offset(selected: nil, current: -4, visibleRows: 10, rowCount: 100) == 0)
        #expect(Scrolling.offset(selected: 500, current: 0, visibleRows: 10, rowCount: 100) == 0)
        #expect(Scrolling.offset(selected: 3, current: 7, visibleRows: 0, rowCount: 100) == 0)
        #expect(Scrolling.offset(selected: 0, current: 7, visibleRows: 5, rowCount: 0) == 0)
    }
}
