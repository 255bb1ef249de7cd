import Catalog
import Foundation

/// What one node of a type offers pods on EKS (sizing.md §3): allocatable = capacity -
/// kube-reserved - the eviction threshold, with the VPC CNI's max pods from the catalog.
public struct NodeCapacity: Sendable, Equatable {
    public var type: String
    public var vcpu: Int
    public var memoryGiB: Double
    public var maxPods: Int
    public var reservedCPU: Double
    public var reservedMiB: Double
    /// Left for pods after the reservations and the per-node DaemonSets.
    public var allocatableCPU: Double
    public var allocatableMiB: Double
    public var podSlots: Int
    /// Burstable types: baseline per vCPU (0.3 = 30%); nil for fixed-performance types.
    public var baseline: Double?
    /// The family whose CPU credits are billed (`t3`); nil when credits are not sold (T2 is standard mode).
    public var creditFamily: String?

    /// The DaemonSets on every node: aws-node and kube-proxy (sizing.md §3.3).
    static let daemonSets = 2

    public init(_ instance: InstanceType, assumptions a: SizingAssumptions) {
        type = instance.type
        vcpu = instance.vcpu
        memoryGiB = instance.memoryGib
        // The kubelet default when the catalog has no ENI data (sizing.md §3.1).
        maxPods = instance.eksMaxPods ?? 110
        reservedMiB = a["kube_reserved_mib_per_pod"] * Double(maxPods) + a["kube_reserved_base_mib"] + a["eviction_threshold_mib"]
        reservedCPU = Self.reservedCPU(cores: vcpu, assumptions: a)
        allocatableCPU = Double(vcpu) - reservedCPU - a["aws_node_cpu"] - a["kube_proxy_cpu"]
        allocatableMiB = memoryGiB * 1024 - reservedMiB
        podSlots = maxPods - Self.daemonSets
        baseline = instance.burstable ? instance.baselinePct.map { $0 / 100 } : nil
        let family = String(instance.type.prefix { $0 != "." })
        creditFamily = instance.burstable && family != "t2" ? family : nil
    }

    /// 6% of the first core, 1% of the second, 0.5% of cores 3-4, 0.25% above (GKE's ranges, EKS AMI).
    static func reservedCPU(cores: Int, assumptions a: SizingAssumptions) -> Double {
        var percent = 0.0
        for core in 0..<cores {
            switch core {
            case 0: percent += a["cpu_reserved_first_core_pct"]
            case 1: percent += a["cpu_reserved_second_core_pct"]
            case 2, 3: percent += a["cpu_reserved_cores_3_4_pct"]
            default: percent += a["cpu_reserved_above_4_pct"]
            }
        }
        return percent / 100
    }
}

/// First-fit decreasing of pod requests onto identical nodes: the scheduler's outcome after a
/// node is lost, near enough (FFD is within 11/9 of optimal, and never claims a fit that is not one).
enum Packer {
    /// Whether every pod fits on `nodes` nodes with `headroom` of each node kept free.
    static func fits(_ pods: [PodGroup], nodes: Int, capacity: NodeCapacity, headroom: Double) -> Bool {
        guard nodes > 0 else { return pods.allSatisfy { $0.replicas == 0 } }
        let cpuLimit = capacity.allocatableCPU * (1 - headroom)
        let memLimit = capacity.allocatableMiB * (1 - headroom)
        var cpu = [Double](repeating: 0, count: nodes)
        var mem = [Double](repeating: 0, count: nodes)
        var slots = [Int](repeating: 0, count: nodes)
        let sorted = pods.filter { $0.replicas > 0 }.sorted { ($0.memoryMiB, $0.cpu, $0.name) > ($1.memoryMiB, $1.cpu, $1.name) }
        for group in sorted {
            for _ in 0..<group.replicas {
                var placed = false
                for index in 0..<nodes where cpu[index] + group.cpu <= cpuLimit + 1e-9
                    && mem[index] + group.memoryMiB <= memLimit + 1e-9 && slots[index] < capacity.podSlots {
                    cpu[index] += group.cpu
                    mem[index] += group.memoryMiB
                    slots[index] += 1
                    placed = true
                    break
                }
                if !placed { return false }
            }
        }
        return true
    }
}
