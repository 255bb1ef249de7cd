-- Catalog data: AWS commercial regions and their AWS Price List "location" names, plus catalog metadata.
-- Sources:
--   * AWS Price List API (pricing:GetProducts / bulk offer files), attribute `location`, e.g.
--     https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/index.json
--   * Region-code -> location maps in public code that queries the Price List API (github.com search,
--     e.g. AWSELB `location` filters): EU regions are named "EU (...)" in the Price List, while the
--     aws.amazon.com pricing pages display "Europe (...)".
--   * 730 hours per month, as AWS's pricing pages and infracost (schema.HourToMonthUnitMultiplier) use.

INSERT INTO regions (code, location, source) VALUES
  ('us-east-1',      'US East (N. Virginia)',     'AWS Price List API offer files, attribute location (regionCode us-east-1)'),
  ('us-east-2',      'US East (Ohio)',            'AWS Price List API offer files, attribute location (regionCode us-east-2)'),
  ('us-west-1',      'US West (N. California)',   'AWS Price List API offer files, attribute location (regionCode us-west-1)'),
  ('us-west-2',      'US West (Oregon)',          'AWS Price List API offer files, attribute location (regionCode us-west-2)'),
  ('ca-central-1',   'Canada (Central)',          'AWS Price List API offer files, attribute location (regionCode ca-central-1)'),
  ('eu-west-1',      'EU (Ireland)',              'AWS Price List API offer files, attribute location (regionCode eu-west-1); pricing pages show "Europe (Ireland)"'),
  ('eu-west-2',      'EU (London)',               'AWS Price List API offer files, attribute location (regionCode eu-west-2); pricing pages show "Europe (London)"'),
  ('eu-central-1',   'EU (Frankfurt)',            'AWS Price List API offer files, attribute location (regionCode eu-central-1); pricing pages show "Europe (Frankfurt)"'),
  ('ap-southeast-1', 'Asia Pacific (Singapore)',  'AWS Price List API offer files, attribute location (regionCode ap-southeast-1)'),
  ('ap-southeast-2', 'Asia Pacific (Sydney)',     'AWS Price List API offer files, attribute location (regionCode ap-southeast-2)'),
  ('ap-northeast-1', 'Asia Pacific (Tokyo)',      'AWS Price List API offer files, attribute location (regionCode ap-northeast-1)'),
  ('ap-south-1',     'Asia Pacific (Mumbai)',     'AWS Price List API offer files, attribute location (regionCode ap-south-1)'),
  ('sa-east-1',      'South America (Sao Paulo)', 'AWS Price List API offer files, attribute location (regionCode sa-east-1)');

INSERT INTO catalog_meta (key, value) VALUES
  ('as_of', '2026-11-25'),
  ('currency', 'USD'),
  ('hours_per_month', '730');
