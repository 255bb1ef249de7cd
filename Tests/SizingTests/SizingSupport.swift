import Catalog
import Foundation
import Scenario
@testable import Sizing

/// The real catalog (built once from Catalog/ into a temporary file) and inline scenarios.
enum SizingSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let shared: Result<Catalog, Error> = Result {
        let source = try CatalogSource.find(from: repository)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-sizing-tests-\(UUID().uuidString).sqlite")
        try CatalogBuilder.build(source, to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try CatalogStore.read(file)
    }

    static func catalog() throws -> Catalog { try shared.get() }

    /// The cookiecutter defaults (t3.large x1 in 1..max, db.t2.small, db.t3.medium, cache.t2.small).
    static func scenario(learners: Int = 5000, peak: Int = 250, maxNodes: Int = 2, load extra: String = "") throws -> Scenario {
        try ScenarioLoader.load(text: """
            name: sizing
            platform: { name: yourschool, root_domain: yourschool.edu, aws_region: us-east-1, account_id: "123456789012" }
            environments:
              prod:
                modules: [vpc, kubernetes, kubernetes_ingress_clb, kubernetes_secrets, mysql, mongodb, redis, s3_openedx_storage]
                kubernetes:
                  node_groups: [{ name: default, instance_type: t3.large, min: 1, max: \(maxNodes), desired: 1, disk_gb: 20 }]
                mysql: { instance_class: db.t2.small, allocated_storage_gb: 10 }
                mongodb: { instance_class: db.t3.medium, instances: 1 }
                redis: { node_type: cache.t2.small, cache_clusters: 1 }
                load: { registered_learners: \(learners), peak_concurrent_users: \(peak)\(extra) }
            """, file: "sizing.yaml")
    }

    static func size(learners: Int = 5000, peak: Int = 250, maxNodes: Int = 2, catalog: Catalog? = nil,
                     overrides: [String: Double] = [:]) throws -> SizingReport {
        try Sizer.size(try scenario(learners: learners, peak: peak, maxNodes: maxNodes), environment: "prod",
                       catalog: try catalog ?? self.catalog(), overrides: overrides)
    }
}
