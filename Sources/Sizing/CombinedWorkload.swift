import Foundation

extension Workload {
    /// Pods the cluster runs once whatever number of Open edX installations it holds
    /// (kube-system's CoreDNS); every other pod group is one installation's own (Tutor's
    /// deployments in its namespace).
    static let clusterPods: Set<String> = ["coredns"]

    /// The workloads of several environments on one cluster (the shared stack): each keeps its
    /// own Tutor deployments, named `<environment>/<pod>`, and its own requests, processes and
    /// tasks, which add up; the cluster's own pods are counted once.
    static func combined(_ parts: [(environment: String, workload: Workload)]) -> Workload {
        guard let first = parts.first?.workload else {
            return Workload(learners: 0, peakUsers: 0, lmsRPS: 0, cmsRPS: 0, lmsProcesses: 0, cmsProcesses: 0, tasksPerMinute: 0,
                            celeryConcurrency: 1, celeryProcesses: 0, pods: [], peakCPU: 0)
        }
        var total = first
        total.pods = []
        total.peakCPU = 0
        for (index, (environment, workload)) in parts.enumerated() {
            if index > 0 {
                total.learners += workload.learners
                total.peakUsers += workload.peakUsers
                total.lmsRPS += workload.lmsRPS
                total.cmsRPS += workload.cmsRPS
                total.lmsProcesses += workload.lmsProcesses
                total.cmsProcesses += workload.cmsProcesses
                total.tasksPerMinute += workload.tasksPerMinute
                total.celeryConcurrency = max(total.celeryConcurrency, workload.celeryConcurrency)
                total.celeryProcesses += workload.celeryProcesses
            }
            total.peakCPU += workload.peakCPU
            for pod in workload.pods {
                if Self.clusterPods.contains(pod.name) {
                    // Already counted with the first environment: its requests leave the peak too.
                    if index > 0 { total.peakCPU -= pod.cpu * Double(pod.replicas); continue }
                    total.pods.append(pod)
                } else {
                    var own = pod
                    own.name = "\(environment)/\(pod.name)"
                    total.pods.append(own)
                }
            }
        }
        return total
    }
}
