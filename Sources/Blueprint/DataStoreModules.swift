import Scenario

/// `mysql` (terraform-aws-modules/rds v4.2.0), `mongodb` (DocumentDB) and `redis`
/// (the vendored elasticache module), with their secrets and CNAMEs.
extension ModuleBuilder {
    mutating func addMySQL() {
        let s = environment.mysql
        let instance = "module.db.module.db_instance.aws_db_instance.this[0]"
        add(.mysql, "aws_db_subnet_group.mysql_subnet_group", "aws_db_subnet_group", .terraform,
            ["name": .string("mysql_subnet_group")])
        addSecurityGroupModule(.mysql, name: "\(namespace)-mysql", port: 3306)
        // create_random_password = true: rds v4.2.0 makes it in its root main.tf (or the
        // password is read from Secrets Manager).
        let password = secretMaterial(.mysql, "module.db.random_password.master_password[0]", "random_password",
                                      ["length": .int(16)], secret: "mysql-root")
        add(.mysql, "module.db.module.db_parameter_group.aws_db_parameter_group.this[0]", "aws_db_parameter_group", .terraform,
            ["family": .string("mysql" + majorVersion(s.engineVersion))])
        add(.mysql, "module.db.module.db_option_group.aws_db_option_group.this[0]", "aws_db_option_group", .terraform,
            ["major_engine_version": .string(majorVersion(s.engineVersion))])
        var attributes: [String: AttributeValue] = [
            "identifier": .string(isStack ? namespace : environment.name), "engine": .string("mysql"),
            "engine_version": .string(s.engineVersion), "instance_class": .string(s.instanceClass),
            "allocated_storage": .int(s.allocatedStorageGB), "storage_type": .string(s.storageType), "iops": .int(s.iops),
            "multi_az": .bool(s.multiAZ), "backup_retention_period": .int(s.backupRetentionDays),
            "deletion_protection": .bool(s.deletionProtection), "skip_final_snapshot": .bool(s.skipFinalSnapshot),
            "storage_encrypted": .bool(s.storageEncrypted)]
        if passwordsExternal { attributes["password_from"] = .string(externalSecretName("mysql-root")) }
        var dependsOn = ["aws_db_subnet_group.mysql_subnet_group", Self.securityGroupModule,
                         "module.db.module.db_parameter_group.aws_db_parameter_group.this[0]",
                         "module.db.module.db_option_group.aws_db_option_group.this[0]"] + password
        addFinalSnapshotNaming(instance: &attributes, dependsOn: &dependsOn)
        add(.mysql, instance, "aws_db_instance", .terraform, attributes, dependsOn: dependsOn)
        if !isStack { record(.mysql, "mysql." + domain, "mysql", type: "CNAME", alias: false) }
        add(.mysql, "kubernetes_secret.mysql_root", "kubernetes_secret", .terraform, secretAttributes("mysql-root"),
            dependsOn: [instance])
        if !isStack { addDatabaseSecrets() }
    }

    /// The Open edX database user's password and secret; at HEAD an environment's `mysql`
    /// module holds six of them for the shared RDS instance.
    mutating func addDatabaseSecrets() {
        let names = ownsInfrastructure ? ["openedx"] : ["openedx", "discovery", "ecommerce", "notes", "xqueue", "credentials"]
        for name in names {
            let password = secretMaterial(.mysql, "random_password.mysql_\(name)", "random_password",
                                          ["length": .int(16), "override_special": .string("_%@")], secret: "mysql-\(name)")
            // v0.0.6 mysql/kubernetes.tf names the Open edX user's secret `kubernetes_secret.openedx`.
            let address = ownsInfrastructure ? "kubernetes_secret.\(name)" : "kubernetes_secret.mysql_\(name)"
            add(.mysql, address, "kubernetes_secret", .terraform,
                secretAttributes("mysql-\(name)"), dependsOn: password)
        }
        if !ownsInfrastructure { record(.mysql, "mysql." + domain, "mysql", type: "CNAME", alias: false) }
    }

    mutating func addMongoDB() {
        let s = environment.mongodb
        add(.mongodb, "aws_security_group.mongo_cluster", "aws_security_group", .terraform, ["name": .string("\(namespace)-mongodb")])
        add(.mongodb, "aws_security_group_rule.ingress_security_groups", "aws_security_group_rule", .terraform,
            ["port": .int(27017), "cidr_blocks": .strings([environment.vpc.cidr])])
        add(.mongodb, "aws_docdb_subnet_group.default", "aws_docdb_subnet_group", .terraform, ["name": .string("mongodb_subnet_group")])
        add(.mongodb, "aws_docdb_cluster_parameter_group.no_tls", "aws_docdb_cluster_parameter_group", .terraform,
            ["name": .string("mongo-cluster-param-group"), "family": .string("docdb3.6")])
        let password = secretMaterial(.mongodb, "random_password.mongodb_admin", "random_password",
                                      ["length": .int(16), "special": .bool(false)], secret: "mongodb-admin")
        var attributes: [String: AttributeValue] = [
            "cluster_identifier": .string("\(namespace)-mongodb"), "engine": .string("docdb"),
            "engine_version": .string(s.engineVersion), "backup_retention_period": .int(s.backupRetentionDays),
            "skip_final_snapshot": .bool(s.skipFinalSnapshot), "deletion_protection": .bool(s.deletionProtection),
            "storage_encrypted": .bool(s.storageEncrypted),
            "db_cluster_parameter_group_name": .string("mongo-cluster-param-group")]
        // M/mongodb passes final_snapshot_identifier = lower(name) always; it matters only
        // without skip_final_snapshot, so it is recorded then (or when the scenario sets one).
        if let name = s.finalSnapshotIdentifier ?? (s.skipFinalSnapshot ? nil : "\(namespace)-mongodb".lowercased()) {
            attributes["final_snapshot_identifier"] = .string(name)
        }
        if passwordsExternal { attributes["master_password_from"] = .string(externalSecretName("mongodb-admin")) }
        var dependsOn = ["aws_docdb_subnet_group.default", "aws_security_group.mongo_cluster"] + password
        // The cookiecutter names the parameter group by a literal, so Terraform sees no edge to
        // it (H12); the reference `aws_docdb_cluster_parameter_group.no_tls.name` is the edge
        // that makes it create the group first and delete the cluster first.
        if s.parameterGroupReferenced { dependsOn.append("aws_docdb_cluster_parameter_group.no_tls") }
        add(.mongodb, "aws_docdb_cluster.default", "aws_docdb_cluster", .terraform, attributes, dependsOn: dependsOn)
        for index in 0..<s.instances {
            // identifier = "${var.resource_name}-${count.index + 1}" (M/mongodb/main.tf).
            add(.mongodb, "aws_docdb_cluster_instance.default[\(index)]", "aws_docdb_cluster_instance", .terraform,
                ["identifier": .string("\(namespace)-mongodb-\(index + 1)"), "instance_class": .string(s.instanceClass),
                 "cluster_identifier": .string("\(namespace)-mongodb")],
                dependsOn: ["aws_docdb_cluster.default"])
        }
        record(.mongodb, "mongodb.master." + domain, "master", type: "CNAME", alias: false)
        record(.mongodb, "mongodb.replicas." + domain, "replica", type: "CNAME", alias: false)
        add(.mongodb, "kubernetes_secret.mongodb_admin", "kubernetes_secret", .terraform, secretAttributes("mongodb-admin"),
            dependsOn: ["aws_docdb_cluster.default"])
    }

    mutating func addRedis() {
        let s = environment.redis
        addSecurityGroupModule(.redis, name: namespace, port: 6379)
        add(.redis, "module.redis.random_string.id", "random_string", .terraform, ["length": .int(8), "upper": .bool(false)])
        // The vendored M/redis/modules/elasticache wraps each group in its own submodule (count = var.create).
        let subnetGroup = "module.redis.module.elasticache_subnet_group.aws_elasticache_subnet_group.this[0]"
        let parameterGroup = "module.redis.module.elasticache_parameter_group.aws_elasticache_parameter_group.this[0]"
        add(.redis, subnetGroup, "aws_elasticache_subnet_group", .terraform, dependsOn: ["module.redis.random_string.id"])
        add(.redis, parameterGroup, "aws_elasticache_parameter_group", .terraform,
            ["family": .string("redis6.x"), "create_before_destroy": .bool(true)], dependsOn: ["module.redis.random_string.id"])
        var attributes: [String: AttributeValue] = [
            "engine": .string("redis"), "engine_version": .string(s.engineVersion), "node_type": .string(s.nodeType),
            "num_cache_clusters": .int(s.cacheClusters), "snapshot_retention_limit": .int(s.snapshotRetentionDays),
            "automatic_failover_enabled": .bool(s.cacheClusters > 1)]
        // Not an input of the vendored M/redis/modules/elasticache at v0.0.6: the operator adds
        // it there (the module is in their repository) to get a snapshot on delete.
        if let name = s.finalSnapshotIdentifier { attributes["final_snapshot_identifier"] = .string(name) }
        add(.redis, "module.redis.aws_elasticache_replication_group.this", "aws_elasticache_replication_group", .terraform,
            attributes,
            dependsOn: [subnetGroup, parameterGroup, Self.securityGroupModule])
        record(.redis, "redis.primary." + domain, "primary", type: "CNAME", alias: false)
        add(.redis, "kubernetes_secret.secret", "kubernetes_secret", .terraform, ["name": .string("redis")],
            dependsOn: ["module.redis.aws_elasticache_replication_group.this"])
    }

    static let securityGroupModule = "module.security_group.aws_security_group.this_name_prefix[0]"

    /// terraform-aws-modules/security-group v4.17.2 (`~> 4.9`) as mysql and redis call it:
    /// the group (`use_name_prefix = true`), one `ingress_with_cidr_blocks` rule from the
    /// VPC and one `egress_with_cidr_blocks` rule to everywhere.
    mutating func addSecurityGroupModule(_ module: ModuleName, name: String, port: Int) {
        add(module, Self.securityGroupModule, "aws_security_group", .terraform,
            ["name": .string(name), "ingress": .string("tcp/\(port) from \(environment.vpc.cidr)")])
        add(module, "module.security_group.aws_security_group_rule.ingress_with_cidr_blocks[0]", "aws_security_group_rule",
            .terraform, ["type": .string("ingress"), "ports": .string(String(port)), "cidr_blocks": .strings([environment.vpc.cidr])],
            dependsOn: [Self.securityGroupModule])
        add(module, "module.security_group.aws_security_group_rule.egress_with_cidr_blocks[0]", "aws_security_group_rule",
            .terraform, ["type": .string("egress"), "protocol": .string("-1"), "cidr_blocks": .strings(["0.0.0.0/0", "::/0"])],
            dependsOn: [Self.securityGroupModule])
    }

    func majorVersion(_ version: String) -> String { version.split(separator: ".").prefix(2).joined(separator: ".") }
}
