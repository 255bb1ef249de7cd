import Planner

/// Seeded fault injection (`--faults P --seed N`): each simulated API call meets a fault
/// with probability P. The kinds are the ones operators meet on real runs
/// (terraform-semantics.md sections 3 and 4):
/// - throttling (`Throttling: Rate exceeded`), which the provider retries with backoff: slower, not failed;
/// - `InsufficientInstanceCapacity` when a node group launches its instances: the create fails part-way
///   (the node group exists, CREATE_FAILED) and Terraform taints it;
/// - a waiter running past the provider's default timeout: the object exists, Terraform taints it;
/// - eventual consistency: an ACM certificate still "in use" just after CloudFront let go of it.
public struct Faults: Sendable {
    public var probability: Double
    var random: SeededRandom

    public init(probability: Double, seed: UInt64) {
        self.probability = max(0, min(1, probability))
        // A different stream from the durations' (same seed, different sequence).
        self.random = SeededRandom(seed: seed ^ 0xFA17_FA17_FA17_FA17)
    }

    public enum Kind: Sendable, Equatable {
        case throttled(retries: Int)
        case insufficientCapacity
        case timeout
        case certificateInUse
    }

    /// Types with a long provider waiter, whose creates can time out.
    static let waited: Set<String> = ["aws_eks_cluster", "aws_eks_node_group", "aws_db_instance", "aws_docdb_cluster",
                                      "aws_docdb_cluster_instance", "aws_elasticache_replication_group", "aws_nat_gateway",
                                      "aws_cloudfront_distribution", "aws_acm_certificate_validation"]

    /// The fault (if any) this call meets. One draw decides whether, a second which kind
    /// among those that apply to the call, so the sequence is fixed by the seed.
    mutating func draw(type: String, action: Action) -> Kind? {
        guard probability > 0, random.uniform(0...1) < probability else { return nil }
        var kinds: [Kind] = [.throttled(retries: 1 + Int(random.uniform(0...3)))]
        if action == .create {
            if type == "aws_eks_node_group" { kinds.append(.insufficientCapacity) }
            if Self.waited.contains(type) { kinds.append(.timeout) }
        }
        if action == .delete, type == "aws_acm_certificate" { kinds.append(.certificateInUse) }
        let pick = min(kinds.count - 1, Int(random.uniform(0...Double(kinds.count))))
        return kinds[pick]
    }

    /// Minutes the provider spends backing off `retries` times (exponential, capped, as the
    /// AWS SDK's standard retryer: 1 s, 2 s, 4 s ... up to 20 s).
    static func backoffMinutes(retries: Int) -> Double {
        (0..<retries).reduce(0) { $0 + min(20, Double(1 << $1)) } / 60
    }
}
