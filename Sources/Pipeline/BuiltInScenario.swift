// The default scenario built into the executable, so every command works from any folder.
// It is Scenarios/default.yaml, byte for byte (DefaultScenarioTests fails when they differ:
// copy the file here after changing it).
enum BuiltInScenario {
    static let yaml = #"""
# The full backend of the article: cookiecutter-openedx-devops v0.0.6 generated with every
# optional module on (DocumentDB and the bastion are "N" by default in cookiecutter.json),
# at the cookiecutter's default sizes (terraform/environments/prod/env.hcl).
name: default
description: One production environment of yourschool.edu with every module, at the cookiecutter's default sizes.
platform:
  name: yourschool
  platform_region: global   # the cookiecutter's current default: v0.0.6's usa_east makes names AWS refuses (H19)
  root_domain: yourschool.edu
  aws_region: us-east-1
  account_id: "123456789012"
layout: per-environment
environments:
  prod:
    subdomain: courses
    modules: [vpc, kubernetes, kubernetes_ingress_clb, kubernetes_secrets, mysql, mongodb, redis,
              s3_openedx_storage, cloudfront, ec2_bastion]
    vpc: { cidr: 192.168.0.0/20, azs: 3, nat_gateways: single }
    kubernetes:
      version: "1.22"
      node_groups: [{ name: default, instance_type: t3.large, min: 1, max: 2, desired: 1, disk_gb: 20 }]
    mysql: { instance_class: db.t2.small, engine_version: 5.7.33, allocated_storage_gb: 10, multi_az: false,
             backup_retention_days: 7, deletion_protection: false, skip_final_snapshot: true }
    mongodb: { instance_class: db.t3.medium, instances: 1, skip_final_snapshot: true, storage_encrypted: false }
    redis: { node_type: cache.t2.small, cache_clusters: 1, snapshot_retention_days: 0 }
    s3_openedx_storage: { force_destroy: false, versioning: false, public_read: true }
    cloudfront: { price_class: PriceClass_All }
    ec2_bastion: { instance_type: t2.micro, ssh_cidr: 0.0.0.0/0 }
    # A modest school in term time. Every figure is an assumption to replace with your own bill.
    usage:
      s3_storage_gb: 50                 # course assets, uploads, exports
      s3_put_requests: 100000
      s3_get_requests: 2000000          # CloudFront misses go to the bucket
      cloudfront_gb_out: 200            # inside CloudFront's always-free 1 TB
      cloudfront_requests_millions: 5   # inside the always-free 10M requests
      nat_gb_processed: 100             # image pulls from ECR and Docker Hub, OS updates (no VPC endpoints)
      load_balancer_gb_processed: 150   # LMS and Studio pages through the ingress CLB
      internet_out_gb: 150              # those responses leaving AWS
      inter_az_gb: 50                   # nodes in 3 AZs, data stores in a and b
      log_gb_ingested: 5                # EKS audit, api and authenticator logs
      log_gb_stored: 15                 # 90-day retention
      rds_backup_gb: 10                 # 7 days of backups, within the free 100% of storage
      docdb_storage_gb: 10
      docdb_io_millions: 20
      docdb_backup_gb: 10
      route53_queries_millions: 1
      ecr_storage_gb: 10                # the openedx and mfe images
    load: { registered_learners: 5000, peak_concurrent_users: 250, monthly_growth_percent: 3 }

"""#
}
