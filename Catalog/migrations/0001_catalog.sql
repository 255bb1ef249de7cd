-- Migration 0001: the catalog's first schema. Never edit a migration that has landed;
-- add 0002_*.sql instead (the builder registers every file here, in name order, as a
-- GRDB migration).

-- AWS regions and the "location" name the Price List API uses for them.
CREATE TABLE regions (
    code        TEXT PRIMARY KEY,            -- us-east-1
    location    TEXT NOT NULL,               -- US East (N. Virginia)
    source      TEXT NOT NULL
);

-- Instance types of EC2, RDS, DocumentDB and ElastiCache.
CREATE TABLE instance_types (
    service             TEXT NOT NULL CHECK (service IN ('ec2', 'rds', 'docdb', 'elasticache')),
    type                TEXT NOT NULL,       -- t3.large, db.t3.medium, cache.t2.small
    vcpu                INTEGER NOT NULL CHECK (vcpu > 0),
    memory_gib          REAL NOT NULL CHECK (memory_gib > 0),
    burstable           INTEGER NOT NULL CHECK (burstable IN (0, 1)),
    baseline_pct        REAL,                -- per-vCPU baseline of a burstable type, NULL otherwise
    credits_per_hour    REAL,                -- CPU credits earned per hour (burstable only)
    architecture        TEXT NOT NULL CHECK (architecture IN ('x86_64', 'arm64')),
    max_enis            INTEGER,             -- EC2 only
    ipv4_per_eni        INTEGER,             -- EC2 only
    source              TEXT NOT NULL,
    as_of               TEXT NOT NULL,       -- YYYY-MM-DD
    PRIMARY KEY (service, type)
);

-- One list price. A price is found by its key: service, region, product family and the
-- product attributes; unused attributes are '' so the key stays a plain equality.
-- Tiered prices have one row per tier; tier_start is where the tier begins, in `unit`s.
CREATE TABLE prices (
    id                  INTEGER PRIMARY KEY,
    service             TEXT NOT NULL,       -- ec2 | ebs | eks | vpc | elb | data_transfer | rds | docdb
                                             -- | elasticache | s3 | cloudfront | route53 | cloudwatch | kms | ecr | acm
    region              TEXT NOT NULL,       -- us-east-1, or 'global' for CloudFront / Route53
    product_family      TEXT NOT NULL,       -- compute | storage | iops | throughput | cpu_credits | backup | io
                                             -- | extended_support | control_plane | nat_gateway | load_balancer
                                             -- | lcu | public_ipv4 | data_transfer | requests | hosted_zone
                                             -- | queries | logs_ingest | logs_storage | key | certificate
    instance_type       TEXT NOT NULL DEFAULT '',
    engine              TEXT NOT NULL DEFAULT '',   -- mysql | docdb | redis
    deployment          TEXT NOT NULL DEFAULT '',   -- single-az | multi-az
    operating_system    TEXT NOT NULL DEFAULT '',   -- linux
    usage_type          TEXT NOT NULL DEFAULT '',   -- gp2, gp3, classic, hours, data_processed, to-internet, us ...
    term                TEXT NOT NULL DEFAULT 'on-demand'
                        CHECK (term IN ('on-demand', '1yr-no-upfront', '3yr-no-upfront')),
    tier_start          REAL NOT NULL DEFAULT 0 CHECK (tier_start >= 0),
    unit                TEXT NOT NULL,       -- hour | GB-month | GB | IOPS-month | MiBps-month | vCPU-hour
                                             -- | 1K requests | 10K requests | 1M requests | 1M queries | month
    usd_per_unit        TEXT NOT NULL,       -- exact decimal as text: '0.0832'
    description         TEXT NOT NULL DEFAULT '',
    source              TEXT NOT NULL CHECK (source <> ''),
    as_of               TEXT NOT NULL,       -- YYYY-MM-DD
    UNIQUE (service, region, product_family, instance_type, engine, deployment, operating_system,
            usage_type, term, tier_start)
);
CREATE INDEX prices_lookup ON prices (service, region, product_family, instance_type);

-- Allowances AWS gives every account each month before it bills (CloudFront's always-free tier).
CREATE TABLE free_allowances (
    service         TEXT NOT NULL,
    product_family  TEXT NOT NULL,
    usage_type      TEXT NOT NULL DEFAULT '',
    quantity        REAL NOT NULL CHECK (quantity >= 0),
    unit            TEXT NOT NULL,
    description     TEXT NOT NULL,
    source          TEXT NOT NULL,
    as_of           TEXT NOT NULL,
    PRIMARY KEY (service, product_family, usage_type)
);

-- How long Terraform takes on a resource type, in minutes (terraform-semantics.md section 4).
-- typical_* is what a run usually takes; max_* is the provider's default timeout.
CREATE TABLE resource_durations (
    resource_type   TEXT PRIMARY KEY,        -- aws_db_instance
    create_typical  REAL NOT NULL,
    create_max      REAL NOT NULL,
    update_typical  REAL NOT NULL,
    update_max      REAL NOT NULL,
    delete_typical  REAL NOT NULL,
    delete_max      REAL NOT NULL,
    source          TEXT NOT NULL
);

-- AWS default service quotas (terraform-semantics.md section 5).
CREATE TABLE service_quotas (
    code            TEXT PRIMARY KEY,        -- L-0263D0A3, or service/slug where AWS has no code
    service         TEXT NOT NULL,
    name            TEXT NOT NULL,
    default_value   INTEGER NOT NULL,
    scope           TEXT NOT NULL CHECK (scope IN ('region', 'account', 'availability-zone', 'vpc', 'cluster', 'resource')),
    adjustable      INTEGER NOT NULL CHECK (adjustable IN (0, 1)),
    source          TEXT NOT NULL
);

-- Support calendars that change prices with the date: EKS extended support and RDS
-- Extended Support. The cost engine compares them with the catalog's as_of date (not the
-- clock), so the same catalog always gives the same numbers.
CREATE TABLE version_support (
    service                 TEXT NOT NULL,   -- eks | rds
    engine                  TEXT NOT NULL DEFAULT '',  -- mysql for rds
    version                 TEXT NOT NULL,   -- 1.29, 5.7, 8.0
    standard_support_end    TEXT NOT NULL,   -- last day of standard support, YYYY-MM-DD
    extended_year3_start    TEXT,            -- RDS: first day billed at the year-3 rate
    extended_support_end    TEXT,            -- last day of extended support, NULL if none
    source                  TEXT NOT NULL,
    PRIMARY KEY (service, engine, version)
);

-- Free-form facts about the catalog itself (as_of, currency).
CREATE TABLE catalog_meta (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);
