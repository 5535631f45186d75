import Testing
import ThdashExtraction
import ThdashModel
import ThdashUI

/// The periods matrix (6): what it holds, how its columns scroll, and every way in and out, through `update`.
@Suite struct MatrixTests {
    @Test func theMatrixHoldsEveryProductsFiguresOfOneLengthAndBasis() throws {
        let matrix = DashboardFixture.dataset.matrix(mode: .yearOnYear, granularity: .year)
        #expect(matrix.periods == [.year(2023), .year(2024)])
        let cement = try #require(matrix.rows.first { $0.product.id == "cement" })
        #expect(cement.cells[0]?.value == -4.2 && cement.cells[1]?.value == 12.5)
        let bricks = try #require(matrix.rows.first { $0.product.id == "bricks" })
        #expect(bricks.cells[0]?.value == 2 && bricks.cells[1] == nil)
        #expect(!matrix.rows.contains { $0.product.id == "diesel" }, "no yearly figure: no row")
        let lines = matrix.rows.map(\.product.line)
        #expect(
            lines
                == lines.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }.flatMap { line in
                    lines.filter { $0 == line }
                }, "a line's products are together")
        let monthly = DashboardFixture.dataset.matrix(mode: .monthOnMonth, granularity: .month)
        #expect(monthly.periods == [.month(9, of: 2024)])
        #expect(monthly.column(of: .month(9, of: 2024)) == 0)
        #expect(monthly.column(of: .year(2024)) == nil)
    }

    @Test func columnsKeepTheNewestInViewAndFollowTheChosenPeriod() {
        #expect(MatrixScreenColumns.range(count: 5, fitting: 10, chosen: 2) == 0..<5)
        #expect(MatrixScreenColumns.range(count: 84, fitting: 10, chosen: 83) == 74..<84)
        #expect(MatrixScreenColumns.range(count: 84, fitting: 10, chosen: 76) == 74..<84)
        #expect(MatrixScreenColumns.range(count: 84, fitting: 10, chosen: 40) == 31..<41)
        #expect(MatrixScreenColumns.range(count: 84, fitting: 10, chosen: 3) == 0..<10)
        #expect(MatrixScreenColumns.range(count: 84, fitting: 0, chosen: 3) == 3..<4)
    }

    @Test func sixShowsTheMatrixWithItsPeriodsAndEmptyCells() {
        var state = DashboardFixture.state()
        state.press(.char("6"))
        #expect(state.page == .tab(.matrix))
        let lines = state.screen.lines
        #expect(lines[3].hasPrefix("so với năm trước · theo năm · "))
        #expect(lines[4].contains("     2023     2024  "))
        let bricks = lines.first { $0.contains("Gạch xây") }!
        #expect(bricks.contains("+2        ·"), "an empty cell is visibly empty")
        #expect(lines.contains { $0.hasPrefix("Vật liệu xây dựng") }, "a line's heading")
    }

    @Test func enterOnACellOpensItsFigureAndEscReturns() {
        var state = DashboardFixture.state()
        state.press(.char("6"))
        let cementRow = state.matrixLines.firstIndex { line in
            if case .product(let row) = line { return state.matrix!.rows[row].product.id == "cement" }
            return false
        }!
        state.press(.char("g"))
        for _ in 0..<cementRow { state.press(.down) }
        #expect(state.selectedProductID == "cement")
        state.press(.left, .enter)
        #expect(state.page == .product("cement"))
        #expect(state.period == .year(2023))
        #expect(state.screen.text.contains("−4,2%"))
        state.press(.escape)
        #expect(state.page == .tab(.matrix))
        #expect(state.selectedProductID == "cement")
    }

    @Test func enterOnALineHeadingOpensTheLine() {
        var state = DashboardFixture.state()
        state.press(.char("6"))
        guard case .line(let line) = state.matrixLines[0] else {
            Issue.record("the first row is no heading")
            return
        }
        #expect(state.selectedProductID == "shoes", "the product selected on the overview stays selected")
        state.press(.char("g"), .enter)
        #expect(state.page == .line(line.id))
        state.press(.escape)
        #expect(state.page == .tab(.matrix))
    }

    @Test func basisAndLengthRemakeTheMatrixAndSearchFindsItsProducts() {
        var state = DashboardFixture.state()
        state.press(.char("6"), .char("b"), .char("b"))
        #expect(state.matrix?.mode == .monthOnMonth && state.matrix?.granularity == .month)
        #expect(state.screen.lines[4].contains(" T9/2024 "))
        state.press(.char("/"))
        for character in "dau diesel" { state.press(.char(character)) }
        state.press(.enter)
        #expect(state.selectedProductID == "diesel")
    }
}
