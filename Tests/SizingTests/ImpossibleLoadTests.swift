import Foundation
@testable import Sizing
import Testing

/// Figures no installation has (a load past Int's range, assumptions of NaN or 1e300, more
/// DocumentDB instances than a cluster holds) end in a sizing error, never in a trap.
@Suite struct ImpossibleLoadTests {
    @Test func assumptionsMustBeFiniteAndAtMostAMillion() throws {
        let load = try SizingSupport.scenario().environment(named: "prod").load
        func problem(_ overrides: [String: Double]) -> String? {
            do {
                _ = try SizingAssumptions(load: load, overrides: overrides)
                return nil
            } catch let error as SizingError {
                return error.message
            } catch {
                return "\(error)"
            }
        }
        #expect(problem(["uwsgi_workers_per_pod": .nan]) == "sizing assumption 'uwsgi_workers_per_pod' is not a finite number")
        #expect(problem(["horizon_months": .infinity]) == "sizing assumption 'horizon_months' is not a finite number")
        #expect(problem(["courses": 1e300]) == "sizing assumption 'courses' is 1e+300, but it must be at most 1,000,000 (in its unit)")
        #expect(problem(["docdb_min_instances": 17])
            == "sizing assumption 'docdb_min_instances' is 17.0, but a DocumentDB cluster holds at most 16 instances")
        #expect(problem(["max_nodes_when_extending": 1001])?.hasPrefix("sizing assumption 'max_nodes_when_extending' is 1001.0") == true)
        #expect(problem(["courses": 1_000_000, "docdb_min_instances": 16, "max_nodes_when_extending": 1000]) == nil)
    }

    @Test func aLoadPastIntsRangeIsHeldToATrillionProcesses() throws {
        let assumptions = try SizingAssumptions(load: try SizingSupport.scenario().environment(named: "prod").load,
                                                overrides: ["requests_per_user_per_minute": 1_000_000, "service_time_seconds": 1_000_000])
        let workload = LoadModel(learners: .max, peakUsers: .max, assumptions: assumptions).workload(nodeVCPU: 2)
        // A trillion busy processes, in pods of the default two.
        #expect(workload.lmsProcesses == LoadModel.countLimit)
        #expect(LoadModel.ceil(.nan) == LoadModel.countLimit)
        #expect(LoadModel.ceil(-.infinity) == -LoadModel.countLimit)
        #expect(LoadModel.ceil(12.000000001) == 12)
    }

    @Test func theSearchSaysNothingFitsInsteadOfTrapping() throws {
        #expect(throws: SizingError.self) {
            _ = try SizingSupport.size(learners: .max, peak: .max, overrides: ["session_kib": 1_000_000, "horizon_months": 1_000_000])
        }
    }
}
