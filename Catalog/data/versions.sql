-- Version support calendars (the dates that switch a cluster or database to extended-support prices).
-- Sources:
--   EKS: Amazon EKS user guide, "Understand the Kubernetes version lifecycle on EKS" release calendar,
--        https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
--        (1.22 had no extended support; AWS upgraded such clusters automatically).
--   RDS: "Amazon RDS Extended Support" for MySQL, https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html
--        and https://aws.amazon.com/rds/mysql/pricing/ (Extended Support: year 1-2 and year 3 rates);
--        infracost internal/resources/aws/db_instance.go (MySQL 5.7 from 2024-03-01, 8.0 from 2026-08-01).
--        MySQL 5.7 Extended Support runs to 2029-06-30 (was 2027-02-28): AWS Database Blog, "Amazon RDS for MySQL
--        LTS version 9.7 is now generally available", with no change to its prices.
--   last_minor: the only minor RDS still creates once a major left standard support (user guide, extended
--        support: "the last minor version released before the RDS end of standard support date"); 5.7.44 is the
--        5.7 every unsupported 5.7 snapshot upgrades to (https://docs.amazonaws.cn/en_us/AmazonRDS/latest/UserGuide/mysql-upgrade-snapshot.upgrade-options.html).
--        Not known for 8.0 (NULL: nothing is refused).
INSERT INTO version_support (service, engine, version, standard_support_end, extended_year3_start, extended_support_end, source, last_minor) VALUES
 ('eks', '', '1.22', '2023-06-04', NULL, '2023-06-04', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html (no extended support for 1.22)', NULL),
 ('eks', '', '1.23', '2023-10-11', NULL, '2024-10-11', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', NULL),
 ('eks', '', '1.24', '2024-01-31', NULL, '2025-01-31', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', NULL),
 ('eks', '', '1.25', '2024-05-01', NULL, '2025-05-01', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', NULL),
 ('eks', '', '1.26', '2024-06-11', NULL, '2025-06-11', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', NULL),
 ('eks', '', '1.27', '2024-07-24', NULL, '2025-07-24', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', NULL),
 ('eks', '', '1.28', '2024-11-26', NULL, '2025-11-26', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', NULL),
 ('eks', '', '1.29', '2025-03-23', NULL, '2026-03-23', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', NULL),
 ('eks', '', '1.30', '2025-07-23', NULL, '2026-07-23', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', NULL),
 ('eks', '', '1.31', '2025-11-26', NULL, '2026-11-26', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', NULL),
 ('eks', '', '1.32', '2026-03-23', NULL, '2027-03-23', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', NULL),
 ('eks', '', '1.33', '2026-07-29', NULL, '2027-07-29', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', NULL),
 ('eks', '', '1.34', '2026-12-02', NULL, '2027-12-02', 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html [est: announced calendar]', NULL),
 ('rds', 'mysql', '5.7', '2024-02-29', '2026-03-01', '2029-06-30', 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html; infracost db_instance.go (MySQL 5.7 extended support from 2024-03-01); end 2029-06-30, was 2027-02-28: AWS Database Blog, "Amazon RDS for MySQL LTS version 9.7 is now generally available" (https://aws.amazon.com/blogs/database/amazon-rds-for-mysql-lts-version-9-7-is-now-generally-available/), pricing unchanged', '5.7.44'),
 ('rds', 'mysql', '8.0', '2026-07-31', '2028-08-01', '2029-07-31', 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html; infracost db_instance.go (MySQL 8.0 extended support from 2026-08-01)', NULL),
 ('rds', 'mysql', '8.4', '2029-07-31', NULL, NULL, 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html [est: LTS standard support end]', NULL);
