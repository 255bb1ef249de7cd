import Foundation

/// One sizing assumption: its default, where that default comes from, and the value in use.
/// The key is the scenario's `load:` key (and `--set KEY=VALUE`) that overrides it.
public struct Assumption: Sendable, Equatable {
    public var key: String
    public var value: Double
    public var defaultValue: Double
    public var unit: String
    public var meaning: String
    /// A `sizing.md` section, or `[est]` for an estimate nobody has published.
    public var source: String

    public var isOverridden: Bool { value != defaultValue }
}

/// Every number the capacity model uses that is not in the catalog, in one table the report
/// prints. Instance specs, max pods and prices never appear here: they come from the catalog.
enum AssumptionTable {
    // (key, default, unit, meaning, source)
    static let rows: [(String, Double, String, String, String)] = [
        ("requests_per_user_per_minute", 3, "req/min", "HTTP requests per active user per minute at peak",
         "[est] (docs/sizing.md §2: the edX load test ran ~5 rpm per simulated user; real learners pause longer)"),
        ("studio_share", 0.1, "share", "share of requests and tasks that go to Studio (CMS)", "[est]"),
        ("service_time_seconds", 0.5, "s", "mean time one uWSGI process spends on a request", "docs/sizing.md §2 [calc] 0.3-0.9 s/req"),
        ("cpu_share_of_service_time", 0.5, "share", "part of the service time spent on CPU (the rest waits on MySQL, Mongo, Redis)", "[est]"),
        ("target_utilization", 0.7, "share", "busy share of uWSGI and Celery processes at peak, so queues stay short", "[est]"),
        ("uwsgi_workers_per_pod", 2, "processes", "uWSGI processes per LMS/CMS pod (OPENEDX_*_UWSGI_WORKERS)", "docs/sizing.md §1.2 [doc]"),
        ("uwsgi_worker_memory_mib", 500, "MiB", "memory of one uWSGI process", "docs/sizing.md §1.2 [doc] \"upwards of 500 Mb\""),
        ("web_pod_memory_request_mib", 2048, "MiB", "memory request of an LMS/CMS pod in Tutor's manifest", "docs/sizing.md §1.1 [doc]"),
        ("uwsgi_worker_cpu", 0.25, "vCPU", "CPU request per uWSGI process", "docs/sizing.md §1.7 [doc] (0.5 per 2-worker pod)"),
        ("min_web_replicas", 1, "pods", "minimum LMS and CMS replicas", "docs/sizing.md §1.1 [doc]"),
        ("background_tasks_per_user_per_minute", 0.1, "tasks/min", "Celery tasks per active user per minute (or give background_tasks_per_minute)", "[est]"),
        ("celery_task_seconds", 2, "s", "mean Celery task duration", "[est]"),
        ("celery_concurrency", 0, "processes", "Celery processes per worker pod; 0 = the node's vCPU count (Tutor passes no --concurrency)", "docs/sizing.md §1.3 [doc]"),
        ("celery_base_memory_mib", 300, "MiB", "worker pod memory with one process", "docs/sizing.md §1.4 [rep] tutor#1126"),
        ("celery_process_memory_mib", 120, "MiB", "memory of each further Celery process", "docs/sizing.md §1.4 [rep] tutor#1126 (16 processes >2 GB)"),
        ("celery_worker_cpu", 0.5, "vCPU", "CPU request of a worker pod", "docs/sizing.md §1.7 [doc]"),
        ("jobs_connections", 10, "connections", "MySQL connections of jobs, shells and migrations", "docs/sizing.md §6.3 [calc] + [est]"),
        ("caddy_memory_mib", 50, "MiB", "caddy request", "docs/sizing.md §1.8 [rep]"),
        ("caddy_cpu", 0.01, "vCPU", "caddy request", "docs/sizing.md §1.8 [rep]"),
        ("mfe_memory_mib", 30, "MiB", "mfe request", "docs/sizing.md §1.8 [rep]"),
        ("mfe_cpu", 0.01, "vCPU", "mfe request", "docs/sizing.md §1.8 [rep]"),
        ("meilisearch_memory_mib", 256, "MiB", "meilisearch memory", "[est]"),
        ("meilisearch_cpu", 0.1, "vCPU", "meilisearch CPU", "[est]"),
        ("smtp_memory_mib", 32, "MiB", "smtp pod memory (RUN_SMTP defaults to true)", "[est]"),
        ("in_cluster_store_memory_mib", 512, "MiB", "memory of an in-cluster mysql/mongodb/redis pod when the managed store is not used", "[est]"),
        ("coredns_replicas", 2, "pods", "CoreDNS replicas", "docs/sizing.md §3.3 [doc]"),
        ("coredns_cpu", 0.1, "vCPU", "CoreDNS request", "docs/sizing.md §3.3 [doc]"),
        ("coredns_memory_mib", 70, "MiB", "CoreDNS request", "docs/sizing.md §3.3 [doc]"),
        ("aws_node_cpu", 0.05, "vCPU", "aws-node DaemonSet request per node", "docs/sizing.md §3.3 [doc]"),
        ("kube_proxy_cpu", 0.1, "vCPU", "kube-proxy DaemonSet request per node", "[est] (docs/sizing.md §3.3: not found)"),
        ("kube_reserved_mib_per_pod", 11, "MiB", "kube-reserved memory per max pod", "docs/sizing.md §3.2 [doc]"),
        ("kube_reserved_base_mib", 255, "MiB", "kube-reserved memory base", "docs/sizing.md §3.2 [doc]"),
        ("eviction_threshold_mib", 100, "MiB", "evictionHard memory.available", "docs/sizing.md §3.2 [doc]"),
        ("cpu_reserved_first_core_pct", 6, "%", "kube-reserved CPU of the first core", "docs/sizing.md §3.2 [doc]"),
        ("cpu_reserved_second_core_pct", 1, "%", "kube-reserved CPU of the second core", "docs/sizing.md §3.2 [doc]"),
        ("cpu_reserved_cores_3_4_pct", 0.5, "%", "kube-reserved CPU of cores 3-4", "docs/sizing.md §3.2 [doc]"),
        ("cpu_reserved_above_4_pct", 0.25, "%", "kube-reserved CPU of each core above 4", "docs/sizing.md §3.2 [doc]"),
        ("node_headroom", 0.1, "share", "share of allocatable CPU and memory kept free", "[est]"),
        ("survive_node_loss", 1, "nodes", "nodes the workload must survive losing (N+1)", "[est]"),
        ("average_to_peak_cpu", 0.35, "share", "month-average CPU as a share of peak (burstable credit check)", "[est]"),
        ("allow_arm64_nodes", 0, "flag", "1 to consider Graviton nodes (needs arm64 Open edX images)", "[est]"),
        ("rds_memory_reserve_share", 0.1, "share", "RAM RDS keeps from DBInstanceClassMemory", "docs/sizing.md §4.1 [rep] (307 seen vs 341 nominal on db.t3.medium)"),
        ("mysql_connection_divisor", 12_582_880, "bytes", "max_connections = DBInstanceClassMemory / this", "docs/sizing.md §4.1 [doc]"),
        ("connection_headroom", 0.2, "share", "spare MySQL/DocumentDB connections above the computed peak", "[est]"),
        ("mysql_cpu_seconds_per_request", 0.01, "vCPU-s", "MySQL CPU per web request", "[est]"),
        ("mysql_base_memory_mib", 512, "MiB", "MySQL working set with no learners", "[est]"),
        ("mysql_memory_mib_per_1000_learners", 100, "MiB", "MySQL working set per 1,000 registered learners", "[est] (docs/sizing.md §5: n/f)"),
        ("buffer_pool_share", 0.75, "share", "innodb_buffer_pool_size share of DBInstanceClassMemory (RDS default 3/4)", "[est]"),
        ("mysql_gb_per_1000_learners", 1, "GB", "MySQL data per 1,000 registered learners", "[est] (docs/sizing.md §5: n/f)"),
        ("storage_growth_gb_per_month", -1, "GB", "MySQL growth a month; -1 = 10% of the data a month", "[est]"),
        ("horizon_months", 12, "months", "storage must last this long", "[est]"),
        ("courses", 50, "courses", "courses (modulestore and course-structure cache)", "[est]"),
        ("docdb_base_memory_mib", 1024, "MiB", "DocumentDB working set with no courses", "[est]"),
        ("docdb_memory_mib_per_course", 20, "MiB", "modulestore working set per course", "[est] (docs/sizing.md §5)"),
        ("docdb_connections_per_gib", 250, "connections", "DocumentDB connections per GiB of instance memory", "docs/sizing.md §4.2 [doc] (serverless table)"),
        ("mongo_connections_per_process", 2, "connections", "pymongo connections per uWSGI/Celery process", "[est]"),
        ("docdb_min_instances", 1, "instances", "DocumentDB instances at least", "[est]"),
        ("session_kib", 4, "KiB", "one Django session in Redis", "[est] (docs/sizing.md §4.4: n/f)"),
        ("session_share_of_learners", 0.5, "share", "registered learners with a live session (2-week cookie)", "[est]"),
        ("cache_base_mib", 256, "MiB", "Django cache with no courses", "[est]"),
        ("cache_mib_per_course", 5, "MiB", "course-structure cache per course", "[est] (docs/sizing.md §5)"),
        ("broker_mib", 16, "MiB", "Celery broker queues", "[est]"),
        ("redis_reserved_share", 0.25, "share", "reserved-memory-percent of maxmemory", "docs/sizing.md §4.3 [doc]"),
        ("max_nodes_when_extending", 60, "nodes", "largest node count tried when nothing fits within max_size", "[est]"),
        ("failover_minutes", 2, "min", "downtime of a Multi-AZ failover or a multi-node cache change", "[est]"),
        ("pod_restart_minutes", 3, "min", "pods rescheduled and ready after their node goes", "[est]"),
    ]
}
