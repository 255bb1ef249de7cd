import Foundation
import Testing
@testable import Account

/// Exact strings for fixed instants (LockTests checks a live lock against DateFormatter).
@Suite struct TerraformTimeTests {
    @Test func fixedInstantsReadAsGoDefaultFormatInUTC() {
        #expect(FakeAccount.terraformTime(Date(timeIntervalSince1970: 1_700_000_000.25)) == "2023-11-14 22:13:20.250000 +0000 UTC")
        #expect(FakeAccount.terraformTime(Date(timeIntervalSince1970: 0)) == "1970-01-01 00:00:00.000000 +0000 UTC")
        #expect(FakeAccount.terraformTime(Date(timeIntervalSince1970: 946_684_799.5)) == "1999-12-31 23:59:59.500000 +0000 UTC")
    }
}
