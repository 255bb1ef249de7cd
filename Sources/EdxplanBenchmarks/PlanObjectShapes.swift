import Blueprint

/// The members of a generated plan object, as raw JSON text by attribute name.
extension PlanObjectText {
    static func members(_ resource: Resource, number: Int, template: Int, index: Int) -> [String: String] {
        let env = "env\(number)"
        let q = GeneratedPlan.quote
        func text(_ value: String) -> String { q(template == number ? value : value.replacingOccurrences(of: "env\(template)", with: env)) }
        var members: [String: String] = [:]
        for (name, value) in resource.attributes {
            switch value {
            case .string(let string): members[name] = text(string)
            case .int(let number): members[name] = String(number)
            case .bool(let flag): members[name] = String(flag)
            case .strings(let list): members[name] = "[" + list.map(text).joined(separator: ",") + "]"
            }
        }
        let short = resource.type.dropFirst(resource.type.hasPrefix("aws_") ? 4 : 0)
        let id = "\(short.prefix(6))-\(String(number, radix: 16))\(String(index * 7919 + number, radix: 16))0f3a9c"
        members["id"] = q(id)
        guard resource.type.hasPrefix("aws_") else { return provider(resource, members, env: env, id: id) }
        let tags = "{\"Environment\":\(q(env)),\"Platform\":\"yourschool\",\"Platform-Region\":\"usa_east\",\"Terraform\":\"true\"}"
        if !untagged.contains(resource.type) { members["tags"] = tags; members["tags_all"] = tags }
        members["arn"] = q("arn:aws:\(service(resource.type)):us-east-1:123456789012:\(short)/\(id)")
        members["timeouts"] = "null"
        switch resource.type {
        case "aws_eks_node_group":
            members["scaling_config"] = "[{\"desired_size\":\(members["desired_size"] ?? "1"),\"max_size\":\(members["max_size"] ?? "3"),"
                + "\"min_size\":\(members["min_size"] ?? "1")}]"
            for name in ["desired_size", "max_size", "min_size"] { members[name] = nil }
            members["update_config"] = "[{\"max_unavailable\":1,\"max_unavailable_percentage\":0}]"
            members["resources"] = "[{\"autoscaling_groups\":[{\"name\":\(q("eks-default-\(id)"))}],\"remote_access_security_group_id\":\"\"}]"
            members["ami_type"] = "\"AL2_x86_64\""; members["release_version"] = "\"1.30.4-20241109\""; members["status"] = "\"ACTIVE\""
            members["labels"] = "{}"; members["taint"] = "[]"; members["launch_template"] = "[]"; members["remote_access"] = "[]"
            members["subnet_ids"] = subnets(env); members["node_role_arn"] = q("arn:aws:iam::123456789012:role/\(env)-node")
        case "aws_instance":
            members["root_block_device"] = "[{\"delete_on_termination\":true,\"device_name\":\"/dev/sda1\",\"encrypted\":false,\"iops\":100,"
                + "\"kms_key_id\":\"\",\"tags\":{},\"throughput\":0,\"volume_id\":\(q("vol-\(id)")),\"volume_size\":\(members["root_volume_gb"] ?? "8"),"
                + "\"volume_type\":\(members["root_volume_type"] ?? "\"gp2\"")}]"
            members["root_volume_gb"] = nil; members["root_volume_type"] = nil
            members["ami"] = "\"ami-0e2c8caa4b6378d8c\""; members["private_ip"] = "\"10.0.1.17\""; members["public_ip"] = "\"54.210.7.33\""
            members["metadata_options"] = "[{\"http_endpoint\":\"enabled\",\"http_put_response_hop_limit\":1,\"http_tokens\":\"optional\"}]"
        case "aws_launch_template":
            members["block_device_mappings"] = "[{\"device_name\":\"/dev/xvda\",\"ebs\":[{\"delete_on_termination\":\"true\",\"encrypted\":\"\","
                + "\"volume_size\":\(members["root_volume_gb"] ?? "20"),\"volume_type\":\(members["root_volume_type"] ?? "\"gp2\"")}],\"no_device\":\"\"}]"
            members["root_volume_gb"] = nil; members["root_volume_type"] = nil
            members["user_data"] = q(base64(900, seed: number)); members["latest_version"] = "3"
        case "aws_eks_cluster":
            members["certificate_authority"] = "[{\"data\":\(q(base64(1476, seed: number)))}]"
            members["endpoint"] = q("https://\(id.uppercased()).gr7.us-east-1.eks.amazonaws.com")
            members["identity"] = "[{\"oidc\":[{\"issuer\":\(q("https://oidc.eks.us-east-1.amazonaws.com/id/\(id.uppercased())"))}]}]"
            members["vpc_config"] = "[{\"cluster_security_group_id\":\(q("sg-\(id)")),\"endpoint_private_access\":true,\"endpoint_public_access\":true,"
                + "\"public_access_cidrs\":[\"0.0.0.0/0\"],\"security_group_ids\":[],\"subnet_ids\":\(subnets(env)),\"vpc_id\":\(q("vpc-\(env)"))}]"
            members["enabled_cluster_log_types"] = "[\"api\",\"audit\",\"authenticator\"]"
        case "aws_iam_role":
            members["assume_role_policy"] = q(policy(["sts:AssumeRoleWithWebIdentity", "sts:AssumeRole"], statements: 2))
            members["inline_policy"] = "[]"; members["managed_policy_arns"] = "[]"; members["max_session_duration"] = "3600"; members["path"] = "\"/\""
            members["name"] = q("\(env)-role-\(index)"); members["create_date"] = "\"2026-01-15T09:30:00Z\""
        case "aws_iam_policy", "aws_iam_user_policy", "aws_s3_bucket_policy":
            members["policy"] = q(policy(["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets", "s3:GetObject", "s3:ListBucket"],
                                         statements: 6))
        case "aws_security_group":
            let rule = "{\"cidr_blocks\":[\"10.0.0.0/16\"],\"description\":\"Managed by Terraform\",\"from_port\":443,\"ipv6_cidr_blocks\":[],"
                + "\"prefix_list_ids\":[],\"protocol\":\"tcp\",\"security_groups\":[],\"self\":false,\"to_port\":443}"
            members["ingress"] = "[\(rule),\(rule.replacingOccurrences(of: "443", with: "22"))]"; members["egress"] = "[\(rule)]"
            members["vpc_id"] = q("vpc-\(env)"); members["revoke_rules_on_delete"] = "false"
        case "aws_db_instance":
            for (name, value) in ["address": q("\(env).c9akciq32.us-east-1.rds.amazonaws.com"), "port": "3306", "username": "\"root\"",
                                  "db_subnet_group_name": q("\(env)-mysql"), "parameter_group_name": q("\(env)-mysql57"),
                                  "maintenance_window": "\"sun:05:00-sun:06:00\"", "backup_window": "\"03:00-04:00\"",
                                  "ca_cert_identifier": "\"rds-ca-rsa2048-g1\"", "final_snapshot_identifier": "null",
                                  "vpc_security_group_ids": "[\(q("sg-\(env)-mysql"))]", "status": "\"available\"",
                                  "max_allocated_storage": "0", "monitoring_interval": "0", "performance_insights_enabled": "false"] {
                members[name] = value
            }
        case "aws_cloudfront_distribution":
            members["origin"] = "[{\"connection_attempts\":3,\"connection_timeout\":10,\"custom_header\":[],\"domain_name\":\(members["origin"] ?? "\"\""),"
                + "\"origin_id\":\"s3\",\"s3_origin_config\":[{\"origin_access_identity\":\(q("origin-access-identity/cloudfront/E\(id.uppercased())"))}]}]"
            members["default_cache_behavior"] = "[{\"allowed_methods\":[\"GET\",\"HEAD\",\"OPTIONS\"],\"cached_methods\":[\"GET\",\"HEAD\"],"
                + "\"compress\":true,\"default_ttl\":86400,\"forwarded_values\":[{\"cookies\":[{\"forward\":\"none\"}],\"headers\":[],"
                + "\"query_string\":false}],\"max_ttl\":31536000,\"min_ttl\":0,\"target_origin_id\":\"s3\",\"viewer_protocol_policy\":\"allow-all\"}]"
            members["restrictions"] = "[{\"geo_restriction\":[{\"locations\":[],\"restriction_type\":\"none\"}]}]"
            members["domain_name"] = q("d\(id).cloudfront.net"); members["hosted_zone_id"] = "\"Z2FDTNDATAQYW2\""; members["etag"] = "\"E2QWRUHAPOMQZL\""
        default:
            members["owner_id"] = "\"123456789012\""
        }
        return members
    }

    /// The Kubernetes, Helm, random and TLS providers' objects.
    static func provider(_ resource: Resource, _ members: [String: String], env: String, id: String) -> [String: String] {
        var members = members
        let q = GeneratedPlan.quote
        switch resource.type {
        case "helm_release":
            let values = (0..<40).map { "  setting\($0): \"value-\($0)-\(env)\" # <managed by terraform & helm>" }.joined(separator: "\n")
            members["values"] = "[\(q("controller:\n\(values)\n"))]"
            members["metadata"] = "[{\"app_version\":\"v1.16.1\",\"chart\":\(members["chart"] ?? "\"\""),\"name\":\(members["chart"] ?? "\"\""),"
                + "\"namespace\":\(members["namespace"] ?? "\"default\""),\"revision\":4,\"values\":\(q("{\"controller\":{\"replicaCount\":2}}")),\"version\":\"1.16.1\"}]"
            members["set"] = "[]"; members["status"] = "\"deployed\""; members["timeout"] = "300"; members["repository"] = "\"https://charts.jetstack.io\""
        case "kubernetes_secret", "kubernetes_namespace":
            members["metadata"] = "[{\"annotations\":{},\"generation\":0,\"labels\":{},\"name\":\(members["name"] ?? q(id)),"
                + "\"namespace\":\"openedx\",\"resource_version\":\"48213\",\"uid\":\(q("6b1d0f4e-\(id)"))}]"
            members["type"] = "\"Opaque\""
        case "tls_private_key":
            members["public_key_pem"] = q("-----BEGIN PUBLIC KEY-----\n" + base64(392, seed: id.count) + "\n-----END PUBLIC KEY-----\n")
            members["public_key_openssh"] = q("ssh-rsa " + base64(372, seed: 3) + "\n")
        default: break
        }
        return members
    }

    static let untagged: Set<String> = [
        "aws_route_table_association", "aws_route", "aws_iam_role_policy_attachment", "aws_security_group_rule", "aws_ec2_tag",
        "aws_acm_certificate_validation", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_acl", "aws_s3_bucket_public_access_block",
        "aws_s3_bucket_policy", "aws_s3_bucket_versioning", "aws_iam_access_key", "aws_iam_user_policy", "aws_route53_record",
    ]

    static func service(_ type: String) -> String {
        let prefix = type.dropFirst(4).prefix { $0 != "_" }
        return ["db": "rds", "docdb": "rds", "cloudwatch": "logs", "route": "ec2", "subnet": "ec2", "vpc": "ec2", "security": "ec2",
                "internet": "ec2", "nat": "ec2", "eip": "ec2", "launch": "ec2", "instance": "ec2", "cloudfront": "cloudfront"][String(prefix)]
            ?? String(prefix)
    }

    static func subnets(_ env: String) -> String { "[" + (0..<3).map { "\"subnet-\(env)-\($0)\"" }.joined(separator: ",") + "]" }

    /// An IAM policy document as Terraform stores it: JSON inside a JSON string.
    static func policy(_ actions: [String], statements: Int) -> String {
        "{\"Version\":\"2012-10-17\",\"Statement\":[" + (0..<statements).map { index in
            "{\"Sid\":\"S\(index)\",\"Effect\":\"Allow\",\"Action\":[\(actions.map { "\"\($0)\"" }.joined(separator: ","))],"
                + "\"Resource\":\"arn:aws:s3:::bucket-\(index)/*\",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}}}"
        }.joined(separator: ",") + "]}"
    }

    /// `count` characters of base64-looking text, different per seed.
    static func base64(_ count: Int, seed: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var state = UInt64(truncatingIfNeeded: seed) &* 6364136223846793005 &+ 1442695040888963407
        return String((0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return alphabet[Int(state >> 58)]
        })
    }
}
