import Scenario

/// Expands one environment's modules into resources. One extension per group of modules
/// (network, Kubernetes, data stores, edge) keeps each file about one part of the backend.
struct ModuleBuilder {
    let environment: Environment
    let platform: Platform
    let layout: Layout
    let namespace: String
    let domain: String
    /// True for the shared stack of the `shared-stack` layout.
    let isStack: Bool
    private(set) var resources: [Resource] = []

    init(environment: Environment, platform: Platform, layout: Layout, namespace: String, domain: String, isStack: Bool) {
        self.environment = environment
        self.platform = platform
        self.layout = layout
        self.namespace = namespace
        self.domain = domain
        self.isStack = isStack
    }

    /// In the shared-stack layout an environment's `vpc`, `kubernetes` and `mysql` modules hold
    /// only its zone, namespace and database secrets; the VPC, cluster and RDS are the stack's.
    var ownsInfrastructure: Bool { layout == .perEnvironment || isStack }

    mutating func buildAll() {
        for module in environment.modules {
            switch module {
            case .vpc: ownsInfrastructure ? addVPC() : addEnvironmentZone()
            case .acm: addRegionalCertificates(module: "acm")
            case .kubernetes: ownsInfrastructure ? addCluster() : addNamespace(module: "kubernetes")
            case .kubernetesIngressCLB: addIngress()
            case .kubernetesSecrets: addSecrets()
            case .mysql: ownsInfrastructure ? addMySQL() : addDatabaseSecrets()
            case .mongodb: addMongoDB()
            case .redis: addRedis()
            case .s3OpenedxStorage: addStorage()
            case .cloudfront: addCloudFront()
            case .ec2Bastion: addBastion()
            }
        }
        if !isStack { resources += Prerequisites.environment(self) }
    }

    mutating func add(_ module: ModuleName, _ address: String, _ type: String, _ managedBy: ManagedBy = .terraform,
                      _ attributes: [String: AttributeValue] = [:], dependsOn: [String] = []) {
        resources.append(Resource(address: address, type: type, module: module.rawValue, managedBy: managedBy,
                                  attributes: attributes, dependsOn: dependsOn))
    }

    mutating func add(module: String, _ address: String, _ type: String, _ managedBy: ManagedBy,
                      _ attributes: [String: AttributeValue] = [:]) {
        resources.append(Resource(address: address, type: type, module: module, managedBy: managedBy, attributes: attributes))
    }

    /// The availability zones the VPC spans: `us-east-1a`, `us-east-1b`, ...
    var zones: [String] {
        let letters = ["a", "b", "c", "d", "e", "f"]
        return letters.prefix(environment.vpc.azs).map { environment.region + $0 }
    }

    /// Public Route53 records go in the environment zone (`courses.<root>`).
    mutating func record(_ module: ModuleName, _ name: String, _ resourceName: String, type: String, alias: Bool) {
        add(module, "aws_route53_record.\(resourceName)", "aws_route53_record", .terraform,
            ["name": .string(name), "type": .string(type), "alias": .bool(alias), "zone": .string(domain)])
    }
}
