import Foundation
import SeededRandom
import Testing
import ThdashExtraction
import ThdashModel
import ThdashUI

/// The lists the state keeps between keys (chart rows, movers, an opened line's rows, the Lines screen's
/// sections, an opened product's history, the folded search and its match count) always equal what computing them afresh
/// gives, after every key of a long script that changes period, basis, sort, language, screen and search.
@Suite struct CachedListsTests {
    /// Every key that changes what the lists hold, and the keys that move between the lists.
    private static let keys: [Key] = [
        .left, .right, .char("b"), .char("s"), .char("S"), .char("L"), .enter, .escape, .down, .up, .tab,
        .char("1"), .char("2"), .char("3"), .char("4"), .char("5"), .char("n"),
    ]

    @Test func cachedListsMatchFreshOnesAfterEveryKey() {
        var state = DashboardFixture.state(width: 100, height: 30)
        var random = SplitMix64(seed: 7)  // seeded, so the key script is the same on every run
        var checkedPages: Set<String> = []
        for step in 0..<600 {
            // Now and then a search, so matching is exercised on every screen.
            if step % 97 == 0 {
                state.press(.char("/"))
                state.type(["xi", "D", "giay", "a"][step / 97 % 4])
                state.press(.enter)
            } else {
                state.press(Self.keys[Int(random.next() % UInt64(Self.keys.count))])
            }
            expectFresh(state, step: step)
            checkedPages.insert("\(state.page)")
        }
        // The script reached drill-downs of both kinds, so their caches were checked too.
        #expect(checkedPages.contains { $0.hasPrefix("line(") })
        #expect(checkedPages.contains { $0.hasPrefix("product(") })
    }

    @Test func searchMatchesFoldingBothNamesAsBefore() {
        var state = DashboardFixture.state()
        let dataset = DashboardFixture.dataset
        for query in ["xi mang", "XI MĂNG", "đ", "d", "a", "ng", "giày", " ", "zz", "ce", "Cement", "\u{301}"] {
            state.press(.char("2"), .char("/"))
            state.type(query)
            state.press(.enter)
            let folded = VietnameseText.fold(query)
            for product in dataset.products {
                let expected =
                    !folded.isEmpty
                    && (VietnameseText.fold(product.name).contains(folded)
                        || VietnameseText.fold(product.nameEN).contains(folded))
                #expect(state.matches(product) == expected, "\(query) · \(product.name)")
            }
            state.press(.escape)
        }
    }

    private func expectFresh(_ state: AppState, step: Int) {
        guard let dataset = state.dataset, let period = state.period else { return }
        let context = "step \(step), page \(state.page), sort \(state.sort), \(state.mode), \(state.language)"
        let ranked = state.productRows.filter { $0.product.kind == .product }
        #expect(state.chartRows == ranked.filter { $0.observation != nil }, "\(context)")
        #expect(state.moverRows == Movers(rows: ranked).rows, "\(context)")
        #expect(state.productRows.allSatisfy { $0.product.isListedProduct }, "\(context)")
        #expect(state.lineSections == dataset.sections(period: period, mode: state.mode), "\(context)")
        let freshCount = state.productList(on: state.page).map { list in list.count { state.matches($0.product) } }
        #expect(state.matchCount(on: state.page) == (state.search.isActive ? freshCount : nil), "\(context)")
        for page in state.stack {
            switch page {
            case .line(let id):
                #expect(state.productList(on: page) == state.rows(line: id), "\(context)")
            case .product(let id):
                let fresh = ProductHistory(dataset: dataset, product: id)
                #expect(state.history(of: id)?.entries == fresh.entries, "\(context)")
                #expect(state.history(of: id)?.series == fresh.series, "\(context)")
            case .tab, .conflicts, .article: break
            }
        }
    }
}
