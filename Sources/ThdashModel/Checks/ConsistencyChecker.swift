/// Runs the consistency checks over each product's home-region figures, one year at a time (every check
/// compares figures of one product and one year).
struct ConsistencyChecker {
    let dataset: Dataset
    /// Into how many pieces the products are split.
    let shards: Int

    func run() -> [ConsistencyCheck] {
        let slots = dataset.index.homeProductSlots
        let checker = self
        return Parallel.map(shards) { shard in
            checker.run(slots[slots.count * shard / shards..<slots.count * (shard + 1) / shards])
        }.flatMap { $0 }
    }

    private func run(_ slots: ArraySlice<Int32>) -> [ConsistencyCheck] {
        var checks: [ConsistencyCheck] = []
        let observations = dataset.observations
        let index = dataset.index
        for slot in slots {
            // In period order, hence in year order.
            let list = index.homeDatedByProduct[Int(slot)]
            guard list.count > 1 else { continue }
            let product = dataset.products[Int(slot)].id
            var start = list.startIndex
            while start < list.endIndex {
                let year = observations[Int(list[start])].period!.year
                var end = start + 1
                while end < list.endIndex && observations[Int(list[end])].period!.year == year { end += 1 }
                if end - start > 1 {
                    let run = list[start..<end]
                    checks += PlanCompletionCheck.run(product: product, year: year, run: run, in: observations)
                    checks += MonthlyChainCheck(product: product, year: year, observations: observations).run(run)
                }
                start = end
            }
        }
        return checks
    }
}
