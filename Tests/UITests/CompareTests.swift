import Testing
import ThdashExtraction
import ThdashModel
import ThdashUI

/// `c` pins the period in force; the product lists and the matrix then show the pinned period's figure
/// beside the current one and the difference in points, and the context line names both periods.
@Suite struct CompareTests {
    @Test func pinningShowsBothPeriodsAndTheDifference() {
        var state = DashboardFixture.state()
        state.press(.char("2"), .char("c"))
        #expect(state.pinnedPeriod == .year(2024))
        #expect(state.notice?.hasPrefix("Đã ghim năm 2024") == true)
        state.press(.left)
        #expect(state.period == .year(2023))
        let lines = state.screen.lines
        #expect(lines[2].contains("năm 2023") && lines[2].contains("đối chiếu năm 2024"))
        #expect(lines[4].contains("2024") && lines[4].contains("2023") && lines[4].contains("Chênh"))
        let cement = lines.first { $0.hasPrefix("Xi măng") }!
        #expect(cement.contains("+12,5%") && cement.contains("−4,2%") && cement.contains("−16,7"))
        let shoes = lines.first { $0.hasPrefix("Giày thể thao") }
        #expect(shoes?.contains("—") == true, "a figure only in the pinned period is listed, its difference “—”")
        state.press(.char("c"))
        #expect(state.pinnedPeriod == nil)
        #expect(!state.screen.lines[4].contains("Chênh"))
        #expect(!state.screen.lines[2].contains("đối chiếu"))
    }

    @Test func theMatrixGivesTheDifferenceInALastColumn() {
        var state = DashboardFixture.state()
        state.press(.char("6"), .left, .char("c"), .right)
        #expect(state.pinnedPeriod == .year(2023))
        let lines = state.screen.lines
        #expect(lines[4].contains("Chênh"))
        let cement = lines.first { $0.contains("Xi măng") }!
        #expect(cement.contains("−4,2") && cement.contains("+12,5") && cement.contains("+16,7"))
        let clinker = lines.first { $0.contains("Clinker") }!
        #expect(clinker.trimmingCharacters(in: .whitespaces).hasSuffix("·"), "no 2023 figure: no difference")
    }
}
