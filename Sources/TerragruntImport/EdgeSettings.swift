import Diagnostics
import Foundation
import HCL

/// s3_openedx_storage and cloudfront settings (cookiecutter-backend.md §2.8, §2.9).
enum EdgeSettings {
    static func storage(_ content: ModuleContent) -> SettingsBlock {
        var block = SettingsBlock(key: "s3_openedx_storage")
        let modules = content.modules("terraform-aws-modules/s3-bucket/")
        let resources = content.resources("aws_s3_bucket")
        let buckets = modules + resources
        guard let first = buckets.first else { return block }
        if buckets.count > 3 {
            block.warn(first.block.location, "\(buckets.count) buckets; the scenario models at most 3 (storage, backup, secrets): 3 written")
        }
        block.add("buckets", Sourced(value: .number(Decimal(min(buckets.count, 3))), location: first.block.location), .int, range: 1...3)
        // Any bucket that empties itself on destroy makes the data loss real (H-data-loss, §6).
        let forced = buckets.compactMap { $0.scope.argument($0.block.body, "force_destroy") }
        block.add("force_destroy", forced.first { $0.value == .bool(true) || $0.value == .string("true") } ?? forced.first, .bool)
        block.addDefault("force_destroy", .bool(false), at: first.block.location, because: "not set: s3 default false")
        block.add("versioning", versioning(modules, content), .bool)
        block.addDefault("versioning", .bool(false), at: first.block.location, because: "no versioning configured")
        block.add("public_read", publicRead(modules, content), .bool)
        return block
    }

    /// `versioning = { enabled = true }` on the s3-bucket module, or an `aws_s3_bucket_versioning`
    /// with status Enabled.
    static func versioning(_ modules: [(block: Block, scope: ModuleScope)], _ content: ModuleContent) -> Sourced<Value>? {
        for (module, scope) in modules {
            guard let attribute = module.body.attribute("versioning") else { continue }
            let written = scope.resolveLocal(attribute.value)
            if let enabled = ObjectLiteral.field(written, "enabled") ?? ObjectLiteral.field(written, "status") {
                let value = scope.evaluate(enabled)
                let on = value == .bool(true) || value == .string("true") || value == .string("Enabled")
                return Sourced(value: value.isUnknown ? .unknown : .bool(on), location: scope.trace(enabled))
            }
        }
        for (resource, scope) in content.resources("aws_s3_bucket_versioning") {
            guard let configuration = resource.body.blocks("versioning_configuration").first,
                  let status = scope.argument(configuration.body, "status") else { continue }
            return Sourced(value: status.value.isUnknown ? .unknown : .bool(status.value == .string("Enabled")), location: status.location)
        }
        return nil
    }

    /// The bucket is public when a policy attached to it grants `Principal: "*"` (§2.8). The
    /// policy is read as JSON text when it evaluates offline (a heredoc or `jsonencode`).
    static func publicRead(_ modules: [(block: Block, scope: ModuleScope)], _ content: ModuleContent) -> Sourced<Value>? {
        var policies: [(Expr, ModuleScope)] = []
        for (module, scope) in modules where scope.argument(module.body, "attach_policy")?.value == .bool(true) {
            if let policy = module.body.attribute("policy") { policies.append((policy.value, scope)) }
        }
        for (resource, scope) in content.resources("aws_s3_bucket_policy") {
            if let policy = resource.body.attribute("policy") { policies.append((policy.value, scope)) }
        }
        guard !policies.isEmpty else {
            let location = (modules.first?.block ?? content.resources("aws_s3_bucket").first?.block)?.location
            return location.map { Sourced(value: .bool(false), location: $0) }
        }
        for (policy, scope) in policies {
            let value = scope.evaluate(policy)
            guard let text = value.stringValue else { continue }
            let compact = text.filter { !$0.isWhitespace }
            if compact.contains("\"Principal\":\"*\"") || compact.contains("\"AWS\":\"*\"") || compact.contains("\"Principal\":{\"AWS\":\"*\"}") {
                return Sourced(value: .bool(true), location: scope.trace(policy))
            }
        }
        let (policy, scope) = policies[0]
        return Sourced(value: scope.evaluate(policy).isUnknown ? .unknown : .bool(false), location: scope.trace(policy))
    }

    static func cloudfront(_ content: ModuleContent) -> SettingsBlock {
        var block = SettingsBlock(key: "cloudfront")
        let allowed = ["PriceClass_All", "PriceClass_200", "PriceClass_100"]
        if let (module, scope) = content.modules("terraform-aws-modules/cloudfront/").first {
            block.add("price_class", scope.argument(module.body, "price_class"), .string, allowed: allowed)
        } else if let (distribution, scope) = content.resources("aws_cloudfront_distribution").first {
            block.add("price_class", scope.argument(distribution.body, "price_class"), .string, allowed: allowed)
        }
        // H13: the lookup CloudFront's certificate comes from; without most_recent it refuses to
        // choose between two certificates for the domain.
        if let (lookup, scope) = content.data("aws_acm_certificate").first {
            if let mostRecent = scope.argument(lookup.body, "most_recent") {
                block.add("certificate_most_recent", mostRecent, .bool)
            } else {
                block.addDefault("certificate_most_recent", .bool(false), at: lookup.location, because: "not set: aws provider default")
            }
        }
        return block
    }
}
