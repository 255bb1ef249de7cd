import Scenario

/// `vpc` (terraform-aws-modules/vpc v3.19.0 with the cookiecutter's inputs) and the regional
/// ACM certificates (v0.0.6 `vpc/certificate_manager.tf`, HEAD `acm`).
extension ModuleBuilder {
    /// Every `count` of terraform-aws-modules/vpc v3.19.0 `main.tf` with the cookiecutter's
    /// inputs: subnets per tier, `nat_gateway_count` (1 with `single_nat_gateway`, one per zone
    /// with `one_nat_gateway_per_az`) NAT gateways, EIPs, private route tables and their
    /// default routes; one route table association per subnet. The database and elasticache
    /// subnets use the private route tables (`create_*_subnet_route_table = false`).
    mutating func addVPC() {
        let vpc = environment.vpc
        let this = "module.vpc.aws_vpc.this[0]"
        add(.vpc, this, "aws_vpc", .terraform,
            ["cidr_block": .string(vpc.cidr), "enable_dns_hostnames": .bool(true), "name": .string(namespace)])
        add(.vpc, "module.vpc.aws_internet_gateway.this[0]", "aws_internet_gateway", dependsOn: [this])
        // Public and private subnets in every AZ; database and elasticache subnets in a and b only.
        let tiers = [("public", zones.count), ("private", zones.count), ("database", 2), ("elasticache", 2)]
        for (tier, count) in tiers {
            for index in 0..<count {
                add(.vpc, "module.vpc.aws_subnet.\(tier)[\(index)]", "aws_subnet", .terraform,
                    ["availability_zone": .string(zones[index]), "tier": .string(tier)], dependsOn: [this])
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
                dependsOn: ["module.vpc.aws_eip.nat[\(index)]", "module.vpc.aws_subnet.public[\(index)]",
                            "module.vpc.aws_internet_gateway.this[0]"])
        }
        add(.vpc, "module.vpc.aws_route_table.public[0]", "aws_route_table", dependsOn: [this])
        add(.vpc, "module.vpc.aws_route.public_internet_gateway[0]", "aws_route", .terraform,
            ["destination_cidr_block": .string("0.0.0.0/0")],
            dependsOn: ["module.vpc.aws_route_table.public[0]", "module.vpc.aws_internet_gateway.this[0]"])
        // nat_gateway_count does not look at enable_nat_gateway: one private table without NAT too.
        let privateTables = vpc.natGateways == .perAZ ? zones.count : 1
        for index in 0..<privateTables {
            add(.vpc, "module.vpc.aws_route_table.private[\(index)]", "aws_route_table", dependsOn: [this])
        }
        for index in 0..<nats {
            add(.vpc, "module.vpc.aws_route.private_nat_gateway[\(index)]", "aws_route", .terraform,
                ["destination_cidr_block": .string("0.0.0.0/0")],
                dependsOn: ["module.vpc.aws_route_table.private[\(index)]", "module.vpc.aws_nat_gateway.this[\(index)]"])
        }
        for (tier, count) in tiers {
            for index in 0..<count {
                // `element(aws_route_table.private[*].id, single_nat_gateway ? 0 : count.index)`
                let table = tier == "public" ? "module.vpc.aws_route_table.public[0]"
                    : "module.vpc.aws_route_table.private[\(index % privateTables)]"
                add(.vpc, "module.vpc.aws_route_table_association.\(tier)[\(index)]", "aws_route_table_association",
                    dependsOn: ["module.vpc.aws_subnet.\(tier)[\(index)]", table])
            }
        }
        add(.vpc, "module.vpc.aws_db_subnet_group.database[0]", "aws_db_subnet_group", .terraform,
            ["name": .string(namespace.lowercased()), "used": .bool(false)], dependsOn: ["module.vpc.aws_subnet.database[0]"])
        add(.vpc, "module.vpc.aws_elasticache_subnet_group.elasticache[0]", "aws_elasticache_subnet_group", .terraform,
            ["name": .string(namespace), "used": .bool(false)], dependsOn: ["module.vpc.aws_subnet.elasticache[0]"])
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
