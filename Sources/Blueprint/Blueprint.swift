import Scenario

/// The resources of one environment (or of the shared stack), module by module.
public struct EnvironmentBlueprint: Sendable {
    public var name: String
    public var region: String
    /// The cookiecutter's `environment_namespace`, e.g. `prod-yourschool-usa_east`.
    public var namespace: String
    /// e.g. `courses.yourschool.edu`.
    public var domain: String
    public var resources: [Resource]

    public func resources(in module: String) -> [Resource] { resources.filter { $0.module == module } }
}

/// Every environment of a scenario expanded into the resources the cookiecutter creates
/// (cookiecutter-backend.md section 2), plus what lives outside Terraform state. The planner,
/// the simulator and the cost engine all read this one model.
public struct Blueprint: Sendable {
    public var environments: [EnvironmentBlueprint]
    /// Resources shared by all environments: the shared stack and platform-wide prerequisites.
    public var shared: EnvironmentBlueprint

    public static func expand(_ scenario: Scenario) -> Blueprint {
        let platform = scenario.platform
        let sharedNamespace = scenario.layout == .sharedStack
            ? "\(platform.name)-\(platform.platformRegion)-live" : "\(platform.name)-\(platform.platformRegion)"
        var sharedResources = Prerequisites.platform(platform, layout: scenario.layout, stackNamespace: sharedNamespace)
        if scenario.layout == .sharedStack, let stack = scenario.shared {
            var builder = ModuleBuilder(environment: stack, platform: platform, layout: .sharedStack,
                                        namespace: sharedNamespace, domain: platform.rootDomain, isStack: true)
            builder.buildAll()
            sharedResources += builder.resources
        }
        let shared = EnvironmentBlueprint(name: "shared", region: platform.awsRegion, namespace: sharedNamespace,
                                          domain: platform.rootDomain, resources: sharedResources)
        let environments = scenario.environments.map { declared in
            var environment = declared
            // At HEAD an environment lives in the shared VPC (its CIDR, its zones) and is
            // named `<platform>-<region>-<env>` (E/env.hcl); at v0.0.6 `<env>-<platform>-<region>`.
            if scenario.layout == .sharedStack, let stack = scenario.shared { environment.vpc = stack.vpc }
            let namespace = scenario.layout == .sharedStack
                ? "\(platform.name)-\(platform.platformRegion)-\(environment.name)"
                : "\(environment.name)-\(platform.name)-\(platform.platformRegion)"
            let domain = "\(environment.subdomain).\(platform.rootDomain)"
            var builder = ModuleBuilder(environment: environment, platform: platform, layout: scenario.layout,
                                        namespace: namespace, domain: domain, isStack: false)
            builder.buildAll()
            return EnvironmentBlueprint(name: environment.name, region: environment.region, namespace: namespace,
                                        domain: domain, resources: builder.resources)
        }
        return Blueprint(environments: environments, shared: shared)
    }
}
