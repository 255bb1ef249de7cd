import Catalog
import Foundation
import Scenario

/// The assumptions printed with every cost report, so a reader can tell a number from a guess.
enum Assumptions {
    static func list(scenario: Scenario, catalog: Catalog, hours: Decimal) -> [String] {
        var list = [
            "Prices are AWS on-demand list prices in USD from the edxplan catalog as of \(catalog.asOf); every component names its catalog row and source.",
            "A month is \(hours) hours, as AWS and Infracost count it.",
            "Node groups run at their desired size: the cookiecutter deploys no cluster autoscaler, so max_size is only a ceiling.",
            "Support calendars (EKS extended support, RDS Extended Support) are read against the catalog's as-of date, not today's date.",
            "Every public IPv4 address is billed at the in-use rate since 2024-02-01: NAT and bastion Elastic IPs and one address per availability zone of each Classic load balancer.",
            "Always-free allowances (CloudFront 1 TB and 10M requests, 100 GB of data out) are account-wide: used up in the order environments are priced.",
            "Usage-based components without a usage value in the scenario cost $0.00 here and show their unit price as \"depends on usage\".",
            "CPU credits are billed only in unlimited mode (T3/T3a/T4g nodes, db.t3/db.t4g MySQL) and only above the baseline the credits earn, never more than the instances can burn; without usage.cpu_credit_vcpu_hours or rds_cpu_credit_vcpu_hours they come from the capacity model at the environment's load (as `edxplan size` prices them).",
            "ingress-nginx creates a Classic load balancer outside Terraform state (its service.type setting uses the wrong chart key).",
            "Tutor's in-cluster volumes (MongoDB 5 GiB, Elasticsearch 2 GiB, caddy 1 GiB, gp2) are included; they live outside Terraform state.",
            scenario.allocation.statement.prefix(1).uppercased() + scenario.allocation.statement.dropFirst()
                + "; the platform-wide prerequisites are the root zone, the ECR repository and the Terraform state bucket.",
        ]
        if scenario.environments.contains(where: \.ingress.caddyLoadBalancer) {
            list.append("Tutor v13 deploys caddy as a LoadBalancer Service: a second Classic load balancer that carries no traffic (set kubernetes_ingress_clb.caddy_load_balancer: false if your Tutor config disables it).")
        }
        if scenario.environments.contains(where: { $0.has(.mongodb) }) {
            list.append("DocumentDB storage, I/O and backup are billed once per cluster (not per instance).")
        }
        return list + teardown(scenario)
    }

    /// What the teardown settings add (Scenarios/safe-teardown.yaml), and what they keep
    /// after a destroy, which is not a running cost and so not in the total.
    private static func teardown(_ scenario: Scenario) -> [String] {
        let environments = scenario.environments
        var list: [String] = []
        if environments.contains(where: { $0.kubernetesSecrets.passwords == .external }) {
            list.append("passwords: external: each Secrets Manager secret the environment reads is priced per month; its API calls (Terraform's data sources read them on every plan and apply) depend on usage.")
        }
        if environments.contains(where: { $0.storage.backupVault != nil }) {
            list.append("AWS Backup for S3 holds one warm copy of the storage bucket's current objects (s3_storage_gb). Not priced, for want of a usage figure: noncurrent versions kept by versioning: true (in the bucket and in the backup), the changes kept for the 35-day restore window, the other buckets, and the GET/LIST requests and EventBridge events the backup makes.")
        }
        if environments.contains(where: { $0.tutor.volumeBackups == .snapshotBeforeDestroy }) {
            list.append("Tutor's volumes are snapshotted before a destroy: one EBS snapshot kept per volume, priced at the volume's full size (the first snapshot of a volume is full; later ones are incremental and store only changed blocks).")
        }
        let keepsData = environments.contains { e in
            !e.mysql.skipFinalSnapshot || !e.mysql.deleteAutomatedBackups || !e.mongodb.skipFinalSnapshot
                || e.redis.finalSnapshotIdentifier != nil
        }
        if keepsData {
            list.append("Final snapshots and automated backups kept after a destroy (delete_automated_backups: false) are billed at the RDS, DocumentDB and ElastiCache backup rates only once the environment is gone: not in this total. A snapshot still kept after the recreate is backup storage: count it in rds_backup_gb, docdb_backup_gb or redis_snapshot_gb.")
        }
        return list
    }
}
