import Catalog
import Foundation
import Testing

struct MoneyTests {
    static func money(_ text: String) throws -> Money { try #require(Money(exactly: text)) }

    @Test func parsesPlainDecimalsExactly() throws {
        #expect(try Self.money("0.0832").amount == Decimal(string: "0.0832"))
        #expect(try Self.money(" 12.5 ").amount == Decimal(string: "12.5"))
        #expect(try Self.money("-3").amount == -3)
        // Exactness is the point: 0.1 + 0.2 is 0.3, which binary floating point cannot say.
        #expect(try Self.money("0.1") + Self.money("0.2") == Self.money("0.3"))
        #expect(try Self.money("0.0832").unitPrice == "$0.0832")
    }

    @Test(arguments: ["1e3", "abc", "", "  ", "$5", "1,000"])
    func rejectsWhatIsNotAPlainDecimal(text: String) {
        #expect(Money(exactly: text) == nil)
        #expect(Decimal(exactly: text) == nil)
    }

    @Test(arguments: [
        ("0.125", "0.13"), ("-0.125", "-0.13"), ("0.124", "0.12"), ("2.675", "2.68"),
        ("0.005", "0.01"), ("-0.005", "-0.01"), ("60.736", "60.74"), ("7", "7"),
    ])
    func roundsHalfAwayFromZeroToCents(text: String, expected: String) throws {
        #expect(try Self.money(text).rounded() == Self.money(expected))
    }

    @Test func centsCountTheRoundedAmount() throws {
        #expect(try Self.money("60.736").cents == 6074)
        #expect(try Self.money("-1.005").cents == -101)
    }

    @Test(arguments: [
        ("1234.5", "1234.50"), ("0", "0.00"), ("0.004", "0.00"), ("-0.005", "-0.01"), ("7", "7.00"),
        ("0.0832", "0.08"), ("-12.3", "-12.30"),
    ])
    func plainHasExactlyTwoDecimals(text: String, expected: String) throws {
        #expect(try Self.money(text).plain == expected)
    }

    @Test(arguments: [
        ("1234567.891", "$1,234,567.89"), ("-1234.5", "-$1,234.50"), ("999.999", "$1,000.00"), ("0", "$0.00"),
        ("-0.004", "$0.00"), ("100", "$100.00"), ("1000", "$1,000.00"), ("60.736", "$60.74"),
    ])
    func formattedGroupsThousandsAndSignsNegatives(text: String, expected: String) throws {
        #expect(try Self.money(text).formatted == expected)
        #expect(try Self.money(text).description == expected)
    }

    @Test func arithmeticAndOrderingAreExact() throws {
        var total = Money.zero
        for _ in 0..<730 { total += try Self.money("0.0832") }
        #expect(total == (try Self.money("0.0832")) * 730)
        #expect(total.plain == "60.74")
        #expect(try Self.money("1") - Self.money("1.5") < .zero)
    }
}
