-- Catalog data: AWS Backup storage for Amazon S3, us-east-1.
-- Sources:
--   * https://aws.amazon.com/backup/pricing/ (Backup storage pricing, Amazon S3, warm storage, US East (N. Virginia)).
--     The page's footnotes, read in the stored copy: S3 backups are billed per GB-month on a GB-day basis; objects
--     smaller than 128 KB are billed as 128 KB; GET/LIST requests on the bucket (and EventBridge events) are billed
--     on top. The stored copy does not render the per-resource price table itself.
--   * https://cloudburn.io/blog/aws-backup-pricing (2026-02-07, figures "sourced from the official AWS Backup pricing
--     page for US East (N. Virginia)"): backup storage "$0.05/GB-month warm".
--   * https://repost.aws/knowledge-center/backup-reduce-s3-costs: a backup of a versioned bucket holds the current
--     and the earlier versions of each object and its delete markers (each billed as at least 128 KB).
-- The S3 row is UNCONFIRMED per resource type: $0.05 is the us-east-1 warm backup storage rate in the checked
-- source, which does not break it down by resource; the AWS page is cited for S3.

INSERT INTO prices (service, region, product_family, usage_type, tier_start, unit, usd_per_unit, description, source, as_of) VALUES
  ('backup', 'us-east-1', 'storage', 's3-warm', 0, 'GB-month', '0.05',
   'AWS Backup warm backup storage for Amazon S3 (recovery points of continuous and periodic backups)',
   'https://aws.amazon.com/backup/pricing/ (Backup storage pricing, Amazon S3, warm storage, us-east-1); UNCONFIRMED per resource type: the stored copy of the page does not render its price table; us-east-1 warm backup storage $0.05/GB-month in https://cloudburn.io/blog/aws-backup-pricing (2026-02-07, from the AWS page)', '2026-11-25');
