import Diagnostics

/// A whole installation: its platform, its layout, and its environments. What a scenario
/// YAML file holds once `extends` is resolved and the cookiecutter defaults are filled in.
public struct Scenario: Sendable {
    public var name: String
    public var description: String
    /// The file it was read from (the last one of an `extends` chain).
    public var file: String
    public var platform: Platform
    public var layout: Layout
    /// The shared stack of the `shared-stack` layout (VPC, EKS, RDS, bastion); nil otherwise.
    public var shared: Environment?
    /// How the shared stack's cost is split between environments.
    public var allocation: AllocationRule
    public var environments: [Environment]
    /// The root `terragrunt.hcl`'s auto-retry settings (the scenario's `terragrunt:` block).
    public var autoRetry: AutoRetry = .terragruntDefault

    public func environment(named name: String) throws -> Environment {
        guard let found = environments.first(where: { $0.name == name }) else {
            throw ScenarioError.unknownEnvironment(name: name, known: environments.map(\.name))
        }
        return found
    }
}

public struct Platform: Sendable, Equatable {
    public var name: String
    /// The cookiecutter's `global_platform_region` (`usa_east` at v0.0.6), part of every namespace.
    public var platformRegion: String
    public var rootDomain: String
    public var awsRegion: String
    public var accountID: String

    public init(name: String, platformRegion: String, rootDomain: String, awsRegion: String, accountID: String) {
        self.name = name
        self.platformRegion = platformRegion
        self.rootDomain = rootDomain
        self.awsRegion = awsRegion
        self.accountID = accountID
    }
}

/// The two ways the cookiecutter lays out Terragrunt (cookiecutter-backend.md sections 1-5).
public enum Layout: String, Sendable, CaseIterable {
    /// v0.0.6: every environment has its own VPC, EKS, RDS ... (`terraform/environments/<env>/<module>`).
    case perEnvironment = "per-environment"
    /// HEAD: VPC, EKS, RDS and bastion shared (`terraform/stacks/<id>`), the rest per environment.
    case sharedStack = "shared-stack"
}

/// How shared-stack costs are allocated to environments; the rule is printed with the numbers.
public enum AllocationRule: String, Sendable, CaseIterable {
    /// Equal shares.
    case even
    /// In proportion to each environment's peak concurrent users.
    case peakUsers = "peak-users"

    public var statement: String {
        switch self {
        case .even: return "shared costs (the shared stack and platform-wide prerequisites) are split evenly between environments"
        case .peakUsers: return "shared costs (the shared stack and platform-wide prerequisites) are split in proportion to each environment's peak concurrent users"
        }
    }
}

/// The Terragrunt modules of the backend, named as the cookiecutter names their folders.
public enum ModuleName: String, Sendable, CaseIterable, Comparable {
    case vpc, acm, kubernetes
    case kubernetesIngressCLB = "kubernetes_ingress_clb"
    case kubernetesSecrets = "kubernetes_secrets"
    case mysql, mongodb, redis
    case s3OpenedxStorage = "s3_openedx_storage"
    case cloudfront
    case ec2Bastion = "ec2_bastion"

    /// The order of `allCases`, which is the order modules are listed in.
    public static func < (lhs: ModuleName, rhs: ModuleName) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

extension Scenario {
    /// Every AWS region the scenario deploys to: its environments', the shared stack's and the platform's.
    public var regions: Set<String> {
        Set(environments.map(\.region) + [shared?.region, platform.awsRegion].compactMap { $0 })
    }
}
