/// Scenarios of any size for the benchmarks: every module on, sizes and usage varied.
enum GeneratedScenario {
    static func yaml(environments: Int, varied: Bool = true) -> String {
        var yaml = "name: bench-\(environments)\nallocation: peak-users\nenvironments:\n"
        let nodeTypes = ["t3.large", "t3.xlarge", "m5.large", "m6i.xlarge", "r5.large"]
        let databases = ["db.t3.medium", "db.m5.large", "db.r5.large", "db.t2.small"]
        for index in 0..<environments {
            let nat = varied && index % 3 == 0 ? "one-per-az" : "single"
            yaml += """
              env\(index):
                modules: [vpc, kubernetes, kubernetes_ingress_clb, kubernetes_secrets, mysql, mongodb, redis, s3_openedx_storage, cloudfront, ec2_bastion]
                vpc: { nat_gateways: \(nat) }
                kubernetes: { version: "1.3\(index % 4)", node_groups: [{ instance_type: \(nodeTypes[index % nodeTypes.count]), min: 1, max: 6, desired: \(1 + index % 4) }] }
                mysql: { instance_class: \(databases[index % databases.count]), engine_version: 8.0.35, allocated_storage_gb: \(20 + index), multi_az: \(index % 2 == 0) }
                usage: { s3_storage_gb: \(index * 10), cloudfront_gb_out: { us: \(index * 50), europe: \(index * 10) }, cloudfront_requests_millions: \(index), nat_gb_processed: \(index * 5), internet_out_gb: \(index * 20), log_gb_ingested: 5 }
                load: { peak_concurrent_users: \(100 + index * 10) }

            """
        }
        return yaml
    }
}
