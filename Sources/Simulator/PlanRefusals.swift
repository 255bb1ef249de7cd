import Account
import Catalog
import Planner

/// Where a real `terraform plan` of these units stops before anything runs: the provider's
/// validation of names (every resource of the configuration, changed or not: validation reads
/// the configuration, not the diff) and the CloudFront certificate lookup once two issued
/// certificates already match it. `edxplan plan` prints them under the plan it still shows.
public struct PlanRefusal: Sendable, Equatable {
    public var module: String
    public var address: String
    public var refusal: Refusal

    public init(module: String, address: String, refusal: Refusal) {
        self.module = module
        self.address = address
        self.refusal = refusal
    }

    /// What real Terraform would refuse in `plan`, against what `account` holds now.
    public static func find(in plan: Plan, account: FakeAccount) throws -> [PlanRefusal] {
        guard plan.mode == .apply else { return [] }
        return try plan.modules.flatMap { try find(in: $0, scope: plan.scope, account: account) }
    }

    /// What the real run of `plan` is refused, foreseen from the plan alone: what `terraform
    /// plan` stops on, then what AWS answers the apply's calls with (a name or version it no
    /// longer takes, a policy Block Public Access refuses, a version change it does not make in
    /// place, a service it does not offer in the region). `edxplan plan` lists them and exits 1,
    /// as the real run fails.
    public static func find(in plan: Plan, account: FakeAccount, catalog: Catalog, region: String) throws -> [PlanRefusal] {
        var found = try find(in: plan, account: account)
        guard plan.mode == .apply else { return found }
        let versions = VersionRules(catalog: catalog)
        for module in plan.modules {
            for action in module.actions {
                let refused: Refusal?
                switch action.action {
                case .create, .replace:
                    guard let desired = action.desired else { continue }
                    refused = (desired.type == "aws_s3_bucket" ? NameRules.refusal(desired, region: region) : nil)
                        ?? RegionAvailabilityRule.refusal(desired, catalog: catalog, region: region)
                        ?? versions.refusal(desired) ?? PublicPolicyRule.refusal(desired, asOf: versions.asOf)
                case .update:
                    refused = UpgradeRules.refusal(action)
                case .delete, .noop:
                    refused = nil
                }
                if let refused { found.append(PlanRefusal(module: module.name, address: action.address, refusal: refused)) }
            }
            found += NodeGroupVersionRule.refusals(in: module)
        }
        return found
    }

    /// Those of one unit's plan.
    static func find(in module: ModulePlan, scope: String, account: FakeAccount) throws -> [PlanRefusal] {
        var found: [PlanRefusal] = []
        for action in module.actions {
            guard let desired = action.desired, let refused = NameRules.validation(desired) else { continue }
            found.append(PlanRefusal(module: module.name, address: action.address, refusal: refused))
        }
        // Read while planning once nothing in the module is pending; otherwise at apply,
        // where the distribution's create reports it.
        if !module.hasChanges,
           let distribution = module.actions.lazy.compactMap(\.desired).first(where: { $0.type == "aws_cloudfront_distribution" }),
           !CertificateLookup.settles(distribution),
           let failure = try CertificateLookup.refusal(module: module.name, scope: scope, account: account) {
            found.append(PlanRefusal(module: module.name, address: CertificateLookup.dataSource,
                                     refusal: Refusal(stage: .plan, hazard: "H13", failure: failure)))
        }
        return found
    }
}
