import Scenario

/// `vpc` (terraform-aws-modules/vpc v3.19.0 with the cookiecutter's inputs) and the regional
/// ACM certificates (v0.0.6 `vpc/certificate_manager.tf`, HEAD `acm`).
extension ModuleBuilder {
    mutating func addVPC() {
        let vpc = environment.vpc
        add(.vpc, "module.vpc.aws_vpc.this[0]", "aws_vpc", .terraform,
            ["cidr_block": .string(vpc.cidr), "enable_dns_hostnames": .bool(true), "name": .string(namespace)])
        add(.vpc, "module.vpc.aws_internet_gateway.this[0]", "aws_internet_gateway", dependsOn: ["module.vpc.aws_vpc.this[0]"])
        // Public and private subnets in every AZ; database and elasticache subnets in a and b only.
        for (tier, count) in [("public", zones.count), ("private", zones.count), ("database", 2), ("elasticache", 2)] {
            for index in 0..<count {
                add(.vpc, "module.vpc.aws_subnet.\(tier)[\(index)]", "aws_subnet", .terraform,
                    ["availability_zone": .string(zones[index]), "tier": .string(tier)],
                    dependsOn: ["module.vpc.aws_vpc.this[0]"])
            }
        }
        let nats: Int
        switch vpc.natGateways {
        case .single: nats = 1
        case .perAZ: nats = zones.count
        case .none: nats = 0
        }
        for index in 0..<nats {
            add(.vpc, "module.vpc.aws_eip.nat[\(index)]", "aws_eip", .terraform,
                ["domain": .string("vpc"), "attached_to": .string("nat_gateway")])
            add(.vpc, "module.vpc.aws_nat_gateway.this[\(index)]", "aws_nat_gateway", .terraform,
                ["availability_zone": .string(zones[index]), "connectivity_type": .string("public")],
                dependsOn: ["module.vpc.aws_eip.nat[\(index)]", "module.vpc.aws_subnet.public[\(index)]"])
        }
        add(.vpc, "module.vpc.aws_route_table.public[0]", "aws_route_table")
        for index in 0..<max(nats, 1) {
            add(.vpc, "module.vpc.aws_route_table.private[\(index)]", "aws_route_table")
        }
        add(.vpc, "module.vpc.aws_db_subnet_group.database[0]", "aws_db_subnet_group", .terraform,
            ["name": .string(namespace.lowercased()), "used": .bool(false)])
        add(.vpc, "module.vpc.aws_elasticache_subnet_group.elasticache[0]", "aws_elasticache_subnet_group", .terraform,
            ["name": .string(namespace), "used": .bool(false)])
        if layout == .perEnvironment { addRegionalCertificates(module: "vpc") }
    }

    /// Two certificates in the environment's region: root + `*.root`, and env + `*.env`,
    /// each DNS-validated. Nothing attaches them at v0.0.6 (TLS comes from cert-manager).
    mutating func addRegionalCertificates(module: String) {
        let owner = ModuleName(rawValue: module) ?? .vpc
        for (name, domainName) in [("acm_root_domain_environment_region", platform.rootDomain),
                                   ("acm_environment_environment_region", domain)] {
            add(owner, "module.\(name).aws_acm_certificate.this[0]", "aws_acm_certificate", .terraform,
                ["domain_name": .string(domainName), "subject_alternative_names": .strings(["*." + domainName]),
                 "validation_method": .string("DNS"), "region": .string(environment.region)])
            add(owner, "module.\(name).aws_route53_record.validation[0]", "aws_route53_record", .terraform,
                ["name": .string("_validation." + domainName), "type": .string("CNAME"), "alias": .bool(false),
                 "allow_overwrite": .bool(true)])
            add(owner, "module.\(name).aws_acm_certificate_validation.this[0]", "aws_acm_certificate_validation",
                dependsOn: ["module.\(name).aws_route53_record.validation[0]"])
        }
    }

    /// HEAD's per-environment `vpc` module: the environment's hosted zone and its delegation.
    mutating func addEnvironmentZone() {
        add(.vpc, "aws_route53_zone.environment_domain", "aws_route53_zone", .terraform,
            ["name": .string(domain), "force_destroy": .bool(false)])
        add(.vpc, "aws_route53_record.environment_domain-ns", "aws_route53_record", .terraform,
            ["name": .string(domain), "type": .string("NS"), "alias": .bool(false), "zone": .string(platform.rootDomain)])
    }
}
