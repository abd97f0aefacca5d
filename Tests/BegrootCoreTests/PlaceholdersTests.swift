import Testing
@testable import BegrootCore

@Suite struct PlaceholdersTests {
    @Test func fillsEveryNameAndKeepsUnknownOnesAsWritten() {
        let pattern = Placeholders("{count} plannen in {buurt}, {unknown}!")
        #expect(pattern.fill(["count": "3", "buurt": "K-buurt"]) == "3 plannen in K-buurt, {unknown}!")
        #expect(pattern.fill { $0 == "count" ? "4" : nil } == "4 plannen in {buurt}, {unknown}!")
        #expect(Placeholders("no names").fill([:]) == "no names")
        #expect(Placeholders("{a}{b}").fill(["a": "1", "b": "2"]) == "12")
    }

    @Test func aPartlyFilledPatternFillsTheRestLater() {
        let money = Placeholders("{symbol}\u{00A0}{amount}").partiallyFilled(["symbol": "€"])
        #expect(money.fill(["amount": "25.000"]) == "€\u{00A0}25.000")
        #expect(money.fill(["symbol": "$", "amount": "1"]) == "€\u{00A0}1", "the symbol is filled for good")
        let after = Placeholders("{amount} {symbol}").partiallyFilled(["symbol": "€"])
        #expect(after.fill { $0 == "amount" ? "7" : nil } == "7 €")
        #expect(Placeholders("{x}").partiallyFilled([:]).fill(["x": "y"]) == "y")
    }
}

@Suite struct MemoTests {
    @Test func aValueIsMadeOnceAndSharedByEveryThread() {
        let memo = Memo<Int, [Int]>()
        let results = Array(0..<200).parallelMap { index in memo.value(index % 4) { [index % 4, Int.random(in: 0..<1_000_000)] } }
        for key in 0..<4 {
            let seen = Set(results.filter { $0[0] == key }.map { $0[1] })
            #expect(seen.count == 1, "key \(key) got \(seen.count) different values")
        }
    }
}
