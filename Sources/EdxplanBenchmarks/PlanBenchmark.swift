import Catalog
import Foundation
import Pipeline
import PlanCost
import Report
import TerraformPlan

/// `edxplan-bench plan-json [megabytes] [iterations]`: writes a generated `terraform show -json`
/// plan of about N MB (default 50) with the backend's resource mix, then prices it as `edxplan
/// cost --plan-json FILE --format json` does (read and check the file, open the catalog, price,
/// render), and prints the median time of each stage and the peak memory.
enum PlanBenchmark {
    static func run(_ arguments: [Int]) throws {
        let megabytes = arguments.first ?? 50
        let iterations = arguments.dropFirst().first ?? 5
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-bench-plan-\(megabytes)mb.json")
        let text = GeneratedPlan.json(bytes: megabytes * 1_000_000)
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let workspace = Workspace()
        let catalogFile = try workspace.catalogLocation().file // built once if needed, outside the timings
        let clock = ContinuousClock()
        var totals: [Double] = []
        var stages: [String: [Double]] = [:]
        var last = ""
        for _ in 0..<iterations {
            var marks: [(String, Duration)] = []
            let start = clock.now
            let plan = try PlanJSONReader.read(path: file, display: "plan.json")
            marks.append(("read and check plan", clock.now - start))
            let catalog = try CatalogStore.read(catalogFile)
            marks.append(("open catalog", clock.now - start))
            let document = try PlanCoster.price(plan, file: "plan.json", catalog: catalog)
            marks.append(("price", clock.now - start))
            let json = PlanCostJSON.render(document)
            marks.append(("render json", clock.now - start))
            totals.append(Measure.milliseconds(clock.now - start))
            var previous = Duration.zero
            for (name, mark) in marks {
                stages[name, default: []].append(Measure.milliseconds(mark - previous))
                previous = mark
            }
            last = "\(plan.changes.count) resource changes, \(document.monthlyBefore.formatted) -> \(document.monthlyAfter.formatted) "
                + "per month, \(document.hazards.count) hazards, \(json.utf8.count / 1024) KiB of JSON"
        }
        print(String(format: "edxplan-bench plan-json: %.1f MB plan, ", Double(text.utf8.count) / 1_000_000)
              + "\(iterations) iterations (\(last)); medians:")
        for name in ["read and check plan", "open catalog", "price", "render json"] {
            print(Measure.line(name, Measure.median(stages[name] ?? [])))
        }
        print(Measure.line("total", Measure.median(totals))
              + String(format: "   (min %.2f, max %.2f)", totals.min() ?? 0, totals.max() ?? 0))
        print(String(format: "  peak resident memory %.1f MiB", Measure.peakResidentMiB()))
    }
}

/// A plan as Terraform writes it for environments of the backend: per environment a VPC with
/// subnets and NAT, EKS with two node groups (one replaced), IAM roles with their policy
/// documents, RDS (deleted), DocumentDB, ElastiCache, S3 and CloudFront, repeated until the
/// file reaches the size; `prior_state`, `planned_values` and `configuration` as large as
/// Terraform makes them, since a reader has to get through them too.
enum GeneratedPlan {
    static func json(bytes: Int) -> String {
        var changes: [String] = []
        var values: [String] = []
        var size = 0
        var environment = 0
        while size < bytes / 2 {
            for item in environmentChanges(environment) {
                changes.append(item.change)
                values.append(item.value)
                size += item.change.utf8.count + item.value.utf8.count
            }
            environment += 1
        }
        let resources = values.joined(separator: ",\n")
        return """
            {"format_version":"1.2","terraform_version":"1.9.8","planned_values":{"root_module":{"resources":[\(resources)]}},
            "resource_changes":[\(changes.joined(separator: ",\n"))],
            "prior_state":{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":{"resources":[\(resources)]}}},
            "configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws","expressions":{"region":{"constant_value":"us-east-1"}}}},"root_module":{}},
            "timestamp":"2026-12-01T10:00:00Z","applyable":true,"complete":true,"errored":false}
            """
    }

    static let policy = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[" + (0..<12).map { index in
        "{\\\"Sid\\\":\\\"S\(index)\\\",\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":[\\\"ec2:Describe*\\\",\\\"eks:Describe*\\\",\\\"s3:GetObject\\\"],\\\"Resource\\\":\\\"*\\\"}"
    }.joined(separator: ",") + "]}"

    static func environmentChanges(_ number: Int) -> [(change: String, value: String)] {
        let env = "env\(number)"
        let tags = "{\"Environment\":\"\(env)\",\"ManagedBy\":\"terraform\",\"Platform\":\"yourschool\",\"Terraform\":\"true\"}"
        func item(_ address: String, _ type: String, _ actions: String, before: String?, after: String?, replace: String = "") -> (String, String) {
            let name = address.split(separator: ".").last.map(String.init) ?? "this"
            let change = "{\"address\":\"\(address)\",\"mode\":\"managed\",\"type\":\"\(type)\",\"name\":\"\(name)\","
                + "\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"change\":{\"actions\":\(actions),"
                + "\"before\":\(before ?? "null"),\"after\":\(after ?? "null"),\"after_unknown\":{},"
                + "\"before_sensitive\":{\"tags\":{}},\"after_sensitive\":{\"tags\":{}}\(replace)}}"
            let value = "{\"address\":\"\(address)\",\"mode\":\"managed\",\"type\":\"\(type)\",\"name\":\"\(name)\","
                + "\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"schema_version\":0,\"values\":\(after ?? before ?? "{}"),\"sensitive_values\":{}}"
            return (change, value)
        }
        var items: [(String, String)] = []
        let arn = "arn:aws:ec2:us-east-1:123456789012"
        for index in 0..<6 {
            let subnet = "{\"arn\":\"\(arn):subnet/subnet-\(number)\(index)\",\"availability_zone\":\"us-east-1\(["a", "b", "c"][index % 3])\",\"cidr_block\":\"10.\(number % 250).\(index).0/24\",\"id\":\"subnet-\(number)\(index)\",\"map_public_ip_on_launch\":false,\"tags\":\(tags),\"tags_all\":\(tags),\"vpc_id\":\"vpc-\(number)\"}"
            items.append(item("module.\(env).module.vpc.aws_subnet.private[\(index)]", "aws_subnet", "[\"no-op\"]", before: subnet, after: subnet))
        }
        let nat = "{\"allocation_id\":\"eipalloc-\(number)\",\"connectivity_type\":\"public\",\"id\":\"nat-\(number)\",\"subnet_id\":\"subnet-\(number)0\",\"tags\":\(tags)}"
        items.append(item("module.\(env).module.vpc.aws_nat_gateway.this[0]", "aws_nat_gateway", "[\"no-op\"]", before: nat, after: nat))
        for role in ["cluster", "node", "ebs_csi", "cert_manager", "external_dns"] {
            let document = "{\"arn\":\"arn:aws:iam::123456789012:role/\(env)-\(role)\",\"assume_role_policy\":\"\(policy)\",\"inline_policy\":[{\"name\":\"inline\",\"policy\":\"\(policy)\"}],\"name\":\"\(env)-\(role)\",\"tags\":\(tags)}"
            items.append(item("module.\(env).module.eks.aws_iam_role.\(role)", "aws_iam_role", "[\"no-op\"]", before: document, after: document))
        }
        let cluster = "{\"arn\":\"arn:aws:eks:us-east-1:123456789012:cluster/\(env)\",\"name\":\"\(env)\",\"version\":\"1.33\",\"tags\":\(tags)}"
        items.append(item("module.\(env).module.eks.aws_eks_cluster.this[0]", "aws_eks_cluster", "[\"no-op\"]", before: cluster, after: cluster))
        func group(_ type: String) -> String {
            "{\"capacity_type\":\"ON_DEMAND\",\"cluster_name\":\"\(env)\",\"disk_size\":20,\"instance_types\":[\"\(type)\"],\"node_group_name\":\"default\",\"scaling_config\":[{\"desired_size\":2,\"max_size\":3,\"min_size\":1}],\"tags\":\(tags)}"
        }
        items.append(item("module.\(env).module.eks.aws_eks_node_group.default[0]", "aws_eks_node_group", "[\"delete\",\"create\"]",
                          before: group("t3.large"), after: group("t3.xlarge"), replace: ",\"replace_paths\":[[\"instance_types\"]]"))
        items.append(item("module.\(env).module.eks.aws_eks_node_group.spare[0]", "aws_eks_node_group", "[\"no-op\"]",
                          before: group("m5.large"), after: group("m5.large")))
        let database = "{\"allocated_storage\":20,\"arn\":\"arn:aws:rds:us-east-1:123456789012:db:\(env)\",\"backup_retention_period\":7,\"deletion_protection\":false,\"engine\":\"mysql\",\"engine_version\":\"8.0.40\",\"instance_class\":\"db.t3.small\",\"multi_az\":false,\"skip_final_snapshot\":true,\"storage_type\":\"gp2\",\"tags\":\(tags)}"
        items.append(item("module.\(env).module.mysql.aws_db_instance.this[0]", "aws_db_instance", "[\"delete\"]", before: database, after: nil))
        let docdb = "{\"arn\":\"arn:aws:rds:us-east-1:123456789012:cluster:\(env)-mongodb\",\"deletion_protection\":false,\"skip_final_snapshot\":true,\"tags\":\(tags)}"
        items.append(item("module.\(env).module.mongodb.aws_docdb_cluster.this", "aws_docdb_cluster", "[\"no-op\"]", before: docdb, after: docdb))
        let instance = "{\"arn\":\"arn:aws:rds:us-east-1:123456789012:db:\(env)-mongodb-1\",\"instance_class\":\"db.t3.medium\",\"tags\":\(tags)}"
        items.append(item("module.\(env).module.mongodb.aws_docdb_cluster_instance.this[0]", "aws_docdb_cluster_instance", "[\"update\"]", before: instance, after: instance))
        let redis = "{\"arn\":\"arn:aws:elasticache:us-east-1:123456789012:replicationgroup:\(env)\",\"node_type\":\"cache.t3.small\",\"num_cache_clusters\":1,\"snapshot_retention_limit\":0,\"tags\":\(tags)}"
        items.append(item("module.\(env).module.redis.aws_elasticache_replication_group.this", "aws_elasticache_replication_group", "[\"no-op\"]", before: redis, after: redis))
        let bucket = "{\"arn\":\"arn:aws:s3:::\(env)-storage\",\"bucket\":\"\(env)-storage\",\"force_destroy\":false,\"tags\":\(tags)}"
        items.append(item("module.\(env).module.s3.aws_s3_bucket.this[0]", "aws_s3_bucket", "[\"no-op\"]", before: bucket, after: bucket))
        return items
    }
}
