import Diagnostics
import HCL

/// EKS settings (cookiecutter-backend.md §2.2): the eks registry module's cluster version,
/// endpoint, log retention and `eks_managed_node_groups`, or the raw `aws_eks_cluster` and
/// `aws_eks_node_group` resources.
enum KubernetesSettings {
    static func read(_ content: ModuleContent) -> SettingsBlock {
        var block = SettingsBlock(key: "kubernetes")
        if let (module, scope) = content.modules("terraform-aws-modules/eks/").first {
            let body = module.body
            block.add("version", scope.argument(body, "cluster_version"), .string)
            block.add("log_retention_days", scope.argument(body, "cloudwatch_log_group_retention_in_days"), .int, range: 0...3653)
            block.add("public_endpoint", scope.argument(body, "cluster_endpoint_public_access"), .bool)
            if let groups = body.attribute("eks_managed_node_groups") {
                let defaults = body.attribute("eks_managed_node_group_defaults").map { scope.resolveLocal($0.value) }
                let written = scope.resolveLocal(groups.value)
                let entries = ObjectLiteral.keys(written)
                if entries.isEmpty {
                    block.add("node_groups", Sourced(value: .unknown, location: scope.trace(groups.value)), .string)
                }
                for (name, expression, keyLocation) in entries.sorted(by: { $0.0 < $1.0 }) {
                    block.nodeGroups.append(group(name, scope.resolveLocal(expression), defaults: defaults, keyLocation: keyLocation,
                                                  scope: scope, warnings: &block.warnings))
                }
            }
        } else if let (cluster, scope) = content.resources("aws_eks_cluster").first {
            block.add("version", scope.argument(cluster.body, "version"), .string)
            for (group, groupScope) in content.resources("aws_eks_node_group") {
                var settings = SettingsBlock(key: "kubernetes.node_groups")
                settings.add("name", groupScope.argument(group.body, "node_group_name")
                             ?? Sourced(value: .string(group.labels[1]), location: group.location), .string)
                settings.add("instance_type", groupScope.argument(group.body, "instance_types").map(first), .string)
                if let scaling = group.body.blocks("scaling_config").first {
                    settings.add("min", groupScope.argument(scaling.body, "min_size"), .int, range: 0...1000)
                    settings.add("max", groupScope.argument(scaling.body, "max_size"), .int, range: 1...1000)
                    settings.add("desired", groupScope.argument(scaling.body, "desired_size"), .int, range: 1...1000)
                }
                settings.add("disk_gb", groupScope.argument(group.body, "disk_size"), .int, range: 1...16384)
                block.nodeGroups.append(settings.settings)
                block.warnings += settings.warnings
            }
        }
        return block
    }

    /// One `eks_managed_node_groups` entry; a key it lacks falls back to the module block's
    /// `eks_managed_node_group_defaults`.
    static func group(_ name: String, _ written: Expr, defaults: Expr?, keyLocation: SourceLocation, scope: ModuleScope,
                      warnings: inout [ImportWarning]) -> [ScenarioSetting] {
        var settings = SettingsBlock(key: "kubernetes.node_groups[\(name)]")
        func value(_ key: String) -> Sourced<Value>? {
            if let field = ObjectLiteral.field(written, key) { return scope.sourced(field) }
            if let defaults, let field = ObjectLiteral.field(defaults, key) { return scope.sourced(field) }
            return nil
        }
        settings.add("name", Sourced(value: .string(name), location: keyLocation), .string)
        // `instance_types = ["${var.x}"]`: credit the first element's own source, not the list.
        let types = ObjectLiteral.field(written, "instance_types") ?? defaults.flatMap { ObjectLiteral.field($0, "instance_types") }
        if let types, case .tuple(let items) = scope.resolveLocal(types).kind, let firstType = items.first {
            settings.add("instance_type", scope.sourced(firstType), .string)
        }
        settings.add("instance_type", value("instance_types").map(first) ?? value("instance_type"), .string)
        settings.add("min", value("min_size"), .int, range: 0...1000)
        settings.add("max", value("max_size"), .int, range: 1...1000)
        settings.add("desired", value("desired_size"), .int, range: 1...1000)
        settings.add("disk_gb", value("disk_size"), .int, range: 1...16384)
        // node_groups.tf: `try(each.value.cluster_version, var.eks_managed_node_group_defaults.cluster_version, ...)`.
        settings.add("version", value("cluster_version"), .string)
        for unknown in settings.unknown {
            warnings.append(ImportWarning(location: unknown.location,
                                          message: "kubernetes node group '\(name)' \(unknown.key) is only known after apply; not written"))
        }
        warnings += settings.warnings
        return settings.settings
    }

    /// The first element of a list value (`instance_types = ["t3.large"]`).
    static func first(_ list: Sourced<Value>) -> Sourced<Value> {
        guard let items = list.value.tupleValue else { return list }
        return Sourced(value: items.first ?? .null, location: list.location)
    }
}
