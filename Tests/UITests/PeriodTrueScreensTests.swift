import Testing
import ThdashExtraction
import ThdashModel
import ThdashUI

/// Every screen answers for the period and basis chosen: the overview's key figures, the two groups of
/// movers, the IIP's history, the period keys, and the lists' captions. Keys fed through `update`.
@Suite struct PeriodTrueScreensTests {
    @Test func theOverviewsKeyFiguresAreOfTheChosenYear() {
        var state = DashboardFixture.state()
        #expect(state.headlines.iip?.observation.value == 19.26)
        #expect(state.headlines.production?.value.period == .firstMonths(8, of: 2024))
        #expect(state.screen.text.contains("8T/2024, kỳ trước"), "an earlier period of the year, said so")
        state.press(.left)
        #expect(state.period == .year(2023))
        #expect(state.headlines.iip?.observation.value == 12.4)
        #expect(state.headlines.production == nil, "2024's production value is no figure of 2023")
        let text = state.screen.text
        #expect(text.contains("12,4%"))
        #expect(!text.contains("88.926"))
        #expect(text.contains("chưa có số liệu năm 2023"))
    }

    @Test func aMonthsKeyFigureIsTheMonthsOwnBasis() {
        var state = DashboardFixture.state()
        state.press(.char("b"), .char("b"))
        #expect(state.mode == .monthOnMonth)
        #expect(state.period == .month(9, of: 2024))
        #expect(state.headlines.iip?.observation.value == -2.1)
        #expect(state.headlines.iip?.mode == .monthOnMonth)
        #expect(state.screen.lines[4].contains("tháng 9/2024, so với tháng trước"))
    }

    @Test func risersOnlyRoseAndFallersOnlyFell() {
        let state = DashboardFixture.state()
        #expect(state.movers.risers.map(\.product.id) == ["shoes", "cement", "garments"])
        #expect(state.movers.fallers.map(\.product.id) == ["petrol", "clinker"])
        let lines = state.screen.lines
        let fallers = lines.firstIndex { $0.contains("▼ Giảm mạnh nhất") }!
        #expect(lines.firstIndex { $0.contains("▲ Tăng mạnh nhất") }! < fallers)
        #expect(lines[fallers + 1].contains("Xăng") && lines[fallers + 1].contains("−12,3%"))
        #expect(lines[fallers + 2].contains("Clinker"))
    }

    @Test func aPeriodWhereNothingFellSaysSo() {
        let rows = DashboardFixture.state().productRows
        let rising = rows.filter { ($0.value ?? 0) > 0 }
        let movers = Movers(rows: rising)
        #expect(movers.fallers.isEmpty)
        #expect(movers.risers.allSatisfy { $0.value! > 0 })
        let mixed = Movers(rows: rows)
        #expect(mixed.fallers.allSatisfy { $0.value! < 0 })
        #expect(mixed.risers.count <= Movers.perGroup && mixed.fallers.count <= Movers.perGroup)
    }

    @Test func planCompletionRanksHighestAndLowestWithoutOverlap() {
        var state = DashboardFixture.state()
        state.press(.char("b"))
        #expect(state.mode == .planCompletion)
        #expect(state.movers.risers.map(\.product.id) == ["shoes", "garments"])
        #expect(state.movers.fallers.isEmpty, "two products: both are among the highest, none listed twice")
        #expect(state.screen.text.contains("Hoàn thành kế hoạch cao nhất"))
    }

    @Test func clickingAMoverSelectsItAndHeadingsSelectNothing() {
        var state = DashboardFixture.state()
        let lines = state.screen.lines
        let clinker = lines.firstIndex { $0.contains("Clinker") }!
        state.press(.mouse(.click(x: 10, y: clinker)))
        #expect(state.selectedProductID == "clinker")
        let heading = lines.firstIndex { $0.contains("▼ Giảm mạnh nhất") }!
        state.press(.mouse(.click(x: 10, y: heading)))
        #expect(state.selectedProductID == "clinker")
        state.press(.mouse(.click(x: 10, y: clinker)))
        #expect(state.page == .product("clinker"))
    }

    @Test func pMovesToAnotherLengthOfPeriodThatHasFigures() {
        var state = DashboardFixture.state()
        state.press(.char("p"))
        #expect(state.period == .year(2024), "no month, quarter or year to date has a figure against a year earlier")
        #expect(state.notice == "Không có loại kỳ nào khác có số liệu ở đây")
        state.press(.char("b"))
        #expect(state.mode == .planCompletion)
        #expect(state.period == .year(2024) && state.notice == nil, "2024 has plan figures: the period stays")
        state.press(.char("p"))
        #expect(state.period == .firstMonths(8, of: 2024))
        #expect(state.screen.lines[2].hasPrefix("Kỳ (lũy kế)"))
        state.press(.char("b"))
        #expect(state.mode == .monthOnMonth)
        #expect(state.period == .month(9, of: 2024))
        #expect(state.notice == "Sang tháng 9/2024: 8 tháng đầu năm 2024 không có số liệu so với tháng trước")
        #expect(state.screen.lines[23].contains("Sang tháng 9/2024"))
    }

    @Test func listsShowRowsWithAFigureAndSayHowManyAreHidden() {
        var state = DashboardFixture.state()
        state.press(.char("2"))
        let counts = state.listCounts(on: .tab(.products))
        #expect(state.productRows.count == 6)
        #expect(state.productRows.allSatisfy { $0.observation != nil || $0.valueObservation != nil })
        #expect(state.screen.lines[3].hasPrefix("\(counts.filled)/\(counts.total) sản phẩm có số liệu"))
        #expect(state.screen.lines[3].contains("\(counts.total - 6) không có số liệu ẩn, a để hiện"))
        state.press(.char("a"))
        #expect(state.productRows.count == counts.total)
        #expect(state.productRows.prefix(6).allSatisfy { $0.observation != nil || $0.valueObservation != nil })
        #expect(state.screen.lines[3].contains("a để ẩn sản phẩm không có số liệu"))
        #expect(!state.screen.lines[3].hasSuffix("/\(counts.total)"), "every row fits: no position (see the tmux test)")
    }

    @Test func theOutputColumnIsLeftOutWhenNoProductHasAnOutput() {
        var state = DashboardFixture.state()
        state.press(.char("2"))
        #expect(state.screen.lines[4].contains("Sản lượng"))
        state.press(.left)
        #expect(state.period == .year(2023))
        #expect(!state.screen.lines[4].contains("Sản lượng"))
    }

    @Test func theSortLabelShowsOnlyWhereTheScreenIsSorted() {
        var state = DashboardFixture.state()
        #expect(!state.screen.lines[2].contains("Xếp theo"))
        state.press(.char("2"))
        #expect(state.screen.lines[2].contains("Xếp theo"))
        #expect(state.screen.lines[23].contains("a tất cả"))
    }

    @Test func theIIPHistoryEndsAtTheChosenPeriodAndShowsGaps() {
        var state = DashboardFixture.state(width: 100, height: 40)
        var text = state.screen.text
        #expect(text.contains("năm 2023") && text.contains("+12,4%"))
        state.press(.left)
        text = state.screen.text
        let history = state.screen.lines.drop { !$0.contains("qua các kỳ") }
        #expect(history.contains { $0.contains("năm 2023") })
        #expect(!history.contains { $0.contains("năm 2024") }, "the history stops at the chosen year")
    }

    @Test func historyRowsFoldRunsOfMissingPeriods() {
        let dataset = DashboardFixture.dataset
        let series = dataset.series(product: "iip", mode: .monthOnMonth, periodType: .month)!
        let slots = series.slots(through: .month(12, of: 2024))
        #expect(slots.map(\.period) == (9...12).map { PeriodKey.month($0, of: 2024) })
        #expect(slots.map { $0.point?.value } == [-2.1, nil, nil, nil])
        #expect(series.slots(through: .month(8, of: 2024)).isEmpty)
        let early = series.slots(from: .month(7, of: 2024), through: .month(10, of: 2024))
        #expect(early.map(\.period) == (7...10).map { PeriodKey.month($0, of: 2024) })
        #expect(early.map { $0.point?.value } == [nil, nil, -2.1, nil])
    }
}
