import Foundation
import Testing

/// Numbers no real run has, on the command line or in a scenario: exit 2 with the option or
/// key named and its limit, nothing written (each of these trapped, hung or ran regardless).
extension BadInputTests {
    @Test func faultsAboveOne() throws {
        _ = try expectBadInput(["rehearse", "--env", "prod", "--faults", "1.5"], fixture: nil,
                               firstLine: "error: --faults is 1.5, but it must be a probability from 0 to 1", contains: ["0.05"])
    }

    @Test func faultsNotANumber() throws {
        _ = try expectBadInput(["rehearse", "--env", "prod", "--faults", "nan"], fixture: nil,
                               firstLine: "error: --faults is nan, but it must be a probability from 0 to 1")
    }

    @Test func runsPastAMillion() throws {
        _ = try expectBadInput(["rehearse", "--env", "prod", "--runs", "99999999999"], fixture: nil,
                               firstLine: "error: --runs is 99999999999, but it must be from 1 to 1,000,000")
    }

    @Test func paceLongerThanAMinute() throws {
        _ = try expectBadInput(["apply", "--env", "prod", "--pace", "60001"], fixture: nil,
                               firstLine: "error: --pace is 60001.0, but it must be from 0 to 60,000 milliseconds")
    }

    @Test func sizeAssumptionNotFinite() throws {
        _ = try expectBadInput(["size", "sizeAssumptionNotFinite.yaml", "--env", "prod", "--set", "uwsgi_workers_per_pod=nan"],
                               fixture: "sizeAssumptionNotFinite",
                               firstLine: "error: sizing assumption 'uwsgi_workers_per_pod' is not a finite number")
    }

    @Test func nodeGroupPastAThousand() throws {
        _ = try expectBadInput(["size", "nodeGroupPastAThousand.yaml", "--env", "prod"], fixture: "nodeGroupPastAThousand",
                               firstLine: "nodeGroupPastAThousand.yaml:6:", contains: ["node_groups[0].max", "is 1001", "at most 1000"])
    }
}
