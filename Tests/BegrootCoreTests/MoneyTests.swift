import Testing
@testable import BegrootCore

@Suite struct MoneyTests {
    @Test func readsPlainAndDecimalAmounts() {
        #expect(Money(parsing: "500000") == Money(euros: 500_000))
        #expect(Money(parsing: "1234.56")?.cents == 123_456)
        #expect(Money(parsing: "1234.5")?.cents == 123_450)
        #expect(Money(parsing: "-12.30")?.cents == -1230)
    }

    @Test func readsTheDutchSpreadsheetStyle() {
        #expect(Money(parsing: "1234,56", decimalSeparator: ",", groupSeparator: ".")?.cents == 123_456)
        #expect(Money(parsing: "1.234,56", decimalSeparator: ",", groupSeparator: ".")?.cents == 123_456)
        #expect(Money(parsing: "12.345.678", decimalSeparator: ",", groupSeparator: ".")?.cents == 1_234_567_800)
    }

    @Test func refusesWhatIsNotAnAmount() {
        for text in ["", "12,3,4", "1.2.3", "12.345", "abc", "1e5", "--3", "1.", ".5"] {
            #expect(Money(parsing: text) == nil, "\(text)")
        }
        #expect(Money(parsing: "12,3,4", decimalSeparator: ",", groupSeparator: ".") == nil)
        #expect(Money(parsing: "1.23,4", decimalSeparator: ",", groupSeparator: ".") == nil)
    }

    @Test func addsExactlyAndComputesShares() {
        let amounts = (0..<10).map { _ in Money(cents: 10) }
        #expect(amounts.sum() == Money(cents: 100))
        #expect(Money(euros: 25).percent(of: Money(euros: 100)) == 25)
        #expect(Money(euros: 1).percent(of: Money(euros: 3)) == 33)
        #expect(Money(euros: 2).percent(of: Money(euros: 3)) == 67)
        #expect(Money(euros: 2).percent(of: .zero) == 0)
        #expect(Money(cents: -1250).parts == (12, 50))
    }
}
