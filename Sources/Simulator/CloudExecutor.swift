import Account
import Blueprint
import Catalog
import Planner
import Scenario

/// Carries out one planned action against the fake account as the AWS provider would:
/// the API calls, the waits, the errors AWS returns, and the state Terraform writes.
/// Every account call is its own transaction, so a killed run leaves a consistent account.
struct CloudExecutor {
    let account: FakeAccount
    let scope: String
    let region: String
    /// The scope whose VPC and cluster this scope's resources live in (itself, or the shared stack).
    let infrastructureScope: String
    var durations: Durations
    var faults: Faults?
    /// What AWS no longer creates on the catalog's date.
    var versions: VersionRules?
    /// Refusals are reported and the call goes through (`--continue-past-refusals`), instead of
    /// failing it as real AWS does.
    var continuePastRefusals = false
    /// Services AWS does not offer in this region (the catalog's `service_unavailable`), by service.
    var unavailable: [String: ServiceUnavailable] = [:]
    /// Terragrunt's auto-retry, when this run retries failed units (nil when it does not).
    var retry: AutoRetry?
    /// True in a destroy, where what refuses a first run's delete is itself being deleted.
    var destroying = false
    /// What does not change during a run (quotas) or changes rarely (the VPC's ID): read once.
    let cache = Cache()

    final class Cache {
        var vpc: [String: String] = [:]
        var quotas: [String: Int?] = [:]
        /// The last unit's state key: a unit's actions run one after another, so this saves
        /// building `<scope>/<module>` for every call.
        var stateKey: (module: String, key: String)?
    }

    func quota(_ code: String) throws -> Int? {
        if let known = cache.quotas[code] { return known }
        let value = try account.quota(code: code)?.value
        cache.quotas[code] = value
        return value
    }

    /// The ID of the VPC `scope` runs in (nil until it exists).
    func vpcID() throws -> String? {
        if let known = cache.vpc[infrastructureScope] { return known }
        let found = try account.resources(type: "aws_vpc", scope: infrastructureScope).first?.id
        cache.vpc[infrastructureScope] = found
        return found
    }

    mutating func execute(_ action: PlannedAction, at minute: Double) -> ModuleScheduler.Execution {
        var backoff = 0.0
        if let fault = faults?.draw(type: action.type, action: action.action) {
            switch fault {
            case .throttled(let retries):
                backoff = Faults.backoffMinutes(retries: retries)
                log(.note, action, resourceID: nil, minute: minute, message: "Throttling: Rate exceeded (retried \(retries) times)",
                    code: "Throttling")
            case .insufficientCapacity, .timeout:
                return failCreate(action, at: minute, fault: fault)
            case .certificateInUse:
                let failure = AWSFailure(code: "ResourceInUseException",
                                         message: "Certificate \(action.prior?.resourceID ?? action.address) is in use.",
                                         fix: "CloudFront has only just let go of it (eventual consistency): run destroy again in a few minutes")
                log(.fail, action, resourceID: action.prior?.resourceID, minute: minute, message: failure.message, code: failure.code)
                return ModuleScheduler.Execution(minutes: 0.2, failure: failure)
            }
        }
        var result = perform(action, at: minute + backoff)
        result.minutes += backoff
        return result
    }

    /// A create that AWS started but did not finish: the object exists, Terraform records it
    /// tainted, and the next plan replaces it (terraform-semantics.md 1.4).
    private mutating func failCreate(_ action: PlannedAction, at minute: Double, fault: Faults.Kind) -> ModuleScheduler.Execution {
        guard let desired = action.desired else { return ModuleScheduler.Execution(minutes: 0) }
        let timeout = durations.timeout(for: action.type, action: .create)
        let failure: AWSFailure
        let minutes: Double
        if fault == .insufficientCapacity {
            let type = (desired["instance_types"]).flatMap { if case .strings(let list) = $0 { return list.first }; return nil } ?? "the instance type"
            failure = AWSFailure(code: "InsufficientInstanceCapacity",
                                 message: "We currently do not have sufficient \(type) capacity in the Availability Zone you requested (\(region)a). Our system will be working on provisioning additional capacity.",
                                 fix: "apply again (the node group is tainted and will be replaced), or allow more instance types or subnets in more zones")
            minutes = min(timeout, durations.minutes(for: action.type, action: .create))
        } else {
            failure = AWSFailure(code: "TimeoutError",
                                 message: "timeout while waiting for state to become 'available' (timeout: \(Int(timeout))m0s)",
                                 fix: "apply again: the object exists and is tainted, so Terraform replaces it")
            minutes = timeout
        }
        do {
            if action.prior != nil { _ = try account.removeState(stateKey: stateKey(action), address: action.address) }
            var new = NewResource(desired, region: region, scope: scope, parentID: try CreateRules.parent(of: desired, executor: self))
            new.name = CreateRules.accountName(of: desired, scope: scope)
            new.status = "failed"
            let entry = StateEntry(address: desired.address, type: desired.type, module: desired.module, resourceID: "",
                                   attributes: desired.attributes, tainted: true, dependencies: desired.dependsOn)
            _ = try account.createAndRecord(resource: new, stateKey: stateKey(action), entry: entry,
                                            event: EventDraft(.fail, scope: scope, module: action.module, address: action.address,
                                                              message: failure.message, errorCode: failure.code, minute: minute + minutes))
        } catch {
            log(.fail, action, resourceID: nil, minute: minute + minutes, message: failure.message, code: failure.code)
        }
        return ModuleScheduler.Execution(minutes: minutes, failure: failure)
    }

    private mutating func perform(_ action: PlannedAction, at minute: Double) -> ModuleScheduler.Execution {
        do {
            switch action.action {
            case .create: return try create(action, at: minute)
            case .update: return try update(action, at: minute)
            case .delete: return try delete(action, at: minute)
            case .replace: return try replace(action, at: minute)
            case .noop: return ModuleScheduler.Execution(minutes: 0)
            }
        } catch let failure as AWSFailure {
            log(.fail, action, resourceID: action.prior?.resourceID, minute: minute, message: failure.message, code: failure.code)
            return ModuleScheduler.Execution(minutes: 0.1, failure: failure)
        } catch {
            let failure = AWSFailure(code: "AccountError", message: "\(error)")
            return ModuleScheduler.Execution(minutes: 0, failure: failure)
        }
    }

    func stateKey(_ action: PlannedAction) -> String {
        let module = action.module
        if let known = cache.stateKey, known.module == module { return known.key }
        let key = FakeAccount.stateKey(scope: scope, module: module)
        cache.stateKey = (module, key)
        return key
    }

    mutating func create(_ action: PlannedAction, at minute: Double) throws -> ModuleScheduler.Execution {
        guard let desired = action.desired else { return ModuleScheduler.Execution(minutes: 0) }
        let minutes = durations.minutes(for: action.type, action: .create)
        // The type's entries in the rules' tables, looked up once for the rules below.
        let facts = TypeFacts.of(desired.type)
        if let failure = try CreateRules.check(desired, executor: self, facts: facts)
            ?? (continuePastRefusals ? nil : try refusal(of: desired, facts: facts)?.failure) {
            log(.fail, action, resourceID: nil, minute: minute, message: failure.message, code: failure.code)
            return ModuleScheduler.Execution(minutes: min(minutes, 0.2), failure: failure)
        }
        var new = NewResource(desired, region: region, scope: scope,
                              parentID: try CreateRules.parent(of: desired, executor: self, facts: facts))
        new.name = CreateRules.accountName(of: desired, scope: scope, facts: facts)
        let entry = StateEntry(address: desired.address, type: desired.type, module: desired.module, resourceID: "",
                               attributes: desired.attributes, dependencies: desired.dependsOn)
        // Not even built for an account that keeps no log (a rehearsal's rolled-back copy).
        let event = !account.keepsEvents ? nil
            : EventDraft(.create, scope: scope, module: action.module, address: action.address,
                         message: ElapsedText.line(.creation, minutes), minute: minute + minutes)
        var note: String?
        do {
            if let consequences = try CreateRules.consequences(of: desired, executor: self, minute: minute + minutes) {
                let made = try account.createAndRecord(resource: new, stateKey: stateKey(action), entry: entry, event: event,
                                                       alongside: consequences.alongside, note: consequences.note)
                note = "Kubernetes created Classic load balancer \(made[1].id) outside state"
            } else {
                _ = try CreateRules.createOrOverwrite(new, stateKey: stateKey(action), entry: entry, event: event, executor: self)
            }
        } catch AccountError.alreadyExists(let id) {
            throw CreateRules.alreadyExists(desired, id: id)
        }
        return ModuleScheduler.Execution(minutes: minutes, note: note,
                                         refusal: continuePastRefusals ? try refusal(of: desired, facts: facts) : nil)
    }

    static let refusable: Set<String> = ["aws_s3_bucket", "aws_s3_bucket_policy", "aws_docdb_cluster", "aws_db_instance",
                                         "aws_docdb_cluster_instance", "aws_eks_cluster", "aws_cloudfront_distribution",
                                         "aws_eks_node_group", "helm_release"]

    /// Where real Terraform or AWS would have refused this create (`NameRules`, `VersionRules`,
    /// `PublicPolicyRule`, `PodSecurityPolicyRule`, `CertificateLookup`, `NodeGroupVersionRule`).
    func refusal(of desired: Resource, facts: TypeFacts? = nil) throws -> Refusal? {
        // One look-up for the many creates no rule is about.
        guard (facts ?? TypeFacts.of(desired.type)).refusable else { return nil }
        if desired.type == NodeGroupVersionRule.group {
            return try NodeGroupVersionRule.refusal(desired, old: nil, executor: self)
        }
        if let refused = NameRules.refusal(desired, region: region) ?? versions?.refusal(desired)
            ?? versions.flatMap({ PublicPolicyRule.refusal(desired, asOf: $0.asOf) }) { return refused }
        if let refused = try PodSecurityPolicyRule.refusal(desired, executor: self) { return refused }
        return try CertificateLookup.refusal(for: desired, scope: scope, account: account).map { Refusal(stage: .apply, hazard: "H13", failure: $0) }
    }

    mutating func update(_ action: PlannedAction, at minute: Double) throws -> ModuleScheduler.Execution {
        guard let desired = action.desired, var entry = action.prior else { return ModuleScheduler.Execution(minutes: 0) }
        var minutes = durations.minutes(for: action.type, action: .update)
        // A version change AWS refuses in place (a skipped minor, a major without the flag).
        let refused = try UpgradeRules.refusal(action) ?? NodeGroupVersionRule.refusal(action, executor: self)
        if let refused, !continuePastRefusals { throw refused.failure }
        // Gone past, an EKS skip takes the time of the one-minor steps it stands for.
        let steps = UpgradeRules.steps(action, nodeGroups: 0, catalog: durations.catalog).count
        if steps > 1 { minutes *= Double(steps) }
        guard try account.resource(id: entry.resourceID) != nil else {
            throw AWSFailure(code: "NotFound", message: "\(action.address) (\(entry.resourceID)) no longer exists",
                             fix: "run plan again: refresh removes it from state and it is created anew")
        }
        entry.attributes = desired.attributes
        entry.dependencies = desired.dependsOn
        // The modify, the state write and the log line in one transaction, as a create is.
        try account.updateAndRecord(id: entry.resourceID, attributes: desired.attributes, stateKey: stateKey(action), entry: entry,
                                    event: EventDraft(.update, scope: scope, module: action.module, address: action.address,
                                                      resourceID: entry.resourceID,
                                                      message: "Modifications complete after \(Self.elapsed(minutes)) [id=\(entry.resourceID)]",
                                                      minute: minute + minutes))
        return ModuleScheduler.Execution(minutes: minutes, refusal: refused)
    }

    mutating func delete(_ action: PlannedAction, at minute: Double) throws -> ModuleScheduler.Execution {
        guard let entry = action.prior else { return ModuleScheduler.Execution(minutes: 0) }
        guard let resource = try account.resource(id: entry.resourceID) else {
            _ = try account.removeState(stateKey: stateKey(action), address: action.address)
            return ModuleScheduler.Execution(minutes: 0, note: "already gone; removed from state")
        }
        var refusal: Refusal?
        let ruled = DeleteRules.ruled.contains(resource.type)
        if ruled, let blocked = try DeleteRules.check(resource, executor: self) {
            refusal = passing(blocked, action)
            if refusal == nil {
                let waited = blocked.retried ? durations.timeout(for: action.type, action: .delete) : 0.1
                log(.fail, action, resourceID: resource.id, minute: minute + waited, message: blocked.failure.message,
                    code: blocked.failure.code)
                return ModuleScheduler.Execution(minutes: waited, failure: blocked.failure)
            }
        }
        let minutes = durations.minutes(for: action.type, action: .delete)
        let note = ruled ? try DeleteRules.beforeDelete(resource, executor: self, minute: minute + minutes) : nil
        if resource.type == "aws_vpc" { cache.vpc[infrastructureScope] = nil }
        let event = !account.keepsEvents ? nil
            : EventDraft(.delete, scope: scope, module: action.module, address: action.address, resourceID: resource.id,
                         message: ElapsedText.line(.destruction, minutes), minute: minute + minutes)
        try account.deleteAndForget(id: resource.id, stateKey: stateKey(action), address: action.address, event: event)
        return ModuleScheduler.Execution(minutes: minutes, note: note, refusal: refusal)
    }

    /// A delete AWS refuses only in this first run of a destroy (`DeleteRules.Blocked.hazard`),
    /// reported while the run goes on. Only in a destroy: when an apply replaces or removes
    /// the group, the cluster stays and keeps naming it, so no later run gets past it either.
    /// Only with `--continue-past-refusals`; and not when Terragrunt's retry matches the error: then a real run
    /// does not stop there either, and the simulation shows the retry.
    private func passing(_ blocked: DeleteRules.Blocked, _ action: PlannedAction) -> Refusal? {
        guard destroying, continuePastRefusals, let hazard = blocked.hazard,
              !(retry?.isRetryable(blocked.failure.output(address: action.address)) ?? false) else { return nil }
        return Refusal(stage: .destroy, hazard: hazard, failure: blocked.failure)
    }

    /// Destroy-then-create by default; create-before-destroy where the resource has it.
    mutating func replace(_ action: PlannedAction, at minute: Double) throws -> ModuleScheduler.Execution {
        var first: ModuleScheduler.Execution
        var second: ModuleScheduler.Execution
        if action.replaceOrder == .createBeforeDestroy, let prior = action.prior {
            // The old object becomes "deposed": out of state, still in AWS until its delete.
            _ = try account.removeState(stateKey: stateKey(action), address: action.address)
            first = try create(action, at: minute)
            guard first.failure == nil else { return first }
            var deposed = action
            deposed.prior = prior
            second = try deleteDeposed(deposed, at: minute + first.minutes)
        } else {
            first = try delete(action, at: minute)
            guard first.failure == nil else { return first }
            second = try create(action, at: minute + first.minutes)
        }
        return ModuleScheduler.Execution(minutes: first.minutes + second.minutes, failure: second.failure,
                                         note: [first.note, second.note].compactMap { $0 }.joined(separator: "; ").nilIfEmpty,
                                         refusal: first.refusal ?? second.refusal)
    }

    private mutating func deleteDeposed(_ action: PlannedAction, at minute: Double) throws -> ModuleScheduler.Execution {
        guard let id = action.prior?.resourceID, let resource = try account.resource(id: id) else {
            return ModuleScheduler.Execution(minutes: 0)
        }
        if let blocked = try DeleteRules.check(resource, executor: self) {
            return ModuleScheduler.Execution(minutes: 0.1, failure: blocked.failure)
        }
        let minutes = durations.minutes(for: action.type, action: .delete)
        try account.delete(id: id)
        log(.delete, action, resourceID: id, minute: minute + minutes, message: "Destruction of the deposed object complete")
        return ModuleScheduler.Execution(minutes: minutes)
    }

    func log(_ kind: EventKind, _ action: PlannedAction, resourceID: String?, minute: Double, message: String, code: String? = nil) {
        _ = try? account.log(kind, scope: scope, module: action.module, address: action.address, resourceID: resourceID,
                             message: message, errorCode: code, minute: minute)
    }

    static func elapsed(_ minutes: Double) -> String {
        // Small strings appended, not interpolated: interpolation's buffer cost more than the
        // digits.
        let seconds = Int((minutes * 60).rounded())
        guard seconds >= 60 else { return String(seconds) + "s" }
        return String(seconds / 60) + "m" + String(seconds % 60) + "s"
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
