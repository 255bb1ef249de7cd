import Diagnostics
import HCL

/// H16 (cookiecutter-backend.md §6): a module that finds another module's resource by name
/// (`data "aws_eks_cluster"`, `data "aws_s3_bucket"`, zones, certificates, the VPC by tag)
/// works only if Terragrunt applies the creator first and destroys it last, which it does only
/// when a dependency path joins them. Warns where no such path exists.
enum ByNameCouplings {
    /// What a data source reads, and the argument that names it.
    static let readers: [String: (kind: String, key: String?)] = [
        "aws_eks_cluster": ("EKS cluster", "name"), "aws_eks_cluster_auth": ("EKS cluster", "name"),
        "aws_s3_bucket": ("S3 bucket", "bucket"), "aws_route53_zone": ("Route53 zone", "name"),
        "aws_acm_certificate": ("ACM certificate", "domain"), "aws_vpc": ("VPC", nil),
        "aws_subnets": ("VPC", nil), "aws_subnet": ("VPC", nil), "aws_subnet_ids": ("VPC", nil),
        "aws_db_instance": ("RDS instance", "db_instance_identifier"),
        "aws_elasticache_replication_group": ("ElastiCache replication group", "replication_group_id"),
    ]

    /// Resources that create those things, and the argument that names them.
    static let resourceCreators: [String: (kind: String, key: String?)] = [
        "aws_eks_cluster": ("EKS cluster", "name"), "aws_s3_bucket": ("S3 bucket", "bucket"),
        "aws_route53_zone": ("Route53 zone", "name"), "aws_acm_certificate": ("ACM certificate", "domain_name"),
        "aws_vpc": ("VPC", nil), "aws_db_instance": ("RDS instance", "identifier"),
        "aws_elasticache_replication_group": ("ElastiCache replication group", "replication_group_id"),
    ]

    /// Registry modules that create them (source fragment).
    static let moduleCreators: [String: (kind: String, key: String?)] = [
        "terraform-aws-modules/eks/": ("EKS cluster", "cluster_name"), "terraform-aws-modules/s3-bucket/": ("S3 bucket", "bucket"),
        "terraform-aws-modules/acm/": ("ACM certificate", "domain_name"), "terraform-aws-modules/vpc/": ("VPC", nil),
        "terraform-aws-modules/rds/": ("RDS instance", "identifier"),
    ]

    struct Thing {
        var unit: String
        var kind: String
        /// The name when it is known offline: a reader and a creator with different known
        /// names are different things (the root zone is not the environment's zone).
        var name: String?
        var label: String
        var location: SourceLocation
    }

    static func warnings(contents: [String: ModuleContent], graph: UnitGraph, display: PathDisplay) -> [ImportWarning] {
        var created: [Thing] = []
        var read: [Thing] = []
        for (unit, content) in contents {
            for scope in content.scopes {
                for block in scope.module.resources {
                    guard let creator = resourceCreators[block.labels[0]] else { continue }
                    created.append(thing(unit, creator, block, scope, label: "\(block.labels[0]).\(block.labels[1])"))
                }
                for block in scope.module.modules {
                    guard let source = block.body.attribute("source").flatMap({ TerraformModule.literal($0.value) }),
                          let creator = moduleCreators.first(where: { source.contains($0.key) })?.value else { continue }
                    created.append(thing(unit, creator, block, scope, label: "module.\(block.labels[0])"))
                }
                for block in scope.module.data {
                    guard let reader = readers[block.labels[0]] else { continue }
                    read.append(thing(unit, reader, block, scope, label: "data \"\(block.labels[0])\" \"\(block.labels[1])\""))
                }
            }
        }
        var warnings: [ImportWarning] = []
        for reading in read.sorted(by: { ($0.unit, $0.location.file, $0.location.line) < ($1.unit, $1.location.file, $1.location.line) }) {
            let matches = created.filter { $0.kind == reading.kind && same($0.name, reading.name) }
            // The module reads what it creates itself (the kubernetes provider of §2.2).
            guard !matches.contains(where: { $0.unit == reading.unit }) else { continue }
            let creators = Dictionary(grouping: matches, by: \.unit)
            for (creator, things) in creators.sorted(by: { $0.key < $1.key }) where !graph.reaches(reading.unit, creator) {
                let first = things.sorted { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }[0]
                warnings.append(ImportWarning(location: reading.location, message:
                    "\(reading.label) in unit \(shortName(reading.unit)) reads by name the \(reading.kind) that unit "
                    + "\(shortName(creator)) creates (\(first.label), \(display.shown(first.location.file)):\(first.location.line)), "
                    + "but \(shortName(reading.unit)) has no dependency path to \(shortName(creator)): run --all may apply "
                    + "\(shortName(reading.unit)) before the \(reading.kind) exists, and destroy it while still in use (H16)"))
            }
        }
        return warnings
    }

    static func thing(_ unit: String, _ what: (kind: String, key: String?), _ block: Block, _ scope: ModuleScope,
                      label: String) -> Thing {
        var name: String?
        if let key = what.key, let attribute = block.body.attribute(key) {
            name = scope.evaluate(attribute.value).stringValue.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
        }
        return Thing(unit: unit, kind: what.kind, name: name, label: label, location: block.location)
    }

    static func same(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a.lowercased() == b.lowercased()
    }

    /// `prod/cloudfront` as `cloudfront`, a unit of another scope as `live/kubernetes`.
    static func shortName(_ id: String) -> String { id }
}
