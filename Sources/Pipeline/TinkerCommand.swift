import Account
import Blueprint
import Diagnostics
import Foundation
import Planner
import Scenario
import Simulator

/// `edxplan account tinker`: a manual change in the console that Terraform does not know
/// about (drift). The next plan says "Objects have changed outside of Terraform".
public enum TinkerCommand {
    public enum Change: Sendable {
        /// Delete the object at this address.
        case delete(address: String)
        /// Set an attribute of the object at this address.
        case set(address: String, attribute: String, value: String)
        /// Pick a change with the seed: a deletion, an instance class, or a ForceNew attribute.
        case seeded(UInt64)
    }

    public static func run(scenarioPath: String?, environment: String?, accountPath: String?, change: Change,
                           workspace: Workspace) throws -> String {
        let context = try InfrastructureContext.load(scenarioPath: scenarioPath, environment: environment,
                                                     accountPath: accountPath, workspace: workspace)
        let account = context.account
        let prior = try account.priorState(scope: context.scope, modules: ModuleName.allCases.map(\.rawValue))
        let entries = prior.modules.values.flatMap(\.values).filter { prior.live[$0.resourceID] != nil }
            .sorted { ($0.module, $0.address) < ($1.module, $1.address) }
        guard !entries.isEmpty else {
            throw OptionError("--env", "nothing of \(context.scope) is in the account yet", hint: "run `edxplan apply` first")
        }
        var resolved = change
        if case .seeded(let seed) = change { resolved = pick(entries, seed: seed) }
        let minute = try account.minute()
        switch resolved {
        case .delete(let address):
            let entry = try find(address, in: entries, option: "--delete")
            try account.delete(id: entry.resourceID)
            try account.log(.drift, scope: context.scope, module: entry.module, address: address, resourceID: entry.resourceID,
                            message: "deleted in the console", minute: minute)
            return "deleted \(address) (\(entry.resourceID)) outside Terraform\n"
        case .set(let address, let attribute, let value):
            let entry = try find(address, in: entries, option: "--set")
            var attributes = prior.live[entry.resourceID] ?? [:]
            attributes[attribute] = Int(value).map { .int($0) } ?? (value == "true" || value == "false" ? .bool(value == "true") : .string(value))
            try account.update(id: entry.resourceID, attributes: attributes)
            // A secret set by hand stays out of the event log and the terminal, as Terraform keeps it.
            let shown = Sensitive.attribute(type: entry.type, name: attribute) ? Sensitive.placeholder : value
            try account.log(.drift, scope: context.scope, module: entry.module, address: address, resourceID: entry.resourceID,
                            message: "\(attribute) set to \(shown) in the console", minute: minute)
            return "set \(attribute) = \(shown) on \(address) outside Terraform\n"
        case .seeded:
            return "nothing changed\n"
        }
    }

    static func find(_ address: String, in entries: [StateEntry], option: String) throws -> StateEntry {
        if let entry = entries.first(where: { $0.address == address || "\($0.module): \($0.address)" == address }) { return entry }
        throw OptionError(option, "no resource \(address) in the account's state",
                          hint: Suggestions.hint(for: address, in: entries.map(\.address)) ?? "`edxplan account show` lists what the state holds")
    }

    /// A deletion, an RDS instance class change (in place) or a node group instance type
    /// change (ForceNew), chosen by the seed.
    static func pick(_ entries: [StateEntry], seed: UInt64) -> Change {
        var random = SeededRandom(seed: seed)
        let roll = random.next()
        if roll % 3 == 1, let database = entries.first(where: { $0.type == "aws_db_instance" }) {
            return .set(address: database.address, attribute: "instance_class", value: "db.t3.medium")
        }
        if roll % 3 == 2, let group = entries.first(where: { $0.type == "aws_eks_node_group" }) {
            return .set(address: group.address, attribute: "capacity_type", value: "SPOT")
        }
        let candidates = entries.filter { $0.type.hasPrefix("aws_") }
        let victim = candidates[Int(random.next() % UInt64(max(1, candidates.count)))]
        return .delete(address: victim.address)
    }
}
