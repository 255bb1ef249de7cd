-- Migration 0003: services AWS does not offer in a region. A resource of such a service is
-- refused there (as AWS refuses it), and `cost` lists its components as unpriced with this
-- reason instead of a price. One row per (service, region) where the service is absent,
-- with the AWS page that lists the regions it is offered in.
CREATE TABLE service_unavailable (
    service     TEXT NOT NULL,           -- docdb
    region      TEXT NOT NULL,           -- us-west-1
    error       TEXT NOT NULL,           -- what AWS answers a create there
    source      TEXT NOT NULL,
    PRIMARY KEY (service, region)
);

-- Instance types AWS lists as previous generation: priced for installations that still run them.
CREATE TABLE previous_generation (
    service     TEXT NOT NULL,           -- ec2 | rds | elasticache
    type        TEXT NOT NULL,           -- m4.large, db.r4.large, cache.m4.large
    source      TEXT NOT NULL,
    PRIMARY KEY (service, type)
);

-- `edxplan cost` reads the prices of the scenario's regions only (and the global ones).
CREATE INDEX prices_region ON prices (region);
