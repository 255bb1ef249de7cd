import Foundation
import Blueprint
import Catalog

/// A resource of a service AWS does not offer in the region (the catalog's
/// `service_unavailable`, each row citing the service's region table): DocumentDB outside its
/// regions is answered "InvalidParameterValue: Invalid DB engine" by the region's RDS API
/// (hashicorp/terraform-provider-aws issue #33763, aws_docdb_cluster in us-west-1). `apply`
/// fails the create with it, and `plan` foresees it, as it foresees AWS's other refusals.
enum RegionAvailabilityRule {
    /// The catalog's service of each resource type the rule covers.
    static let services = ["aws_docdb_cluster": "docdb", "aws_docdb_cluster_instance": "docdb"]

    static func service(of resource: Resource) -> String? { services[resource.type] }

    /// AWS's answer to creating `resource` in `region` when its service is `absent` there.
    static func failure(_ resource: Resource, absent: ServiceUnavailable, region: String) -> AWSFailure {
        let parts = absent.error.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        return AWSFailure(code: parts.first ?? absent.error, message: parts.count > 1 ? parts[1] : absent.error,
                          fix: "Amazon DocumentDB is not offered in \(region) (\(absent.source)): "
                              + "choose a region that has it, or leave the mongodb module out")
    }

    /// The refusal `plan` lists for a create of `resource`, or nil where AWS offers its service.
    static func refusal(_ resource: Resource, catalog: Catalog, region: String) -> Refusal? {
        guard let service = service(of: resource), let absent = catalog.unavailability(service: service, region: region) else { return nil }
        return Refusal(stage: .apply, hazard: "", failure: failure(resource, absent: absent, region: region))
    }
}
