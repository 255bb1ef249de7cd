import Scenario

/// `s3_openedx_storage`, `cloudfront` (with its us-east-1 certificate) and `ec2_bastion`.
extension ModuleBuilder {
    mutating func addStorage() {
        let s = environment.storage
        let suffixes = ["storage", "backup", "secrets"].prefix(s.buckets)
        for (index, suffix) in suffixes.enumerated() {
            let module = bucketAddress(index)
            let bucket = "\(module).aws_s3_bucket.this[0]"
            var attributes: [String: AttributeValue] = [
                "bucket": .string("\(namespace)-\(suffix)"), "force_destroy": .bool(s.forceDestroy),
                "versioning": .bool(s.versioning), "public_read": .bool(index == 0 && s.publicRead)]
            if let vault = s.backupVault { attributes["backup_vault"] = .string(vault) }
            add(.s3OpenedxStorage, bucket, "aws_s3_bucket", .terraform, attributes)
            // s3-bucket v3.15.2 (`~> 3.1`): `acl = "private"` makes the ACL resource and
            // `attach_public_policy` (default true) the public access block, for every bucket;
            // the storage bucket also sets object ownership, a policy and a `versioning` map.
            add(.s3OpenedxStorage, "\(module).aws_s3_bucket_acl.this[0]", "aws_s3_bucket_acl", .terraform,
                ["acl": .string("private")], dependsOn: [bucket] + (index == 0 ? ["\(module).aws_s3_bucket_ownership_controls.this[0]"] : []))
            if index == 0 {
                add(.s3OpenedxStorage, "\(module).aws_s3_bucket_ownership_controls.this[0]", "aws_s3_bucket_ownership_controls",
                    .terraform, ["object_ownership": .string("BucketOwnerPreferred")], dependsOn: [bucket])
            }
            add(.s3OpenedxStorage, "\(module).aws_s3_bucket_public_access_block.this[0]", "aws_s3_bucket_public_access_block",
                .terraform, [:], dependsOn: [bucket])
            if index == 0 && s.publicRead {
                add(.s3OpenedxStorage, "\(module).aws_s3_bucket_policy.this[0]", "aws_s3_bucket_policy", .terraform,
                    ["principal": .string("*"), "actions": .strings(["s3:GetObject*", "s3:List*"])],
                    dependsOn: [bucket, "\(module).aws_s3_bucket_public_access_block.this[0]"])
            }
            if index == 0 || s.versioning {
                add(.s3OpenedxStorage, "\(module).aws_s3_bucket_versioning.this[0]", "aws_s3_bucket_versioning", .terraform,
                    ["enabled": .bool(s.versioning)], dependsOn: [bucket])
            }
        }
        if let vault = s.backupVault { addBucketBackup(vault: vault, buckets: suffixes.map { "\(namespace)-\($0)" }) }
        add(.s3OpenedxStorage, "random_id.id", "random_id", .terraform, ["byte_length": .int(16)])
        add(.s3OpenedxStorage, "aws_iam_user.user", "aws_iam_user", .terraform, ["path": .string("/system/s3-bucket-user/")],
            dependsOn: ["random_id.id"])
        add(.s3OpenedxStorage, "aws_iam_access_key.user", "aws_iam_access_key", dependsOn: ["aws_iam_user.user"])
        add(.s3OpenedxStorage, "aws_iam_user_policy.policy", "aws_iam_user_policy", dependsOn: ["aws_iam_user.user"])
        add(.s3OpenedxStorage, "kubernetes_secret.s3", "kubernetes_secret", .terraform,
            ["name": .string("s3-openedx-storage")], dependsOn: ["aws_iam_access_key.user"])
    }

    mutating func addCloudFront() {
        add(.cloudfront, "module.acm_environment_domain.aws_acm_certificate.this[0]", "aws_acm_certificate", .terraform,
            ["domain_name": .string(domain), "subject_alternative_names": .strings(["*." + domain]),
             "region": .string("us-east-1"), "validation_method": .string("DNS")])
        add(.cloudfront, "module.acm_environment_domain.aws_route53_record.validation[0]", "aws_route53_record", .terraform,
            ["name": .string("_validation." + domain), "type": .string("CNAME"), "alias": .bool(false), "allow_overwrite": .bool(true)])
        add(.cloudfront, "module.acm_environment_domain.aws_acm_certificate_validation.this[0]", "aws_acm_certificate_validation",
            dependsOn: ["module.acm_environment_domain.aws_route53_record.validation[0]"])
        var distribution: [String: AttributeValue] = [
            "aliases": .strings(["cdn." + domain]), "price_class": .string(environment.cloudfront.priceClass),
            "origin": .string("\(namespace)-storage.s3.\(environment.region).amazonaws.com"),
            "viewer_protocol_policy": .string("allow-all"), "is_ipv6_enabled": .bool(true)]
        // How its viewer certificate is looked up (H13); never diffed (ReplacementRules.ignored).
        if environment.cloudfront.certificateMostRecent { distribution["certificate_most_recent"] = .bool(true) }
        add(.cloudfront, "module.cdn_environment_domain.aws_cloudfront_distribution.this[0]", "aws_cloudfront_distribution",
            .terraform, distribution,
            dependsOn: ["module.acm_environment_domain.aws_acm_certificate_validation.this[0]"])
        record(.cloudfront, "cdn." + domain, "cdn_environment_domain", type: "A", alias: true)
    }

    mutating func addBastion() {
        let s = environment.bastion
        add(.ec2Bastion, "aws_security_group.sg_bastion", "aws_security_group", .terraform,
            ["ingress": .string("tcp/22 from \(s.sshCIDR)"), "ssh_cidr": .string(s.sshCIDR)])
        add(.ec2Bastion, "random_pet.name", "random_pet")
        add(.ec2Bastion, "aws_instance.bastion", "aws_instance", .terraform,
            ["instance_type": .string(s.instanceType), "ami": .string("ubuntu-focal-20.04 (most_recent)"),
             "root_volume_gb": .int(isStack ? max(s.rootVolumeGB, 100) : s.rootVolumeGB), "root_volume_type": .string("gp2"),
             "availability_zone": .string(environment.region + "a"), "cpu_credits": .string("standard")],
            dependsOn: ["aws_security_group.sg_bastion"])
        add(.ec2Bastion, "aws_eip.elasticip", "aws_eip", .terraform, ["attached_to": .string("instance")],
            dependsOn: ["aws_instance.bastion"])
        add(.ec2Bastion, "aws_route53_record.bastion", "aws_route53_record", .terraform,
            ["name": .string("bastion." + (isStack ? platform.rootDomain : domain)), "type": .string("A"), "alias": .bool(false)],
            dependsOn: ["aws_eip.elasticip"])
    }
}
