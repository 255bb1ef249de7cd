import Blueprint
import Catalog
import Planner

/// Engine and Kubernetes version changes as AWS makes them in place, and where it refuses:
///
/// - EKS updates the control plane one minor version per `UpdateClusterVersion`; a skip (or a
///   step back) gets `InvalidParameterException: Unsupported Kubernetes minor version update
///   from 1.22 to 1.33` (the wording users report: terraform-aws-modules/terraform-aws-eks
///   #2607, rancher/rancher #41643). terraform-aws-eks v18 passes `cluster_version` to every
///   managed node group, so each group follows one step behind the control plane; where a
///   group may not follow, `NodeGroupVersionRule` has EKS's answer.
/// - RDS MySQL and DocumentDB change major version only when `allow_major_version_upgrade` is
///   set: otherwise `InvalidParameterCombination: The AllowMajorVersionUpgrade flag must be
///   present when upgrading to a new major version.` (ModifyDBInstance / ModifyDBCluster;
///   hashicorp/terraform #8471, terraform-provider-aws #13389 and #33764). rds module v4.2.0
///   leaves the flag false; the cookiecutter's DocumentDB cluster does not set it.
/// - and only one major at a time along AWS's paths (RDS user guide "Major version upgrades
///   for RDS for MySQL": 5.7 to 8.0, 8.0 to 8.4; DocumentDB developer guide "In-place major
///   version upgrade": 3.6 or 4.0 to 5.0, 5.0 to 8.0): otherwise `InvalidParameterCombination:
///   Cannot find upgrade path from 5.7.44 to 8.4.3.` (terraform-provider-aws #29361), and a
///   step back `Cannot upgrade mysql from 8.0.35 to 8.0.33` (the form users report, e.g.
///   thunderbird/appointment #725).
public enum UpgradeRules {
    /// One in-place step of a version change and how long it typically takes.
    public struct Step: Sendable, Equatable {
        public var from: String
        public var to: String
        public var what: String
        public var minutes: Double

        public init(from: String, to: String, what: String, minutes: Double) {
            self.from = from
            self.to = to
            self.what = what
            self.minutes = minutes
        }
    }

    /// The in-place majors each engine reaches from a major.
    static let paths: [String: [String: String]] = [
        "mysql": ["5.7": "8.0", "8.0": "8.4"],
        "docdb": ["3.6": "5.0", "4.0": "5.0", "5.0": "8.0"],
    ]

    /// The refusal AWS answers this update with, if any.
    public static func refusal(_ action: PlannedAction) -> Refusal? {
        guard action.action == .update, let old = action.prior?.attributes, let desired = action.desired else { return nil }
        switch action.type {
        case "aws_eks_cluster":
            guard let from = old["version"]?.string, let to = desired["version"]?.string, from != to,
                  let a = minor(from), let b = minor(to), b != a + 1 else { return nil }
            return Refusal(stage: .apply, hazard: "H20", failure: AWSFailure(
                code: "InvalidParameterException", message: "Unsupported Kubernetes minor version update from \(from) to \(to)",
                fix: "EKS updates the control plane one minor version at a time: apply kubernetes.version "
                    + chain(from, to).dropFirst().joined(separator: ", then ") + ", one apply each"))
        case "aws_db_instance", "aws_docdb_cluster":
            let engine = desired["engine"]?.string ?? (action.type == "aws_db_instance" ? "mysql" : "docdb")
            guard let from = old["engine_version"]?.string, let to = desired["engine_version"]?.string, from != to else { return nil }
            return database(engine: engine, from: from, to: to, allowed: desired["allow_major_version_upgrade"]?.bool == true,
                            key: action.type == "aws_db_instance" ? "mysql" : "mongodb")
        default:
            return nil
        }
    }

    static func database(engine: String, from: String, to: String, allowed: Bool, key: String) -> Refusal? {
        let (a, b) = (major(engine, from), major(engine, to))
        if numbers(to).lexicographicallyPrecedes(numbers(from)) {
            return Refusal(stage: .apply, hazard: "H20", failure: AWSFailure(
                code: "InvalidParameterCombination", message: "Cannot upgrade \(engine) from \(from) to \(to)",
                fix: "AWS does not downgrade in place: set \(key).engine_version back to \(from) (or later)"))
        }
        guard a != b else { return nil }
        let majors = path(engine, from: a, to: b)
        let route = majors.map { ([a] + $0).joined(separator: " to ") }
        guard allowed else {
            return Refusal(stage: .apply, hazard: "H20", failure: AWSFailure(
                code: "InvalidParameterCombination",
                message: "The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version.",
                fix: "set \(key).allow_major_version_upgrade: true (the module leaves allow_major_version_upgrade false)"
                    + (majors.map { $0.count > 1 ? ", and go one major per apply: \(route ?? "")" : "" }
                        ?? "; \(engine) \(a) has no in-place upgrade to \(b)")))
        }
        guard let majors, majors.count == 1 else {
            return Refusal(stage: .apply, hazard: "H20", failure: AWSFailure(
                code: "InvalidParameterCombination", message: "Cannot find upgrade path from \(from) to \(to).",
                fix: route.map { "upgrade one major per apply: \($0) (\(key).engine_version)" }
                    ?? "\(engine) \(a) has no in-place upgrade to \(b): restore a snapshot into a new \(b) instance"))
        }
        return nil
    }

    /// The majors an in-place upgrade passes through after `from`, ending at `to`; nil when
    /// AWS has no such path.
    static func path(_ engine: String, from: String, to: String) -> [String]? {
        var majors: [String] = []
        var current = from
        while current != to {
            guard let next = paths[engine]?[current], majors.count < 8 else { return nil }
            majors.append(next)
            current = next
        }
        return majors
    }

    /// The steps a version change takes in place, with the catalog's typical update minutes;
    /// empty when the action changes no version.
    public static func steps(_ action: PlannedAction, nodeGroups: Int, catalog: Catalog) -> [Step] {
        guard action.action == .update, let old = action.prior?.attributes, let desired = action.desired else { return [] }
        let minutes = { (type: String) in catalog.durations[type]?.updateTypical ?? 0 }
        switch action.type {
        case "aws_eks_cluster":
            guard let from = old["version"]?.string, let to = desired["version"]?.string, from != to,
                  let a = minor(from), let b = minor(to), a < b else { return [] }
            let versions = chain(from, to)
            return zip(versions, versions.dropFirst()).flatMap { step in
                [Step(from: step.0, to: step.1, what: "control plane", minutes: minutes("aws_eks_cluster"))]
                    + (nodeGroups == 0 ? [] : [Step(from: step.0, to: step.1,
                                                    what: nodeGroups == 1 ? "node group" : "\(nodeGroups) node groups",
                                                    minutes: minutes("aws_eks_node_group"))])
            }
        case "aws_db_instance", "aws_docdb_cluster":
            let engine = desired["engine"]?.string ?? (action.type == "aws_db_instance" ? "mysql" : "docdb")
            guard let from = old["engine_version"]?.string, let to = desired["engine_version"]?.string, from != to else { return [] }
            // One major at a time along AWS's path, each a major version upgrade; else one step.
            let (a, b) = (major(engine, from), major(engine, to))
            guard a != b, let majors = path(engine, from: a, to: b) else {
                return [Step(from: from, to: to, what: engine, minutes: minutes(action.type))]
            }
            let versions = [from] + majors.dropLast() + [to]
            return zip(versions, versions.dropFirst()).map {
                Step(from: $0.0, to: $0.1, what: "\(engine) major version, with allow_major_version_upgrade",
                     minutes: minutes(action.type))
            }
        default:
            return []
        }
    }

    /// `1.22` to `1.25`: ["1.22", "1.23", "1.24", "1.25"].
    static func chain(_ from: String, _ to: String) -> [String] {
        guard let a = minor(from), let b = minor(to), a <= b else { return [from, to] }
        let prefix = from.split(separator: ".").first.map(String.init) ?? "1"
        return (a...b).map { "\(prefix).\($0)" }
    }

    static func minor(_ version: String) -> Int? {
        let parts = version.split(separator: ".")
        return parts.count >= 2 ? Int(parts[1]) : nil
    }

    /// MySQL's major is two numbers (`5.7`, `8.0`), as is DocumentDB's (`3.6`, `5.0`).
    static func major(_ engine: String, _ version: String) -> String {
        version.split(separator: ".").prefix(2).joined(separator: ".")
    }

    static func numbers(_ version: String) -> [Int] {
        version.split(separator: ".").map { Int($0.prefix { $0.isNumber }) ?? 0 }
    }
}

/// A version change of the plan with the in-place steps AWS takes it in, for `edxplan plan`.
public struct PlannedUpgrade: Sendable, Equatable {
    public var module: String
    public var address: String
    public var steps: [UpgradeRules.Step]
    /// What AWS answers the change with when it is applied as planned (a skip, a missing flag).
    public var refusal: Refusal?

    public var minutes: Double { steps.reduce(0) { $0 + $1.minutes } }

    public init(module: String, address: String, steps: [UpgradeRules.Step], refusal: Refusal?) {
        self.module = module
        self.address = address
        self.steps = steps
        self.refusal = refusal
    }

    /// Every version change of `plan`, in plan order.
    public static func find(in plan: Plan, catalog: Catalog) -> [PlannedUpgrade] {
        plan.modules.flatMap { module in
            let groups = module.actions.filter { $0.type == "aws_eks_node_group" && $0.action != .delete }.count
            return module.actions.compactMap { action -> PlannedUpgrade? in
                let steps = UpgradeRules.steps(action, nodeGroups: groups, catalog: catalog)
                guard !steps.isEmpty else { return nil }
                return PlannedUpgrade(module: module.name, address: action.address, steps: steps,
                                      refusal: UpgradeRules.refusal(action))
            }
        }
    }
}
