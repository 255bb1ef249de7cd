import Diagnostics
import Foundation
import HCL

/// vpc, kubernetes (EKS) and ec2_bastion settings (cookiecutter-backend.md §2.1, §2.2, §2.10).
enum NetworkSettings {
    static func vpc(_ content: ModuleContent) -> SettingsBlock {
        var block = SettingsBlock(key: "vpc")
        if let (module, scope) = content.modules("terraform-aws-modules/vpc/").first {
            let body = module.body
            block.add("cidr", scope.argument(body, "cidr"), .string)
            if let azs = scope.argument(body, "azs") {
                let count = azs.value.tupleValue.map { Value.number(Decimal($0.count)) } ?? azs.value
                block.add("azs", Sourced(value: count, location: azs.location), .int, range: 2...6)
            }
            // vpc v3: enable_nat_gateway defaults to false; single wins over one-per-AZ; with
            // neither, one NAT per private subnet, which for the cookiecutter is one per AZ.
            let enable = scope.argument(body, "enable_nat_gateway")
            let single = scope.argument(body, "single_nat_gateway")
            let perAZ = scope.argument(body, "one_nat_gateway_per_az")
            let decided: (String, Sourced<Value>?)
            if enable?.value == .bool(false) || enable == nil {
                decided = ("none", enable)
            } else if let single, single.value == .bool(true) {
                decided = ("single", single)
            } else if single?.value.isUnknown == true || enable?.value.isUnknown == true {
                decided = ("unknown", single ?? enable)
            } else {
                decided = ("one-per-az", perAZ ?? enable)
            }
            if decided.0 == "unknown", let source = decided.1 {
                block.add("nat_gateways", Sourced(value: .unknown, location: source.location), .string)
            } else if let source = decided.1 {
                block.add("nat_gateways", Sourced(value: .string(decided.0), location: source.location), .string)
            } else {
                block.addDefault("nat_gateways", .string("none"), at: module.location, because: "enable_nat_gateway not set: vpc module default false")
            }
        } else if let (vpc, scope) = content.resources("aws_vpc").first {
            block.add("cidr", scope.argument(vpc.body, "cidr_block"), .string)
            let nat = content.resources("aws_nat_gateway")
            block.addDefault("nat_gateways", .string(nat.isEmpty ? "none" : nat.count == 1 ? "single" : "one-per-az"),
                             at: nat.first?.block.location ?? vpc.location, because: "\(nat.count) aws_nat_gateway resources")
        }
        return block
    }

    static func bastion(_ content: ModuleContent) -> SettingsBlock {
        var block = SettingsBlock(key: "ec2_bastion")
        if let (instance, scope) = content.resources("aws_instance").first {
            block.add("instance_type", scope.argument(instance.body, "instance_type"), .string)
            if let root = instance.body.blocks("root_block_device").first {
                block.add("root_volume_gb", scope.argument(root.body, "volume_size"), .int, range: 1...16384)
            }
        } else if let (module, scope) = content.modules("terraform-aws-modules/ec2-instance/").first {
            block.add("instance_type", scope.argument(module.body, "instance_type"), .string)
            if let root = module.body.attribute("root_block_device") {
                let first = scope.resolveLocal(root.value)
                if case .tuple(let items) = first.kind, let device = items.first,
                   let size = ObjectLiteral.field(scope.resolveLocal(device), "volume_size") {
                    block.add("root_volume_gb", scope.sourced(size), .int, range: 1...16384)
                }
            }
        }
        if let ssh = sshRule(content) { block.add("ssh_cidr", ssh, .string) }
        return block
    }

    /// The CIDR allowed to port 22: an `ingress` block of an `aws_security_group`, or an
    /// `aws_security_group_rule` of type ingress, covering 22 (§2.10: tcp 22 from 0.0.0.0/0).
    static func sshRule(_ content: ModuleContent) -> Sourced<Value>? {
        var candidates: [(Body, ModuleScope)] = content.resources("aws_security_group").flatMap { group in
            group.block.body.blocks("ingress").map { ($0.body, group.scope) }
        }
        candidates += content.resources("aws_security_group_rule").compactMap { rule in
            rule.scope.argument(rule.block.body, "type")?.value == .string("ingress") ? (rule.block.body, rule.scope) : nil
        }
        for (body, scope) in candidates {
            guard let from = scope.argument(body, "from_port")?.value.numberValue,
                  let to = scope.argument(body, "to_port")?.value.numberValue, from <= 22, to >= 22,
                  let cidrs = body.attribute("cidr_blocks") else { continue }
            let written = scope.resolveLocal(cidrs.value)
            if case .tuple(let items) = written.kind, let first = items.first { return scope.sourced(first) }
            let value = scope.evaluate(cidrs.value)
            return Sourced(value: value.tupleValue?.first ?? value, location: scope.trace(cidrs.value))
        }
        return nil
    }
}

/// Reading into object literals as written (`{ default = { min_size = var.x } }`), so a value
/// nested in an object is credited to its own line.
enum ObjectLiteral {
    static func field(_ expression: Expr, _ key: String) -> Expr? {
        guard case .object(let items) = expression.kind else { return nil }
        return items.last { TerraformModule.literal($0.key) == key }?.value
    }

    static func keys(_ expression: Expr) -> [(String, Expr, SourceLocation)] {
        guard case .object(let items) = expression.kind else { return [] }
        return items.compactMap { item in TerraformModule.literal(item.key).map { ($0, item.value, item.key.location) } }
    }
}
