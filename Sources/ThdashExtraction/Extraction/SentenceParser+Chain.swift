/// The verb chain before a number: "tăng", "giảm nhẹ", "ước tính tăng khoảng", "cao hơn cùng kỳ",
/// "tăng lần lượt", read backwards from the number.
extension SentenceParser {
    struct Chain {
        var verb: PhraseRecognizer.Verb?
        /// First token of the chain (the number itself when there is no verb).
        var start: Int
        var approximate = false
        var bound: Bound?
        var negative = false
        /// "lên", "còn", "xuống": a verb that ends at a level ("giảm còn 5 nghìn tấn") states a value.
        var levelWord = false
        /// "cao hơn mức tăng 12,7% của …": a figure quoted for comparison, not stated.
        var comparison = false
        /// "lần lượt", "tương ứng": the numbers that follow take subjects or bases in order.
        var respectively = false
        /// A basis between the verb and the number ("tăng so với cùng kỳ 16,4%").
        var basis: Int?
        /// "dự kiến", "dự báo" in the chain: an expected result.
        var forecast = false
        /// "bình quân", "trung bình" in the chain: an average, yearly when the text says so.
        var average = false
    }

    func chain(before number: Int, fence: Int) -> Chain {
        var result = Chain(start: number)
        // "tăng so tháng trước (+3,16%)", "khai khoáng (+10,48%)": a signed change in parentheses.
        if number - 2 >= fence, tokens[number - 2].is("("), tokens[number - 1].is("+") || tokens[number - 1].is("-") {
            result.verb = tokens[number - 1].is("+") ? .up : .down
            result.start = number - 1
            return result
        }
        var j = number - 1
        var steps = 0
        while j >= fence && steps < 10 {
            steps += 1
            if case .basis(let b) = roles[j], bases[b].basis != .annualPlan, result.basis == nil {
                result.basis = b
                j = bases[b].range.lowerBound - 1
                continue
            }
            if roles[j] != .free { break }
            if j >= 1, roles[j - 1] == .free, tokens[j].is("hơn"), let before = phrases.key(j - 1),
                before == "cao" || before == "thấp" || before == "nhiều" || before == "ít"
            {
                // "cao hơn cùng kỳ 16,4%" rises; "thấp hơn" falls. "cao hơn mức tăng …" is a comparison.
                if phrases.key(j + 1) == "mức" { result.comparison = true }
                if result.verb == nil || result.verb == .level {
                    result.verb = before == "cao" || before == "nhiều" ? .up : .down
                }
                result.start = j - 1
                j -= 2
                continue
            }
            if let hedge = phrases.hedge(at: j) {
                result.approximate = result.approximate || hedge.approximate
                result.bound = result.bound ?? hedge.bound
            }
            if j >= 1, roles[j - 1] == .free, phrases.has("hoàn", "thành", at: j - 1) {
                if result.verb == nil { result.verb = .level }
                result.start = j - 1
                j -= 2
                continue
            }
            if let verb = phrases.verb(at: j) {
                if result.verb == nil || (result.verb == .level && verb != .exceed) {
                    result.verb = verb
                }
                result.start = j
                j -= 1
                continue
            }
            if j >= 1, roles[j - 1] == .free,
                let first = phrases.key(j - 1), PhraseRecognizer.modifierPairs.contains([first, tokens[j].key])
            {
                if let hedge = phrases.hedge(at: j - 1) {
                    result.approximate = result.approximate || hedge.approximate
                    result.bound = result.bound ?? hedge.bound
                }
                if phrases.has("lần", "lượt", at: j - 1) || phrases.has("tương", "ứng", at: j - 1) {
                    result.respectively = true
                }
                if phrases.has("dự", "kiến", at: j - 1) || phrases.has("dự", "báo", at: j - 1)
                    || phrases.has("có", "thể", at: j - 1)
                {
                    result.forecast = true
                }
                if phrases.has("bình", "quân", at: j - 1) || phrases.has("trung", "bình", at: j - 1) {
                    result.average = true
                }
                result.start = j - 1
                j -= 2
                continue
            }
            if let k = phrases.key(j), PhraseRecognizer.modifiers.contains(k) {
                if k == "âm" { result.negative = true }
                if k == "mức", phrases.key(j - 1) == "hơn" || phrases.has("so", "với", at: j - 2) {
                    result.comparison = true
                }
                if k == "lên" || k == "còn" || k == "xuống" { result.levelWord = true }
                result.start = j
                j -= 1
                continue
            }
            // "tăng mạnh nhất, với 6,22%", "cũng tăng, ước 4,95%".
            if tokens[j].is(","), result.verb == nil,
                phrases.key(j + 1) == "với" || phrases.verb(at: j - 1) == .up || phrases.verb(at: j - 1) == .down
            {
                result.start = j
                j -= 1
                continue
            }
            break
        }
        // A chain with no verb is no chain: "ở mức 5%" alone states nothing we can classify. Value figures
        // keep their modifiers ("ở mức 151.300 tỷ đồng") out of the subject.
        if result.verb == nil, result.basis != nil || !(number + 1 < tokens.count && !tokens[number + 1].is("%")) {
            result.start = number
            result.basis = nil
        }
        return result
    }
}
