import Blueprint
import TerraformPlan

/// A plan's before or after object as the cost engine reads a resource: the attributes each
/// type's components depend on, under the names the engine uses (which are Terraform's, except
/// where a nested block or a list is folded into one value). Nothing else is copied, so values
/// the engine does not price (passwords among them) never leave the plan.
enum PlanObjects {
    enum Mapping {
        /// What the engine prices.
        case resource(Resource)
        /// AWS bills nothing for it (`NoChargeTypes`).
        case free
        /// Billed, but not priceable from the plan: why.
        case unpriceable(String)
    }

    /// `unknown` is the change's `after_unknown` when `object` is the after object.
    static func map(_ change: ResourceChange, _ object: JSONValue, unknown: JSONValue? = nil) -> Mapping {
        var attributes: [String: AttributeValue] = [:]
        var later: [String] = []
        func copy(_ names: String...) {
            for name in names {
                if unknown?[name]?.bool == true, decisive.contains(name) { later.append(name) }
                if let value = attribute(object[name]) { attributes[name] = value }
            }
        }
        func nested(_ block: String, _ field: String) -> JSONValue? {
            if decisive.contains(field), unknown?[block]?.bool == true || unknown?[block]?.block?[field]?.bool == true {
                later.append("\(block).\(field)")
            }
            return object[block]?.block?[field]
        }
        var type = change.type
        switch change.type {
        case "aws_eks_cluster": copy("version")
        case "aws_eks_node_group":
            copy("instance_types", "disk_size", "capacity_type")
            if let desired = nested("scaling_config", "desired_size")?.int { attributes["desired_size"] = .int(desired) }
            if object["capacity_type"]?.string == "SPOT" {
                return .unpriceable("Spot capacity: Spot prices change hour by hour and the catalog holds on-demand prices only")
            }
            if (object["instance_types"]?.array ?? []).isEmpty, later.isEmpty {
                return .unpriceable("its instance type is set in its launch template, which the plan does not show")
            }
        case "aws_instance":
            copy("instance_type")
            if let size = nested("root_block_device", "volume_size")?.int { attributes["root_volume_gb"] = .int(size) }
            if let kind = nested("root_block_device", "volume_type")?.string { attributes["root_volume_type"] = .string(kind) }
            if let tenancy = object["tenancy"]?.string, tenancy != "default" {
                return .unpriceable("tenancy \(tenancy): the catalog holds shared-tenancy prices only")
            }
        case "aws_ebs_volume": copy("size", "type")
        case "aws_db_instance":
            let engine = object["engine"]?.string ?? "mysql"
            guard engine == "mysql" else { return .unpriceable("engine \(engine): the catalog prices RDS for MySQL only") }
            copy("instance_class", "multi_az", "storage_type", "allocated_storage", "iops", "backup_retention_period",
                 "delete_automated_backups", "engine_version")
        case "aws_docdb_cluster_instance": copy("instance_class")
        case "aws_elasticache_replication_group", "aws_elasticache_cluster":
            let engine = object["engine"]?.string ?? "redis"
            guard engine == "redis" else { return .unpriceable("engine \(engine): the cost engine prices Redis OSS nodes only") }
            copy("node_type", "snapshot_retention_limit")
            attributes["num_cache_clusters"] = .int(cacheNodes(object))
            type = "aws_elasticache_replication_group"
        case "aws_elb":
            attributes["availability_zones"] = .int(max(1, object["availability_zones"]?.array?.count ?? 1))
            attributes["usage_unknown"] = .bool(true)
        case "aws_lb":
            copy("load_balancer_type", "internal")
            let zones = object["subnets"]?.array?.count ?? object["subnet_mapping"]?.array?.count ?? 1
            attributes["availability_zones"] = .int(max(1, zones))
            if let kind = object["load_balancer_type"]?.string, kind == "gateway" {
                return .unpriceable("a Gateway Load Balancer: the catalog has no price for it")
            }
        case "aws_route53_zone", "aws_s3_bucket", "aws_cloudfront_distribution", "aws_cloudwatch_log_group",
             "aws_ecr_repository", "aws_secretsmanager_secret", "aws_backup_vault", "aws_eip", "aws_nat_gateway",
             "aws_docdb_cluster", "aws_kms_key":
            break
        default:
            return NoChargeTypes.contains(change.type) ? .free : .unpriceable("the cost engine has no model for \(change.type)")
        }
        if !later.isEmpty { return .unpriceable("known only after apply: " + later.joined(separator: ", ")) }
        return .resource(Resource(address: change.address, type: type, module: change.moduleAddress ?? "", attributes: attributes))
    }

    /// Attributes a price hinges on: known only after apply, the object is not priced. Others
    /// known only after apply (storage type, engine version, disk size) take the engine's defaults.
    static let decisive: Set<String> = ["instance_types", "instance_type", "instance_class", "node_type", "desired_size",
                                        "allocated_storage", "size", "num_cache_clusters", "load_balancer_type"]

    /// ElastiCache nodes: `num_cache_clusters` (provider 4+), `number_cache_clusters` (before),
    /// cluster mode's shards times (replicas + 1), or a single cluster's `num_cache_nodes`.
    static func cacheNodes(_ object: JSONValue) -> Int {
        if let count = object["num_cache_clusters"]?.int ?? object["number_cache_clusters"]?.int ?? object["num_cache_nodes"]?.int,
           count > 0 { return count }
        if let shards = object["num_node_groups"]?.int, let replicas = object["replicas_per_node_group"]?.int, shards > 0 {
            return shards * (replicas + 1)
        }
        return 1
    }

    static func attribute(_ value: JSONValue?) -> AttributeValue? {
        switch value {
        case .string(let text)?: return .string(text)
        case .bool(let flag)?: return .bool(flag)
        case .number?: return value?.int.map(AttributeValue.int)
        case .array(let items)?:
            let texts = items.compactMap(\.string)
            return texts.count == items.count ? .strings(texts) : nil
        default: return nil
        }
    }
}
