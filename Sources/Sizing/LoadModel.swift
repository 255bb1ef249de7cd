import Foundation
import Scenario

/// Pods of one kind: what the scheduler sees (requests) and how many.
public struct PodGroup: Sendable, Equatable {
    public var name: String
    public var replicas: Int
    public var cpu: Double
    public var memoryMiB: Double
}

/// What the load asks of the cluster and the stores, for one Celery concurrency (which Tutor
/// ties to the node's vCPU count, so it depends on the node type being tried).
public struct Workload: Sendable, Equatable {
    public var learners: Int
    public var peakUsers: Int
    public var lmsRPS: Double
    public var cmsRPS: Double
    public var lmsProcesses: Int
    public var cmsProcesses: Int
    public var tasksPerMinute: Double
    public var celeryConcurrency: Int
    public var celeryProcesses: Int
    /// Application pods (Tutor's deployments); DaemonSets are per node and counted by the packer.
    public var pods: [PodGroup]
    /// vCPU busy at peak: web and Celery processes on CPU, plus the cluster pods' requests.
    public var peakCPU: Double

    public var uwsgiProcesses: Int { lmsProcesses + cmsProcesses }
    public var totalRPS: Double { lmsRPS + cmsRPS }
}

/// Learners -> requests -> processes -> pods (sizing.md §1-2).
public struct LoadModel: Sendable {
    public let learners: Int
    public let peakUsers: Int
    public let assumptions: SizingAssumptions
    /// Which in-cluster stores Tutor runs because the managed one is not in the environment.
    public let inClusterStores: [String]
    /// The environments one shared cluster carries (layout: shared-stack), each with its own
    /// load; empty for one environment's own cluster.
    public let tenants: [Tenant]

    public struct Tenant: Sendable {
        public var environment: String
        public var model: LoadModel
        public init(environment: String, model: LoadModel) { self.environment = environment; self.model = model }
    }

    public init(learners: Int, peakUsers: Int, assumptions: SizingAssumptions, inClusterStores: [String] = []) {
        self.learners = learners
        self.peakUsers = peakUsers
        self.assumptions = assumptions
        self.inClusterStores = inClusterStores
        tenants = []
    }

    /// Several environments on one cluster: learners and peak users add up, and so do their workloads.
    public init(tenants: [Tenant], assumptions: SizingAssumptions) {
        learners = tenants.reduce(0) { $0 + $1.model.learners }
        peakUsers = tenants.reduce(0) { $0 + $1.model.peakUsers }
        self.assumptions = assumptions
        inClusterStores = []
        self.tenants = tenants
    }

    public func workload(nodeVCPU: Int) -> Workload {
        if !tenants.isEmpty {
            return Workload.combined(tenants.map { ($0.environment, $0.model.workload(nodeVCPU: nodeVCPU)) })
        }
        let a = assumptions
        let rps = Double(peakUsers) * a["requests_per_user_per_minute"] / 60
        let studio = min(max(a["studio_share"], 0), 1)
        let lmsRPS = rps * (1 - studio), cmsRPS = rps * studio
        let perPod = max(1, Int(a["uwsgi_workers_per_pod"].rounded()))
        // Little's law: busy processes = arrival rate x service time, kept at the target utilization.
        func processes(_ rate: Double) -> Int { Self.ceil(rate * a["service_time_seconds"] / a["target_utilization"]) }
        let minPods = max(1, Int(a["min_web_replicas"].rounded()))
        let lmsPods = max(minPods, Self.ceil(Double(processes(lmsRPS)) / Double(perPod)))
        let cmsPods = max(minPods, Self.ceil(Double(processes(cmsRPS)) / Double(perPod)))
        let webMemory = max(a["web_pod_memory_request_mib"], Double(perPod) * a["uwsgi_worker_memory_mib"])
        let webCPU = Double(perPod) * a["uwsgi_worker_cpu"]

        let tasks = a.backgroundTasksPerMinute ?? Double(peakUsers) * a["background_tasks_per_user_per_minute"]
        let configured = Int(a["celery_concurrency"].rounded())
        let concurrency = max(1, configured > 0 ? configured : nodeVCPU)
        let perProcess = 60 / max(a["celery_task_seconds"], 0.001) * a["target_utilization"]
        func workers(_ share: Double) -> Int { max(1, Self.ceil(tasks * share / perProcess / Double(concurrency))) }
        let lmsWorkers = workers(1 - studio), cmsWorkers = workers(studio)
        let workerMemory = a["celery_base_memory_mib"] + Double(concurrency - 1) * a["celery_process_memory_mib"]

        var pods = [
            PodGroup(name: "lms", replicas: lmsPods, cpu: webCPU, memoryMiB: webMemory),
            PodGroup(name: "cms", replicas: cmsPods, cpu: webCPU, memoryMiB: webMemory),
            PodGroup(name: "lms-worker", replicas: lmsWorkers, cpu: a["celery_worker_cpu"], memoryMiB: workerMemory),
            PodGroup(name: "cms-worker", replicas: cmsWorkers, cpu: a["celery_worker_cpu"], memoryMiB: workerMemory),
            PodGroup(name: "caddy", replicas: 1, cpu: a["caddy_cpu"], memoryMiB: a["caddy_memory_mib"]),
            PodGroup(name: "mfe", replicas: 1, cpu: a["mfe_cpu"], memoryMiB: a["mfe_memory_mib"]),
            PodGroup(name: "meilisearch", replicas: 1, cpu: a["meilisearch_cpu"], memoryMiB: a["meilisearch_memory_mib"]),
            PodGroup(name: "smtp", replicas: 1, cpu: a["caddy_cpu"], memoryMiB: a["smtp_memory_mib"]),
            PodGroup(name: "coredns", replicas: max(0, Int(a["coredns_replicas"].rounded())), cpu: a["coredns_cpu"],
                     memoryMiB: a["coredns_memory_mib"]),
        ]
        for store in inClusterStores {
            pods.append(PodGroup(name: store, replicas: 1, cpu: 0.25, memoryMiB: a["in_cluster_store_memory_mib"]))
        }
        let busyWeb = rps * a["service_time_seconds"] * a["cpu_share_of_service_time"]
        let busyCelery = tasks * a["celery_task_seconds"] / 60 * a["cpu_share_of_service_time"]
        let others = pods.filter { !["lms", "cms", "lms-worker", "cms-worker"].contains($0.name) }
            .reduce(0) { $0 + $1.cpu * Double($1.replicas) }
        return Workload(learners: learners, peakUsers: peakUsers, lmsRPS: lmsRPS, cmsRPS: cmsRPS,
                        lmsProcesses: lmsPods * perPod, cmsProcesses: cmsPods * perPod, tasksPerMinute: tasks,
                        celeryConcurrency: concurrency, celeryProcesses: (lmsWorkers + cmsWorkers) * concurrency,
                        pods: pods, peakCPU: busyWeb + busyCelery + others)
    }

    /// A ceiling that tolerates floating-point noise (12.000000001 processes is 12), held to
    /// plus or minus a trillion: a load or an assumption past any real installation must end
    /// in "nothing fits", not trap converting to Int, and a trillion times a per-pod count
    /// (at most a million) still fits.
    static func ceil(_ value: Double) -> Int {
        guard !value.isNaN else { return countLimit }
        return Int(min(max((value - 1e-9).rounded(.up), -Double(countLimit)), Double(countLimit)))
    }

    static let countLimit = 1_000_000_000_000
}
