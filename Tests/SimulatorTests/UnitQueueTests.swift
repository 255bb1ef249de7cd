import Planner
import Testing
@testable import Simulator

/// The run queue starts units in the order of the minute they can begin, not of their wave.
struct UnitQueueTests {
    static func unit(_ name: String, wave: Int, after: [String] = []) -> ModulePlan {
        ModulePlan(name: name, wave: wave, waitsFor: after, actions: [])
    }

    @Test func aLaterWaveStartsFirstWhenItsDependencyEndsFirst() throws {
        // slow (wave 1) ends at 10; fast (wave 1) at 1; behindSlow (wave 2) and behindFast (wave 3) follow them.
        var queue = UnitQueue([
            Self.unit("slow", wave: 0), Self.unit("fast", wave: 0),
            Self.unit("behindSlow", wave: 1, after: ["slow"]), Self.unit("mid", wave: 1, after: ["fast"]),
            Self.unit("behindFast", wave: 2, after: ["mid"]),
        ], start: 0)
        let ends = ["slow": 10.0, "fast": 1, "mid": 2, "behindFast": 3, "behindSlow": 11]
        var order: [String] = []
        while let (number, module, begin) = queue.next() {
            order.append("\(module.name)@\(begin)")
            queue.finish(number, at: ends[module.name] ?? 0)
        }
        #expect(order == ["fast@0.0", "slow@0.0", "mid@1.0", "behindFast@2.0", "behindSlow@10.0"])
    }

    @Test func aDependencyOutsideTheRunIsNotWaitedFor() {
        var queue = UnitQueue([Self.unit("cloudfront", wave: 0, after: ["s3_openedx_storage"])], start: 5)
        let first = queue.next()
        #expect(first?.module.name == "cloudfront")
        #expect(first?.begin == 5)
        #expect(queue.next() == nil)
    }
}
