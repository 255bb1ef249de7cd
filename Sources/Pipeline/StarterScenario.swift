/// The commented scenario `edxplan init` writes: the cookiecutter's full backend at its default
/// sizes (as `Scenarios/default.yaml`), in the region and environments the user asked for, with
/// a word on what each block means. A new user starts a new installation, so the starter takes
/// the default's `global` region (H19) and the five changes `Scenarios/apply-today.yaml` makes to
/// it (the versions and settings AWS still accepts on the catalog's date, H13, H20): `edxplan plan`
/// of it goes through, where the cookiecutter's v0.0.6 defaults fail at six places today.
enum StarterScenario {
    static func text(name: String, region: String, environments: [String]) -> String {
        """
        # An edxplan scenario: the AWS backend of one Open edX installation built the
        # cookiecutter-openedx-devops way (Terraform + Terragrunt). Every edxplan command reads this
        # file when it is run in this folder without a scenario; edxplan's docs/scenarios.md
        # describes every key. Start here, then change what differs in your installation, or run
        # `edxplan init --from-terragrunt PATH --force` to read your Terragrunt tree instead.
        name: \(name)
        description: Starter scenario written by edxplan init, at the cookiecutter's default sizes with versions AWS accepts today.
        platform:
          name: yourschool                  # the cookiecutter's platform_name: part of every resource name
          # The cookiecutter's global_platform_region, also in names. Its old default usa_east puts an
          # underscore in the storage bucket and DocumentDB names, which AWS refuses (H19).
          platform_region: global
          root_domain: yourschool.edu       # the Route 53 zone and the certificates' domain
          aws_region: \(region)
          account_id: "123456789012"        # names the Terraform state bucket; any 12 digits
        layout: per-environment             # or shared-stack: one VPC, cluster and database for all
        environments:

        """ + environments.map(environment).joined(separator: "\n")
    }

    /// One environment at the cookiecutter's default sizes (terraform/environments/prod/env.hcl).
    static func environment(_ name: String) -> String {
        """
          \(name):
            subdomain: \(name == "prod" ? "courses" : "\(name).courses")
            # The Terragrunt units of the environment; leave one out to cost and plan without it.
            modules: [vpc, kubernetes, kubernetes_ingress_clb, kubernetes_secrets, mysql, mongodb, redis,
                      s3_openedx_storage, cloudfront, ec2_bastion]
            vpc: { cidr: 192.168.0.0/20, azs: 3, nat_gateways: single }   # single or one-per-az
            kubernetes:
              # The cookiecutter's 1.22 is no longer made (H20); 1.34 is in standard support on the catalog's
              # date. EKS bills extended support once a version leaves standard support.
              version: "1.34"
              node_groups: [{ name: default, instance_type: t3.large, min: 1, max: 2, desired: 1, disk_gb: 20 }]
            # cert-manager's PodSecurityPolicy does not exist from Kubernetes 1.25 on (H20).
            kubernetes_ingress_clb: { cert_manager_pod_security_policy: false }
            # RDS makes only 5.7.44 of MySQL 5.7 now (the cookiecutter's 5.7.33 is refused, H20), under
            # paid Extended Support; a supported major (8.4) with a current instance class is the lasting fix.
            mysql: { instance_class: db.t2.small, engine_version: 5.7.44, allocated_storage_gb: 10, multi_az: false,
                     backup_retention_days: 7, deletion_protection: false, skip_final_snapshot: true }
            mongodb: { instance_class: db.t3.medium, instances: 1, skip_final_snapshot: true, storage_encrypted: false }
            redis: { node_type: cache.t2.small, cache_clusters: 1, snapshot_retention_days: 0 }
            # Block Public Access refuses a public-read policy on a new bucket (H20): CloudFront serves the files.
            s3_openedx_storage: { force_destroy: false, versioning: false, public_read: false }
            # most_recent settles CloudFront's certificate lookup when two certificates match (H13).
            cloudfront: { price_class: PriceClass_All, certificate_most_recent: true }
            ec2_bastion: { instance_type: t2.micro, ssh_cidr: 0.0.0.0/0 }
            # What the environment uses in a month. Every figure is an assumption: replace it with your bill's.
            usage:
              s3_storage_gb: 50                 # course assets, uploads, exports
              s3_put_requests: 100000
              s3_get_requests: 2000000          # CloudFront misses go to the bucket
              cloudfront_gb_out: 200            # or by region group: { us: 150, europe: 50 }
              cloudfront_requests_millions: 5
              nat_gb_processed: 100             # image pulls and OS updates through the NAT gateway
              load_balancer_gb_processed: 150   # LMS and Studio pages through the ingress load balancer
              internet_out_gb: 150
              inter_az_gb: 50
              log_gb_ingested: 5                # EKS control-plane logs
              log_gb_stored: 15
              rds_backup_gb: 10
              docdb_storage_gb: 10
              docdb_io_millions: 20
              docdb_backup_gb: 10
              route53_queries_millions: 1
              ecr_storage_gb: 10
            # Who uses it: what `edxplan size` sizes for, and the report's growth projection.
            load: { registered_learners: 5000, peak_concurrent_users: 250, monthly_growth_percent: 3 }

        """
    }
}
