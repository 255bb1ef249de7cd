import Diagnostics
import Foundation

/// The node group's constraints for one node type and count (sizing.md §3, §4.5).
struct NodeChecks {
    let assumptions: SizingAssumptions
    let hours: Double

    func evaluate(_ capacity: NodeCapacity, count: Int, workload: Workload) -> (checks: [Check], creditHours: Double) {
        let a = assumptions
        let loss = max(0, Int(a["survive_node_loss"].rounded()))
        let headroom = min(max(a["node_headroom"], 0), 0.95)
        // With no node left after the loss, nodes.node_loss already fails: measure the rest on all
        // nodes so their utilization still says how far off the group is.
        let surviving = count > loss ? count - loss : count
        let lossNote = loss > 0 && count > loss ? "on \(surviving) of \(count) \(capacity.type) after losing \(loss)"
            : "on \(count) \(capacity.type)"
        let memory = workload.pods.reduce(0) { $0 + $1.memoryMiB * Double($1.replicas) }
        let cpu = workload.pods.reduce(0) { $0 + $1.cpu * Double($1.replicas) }
        let pods = workload.pods.reduce(0) { $0 + $1.replicas }
        var checks = [
            Check(name: "nodes.node_loss", used: Double(loss + 1), limit: Double(count), unit: "nodes",
                  detail: "nodes needed to survive losing \(loss) (N+\(loss))"),
            Check(name: "nodes.memory", used: memory / 1024,
                  limit: Double(surviving) * capacity.allocatableMiB * (1 - headroom) / 1024, unit: "GiB",
                  detail: "pod memory requests \(lossNote), \(Int(headroom * 100))% headroom"),
            Check(name: "nodes.cpu_requests", used: cpu, limit: Double(surviving) * capacity.allocatableCPU * (1 - headroom),
                  unit: "vCPU", detail: "pod CPU requests \(lossNote), \(Int(headroom * 100))% headroom"),
            Check(name: "nodes.pods", used: Double(pods), limit: Double(surviving * capacity.podSlots), unit: "pods",
                  detail: "pods against max pods \(capacity.maxPods) per node less \(NodeCapacity.daemonSets) DaemonSets \(lossNote)"),
            Check(name: "nodes.peak_cpu", used: workload.peakCPU, limit: Double(surviving) * capacity.allocatableCPU, unit: "vCPU",
                  detail: "CPU busy at peak (\(Self.rate(workload.totalRPS)) req/s) \(lossNote)"),
        ]
        if checks.allSatisfy(\.passed) {
            let packs = Packer.fits(workload.pods, nodes: surviving, capacity: capacity, headroom: headroom)
            checks.append(Check(name: "nodes.packing", used: packs ? 0 : 1, limit: 0, unit: "unscheduled pod groups",
                                detail: packs ? "every pod placed by first-fit decreasing \(lossNote)"
                                    : "first-fit decreasing leaves pods unscheduled \(lossNote) (the largest pods do not share nodes well)"))
        }
        var credits = 0.0
        if let baseline = capacity.baseline {
            // The month's average against the baseline the credits earn (sizing.md §4.5).
            let average = workload.peakCPU * a["average_to_peak_cpu"]
            let earned = Double(count * capacity.vcpu) * baseline
            if capacity.creditFamily == nil {
                checks.append(Check(name: "nodes.cpu_baseline", used: average, limit: earned, unit: "vCPU",
                                    detail: "average CPU against the baseline of \(count) \(capacity.type) (standard mode throttles above it)"))
            } else {
                // Billed only above the baseline, and no node burns more than all its vCPUs.
                credits = max(0, min(average, Double(count * capacity.vcpu)) - earned) * hours
            }
        }
        return (checks, credits)
    }

    static func rate(_ value: Double) -> String { FixedFormat.string(value, digits: 1) }
}
