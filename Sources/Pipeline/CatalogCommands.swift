import Catalog
import Diagnostics
import Foundation
import Report

/// `edxplan catalog build|info|price|instance`.
public enum CatalogCommands {
    /// Builds the named file (which may not exist yet), else the checkout's or the shipped
    /// catalog, from the checkout's source when there is one, else the one compiled in.
    public static func build(workspace: Workspace) throws -> String {
        let source = try? CatalogSource.find(from: workspace.workingDirectory)
        let text = try source?.text() ?? CatalogText.embedded
        let file: URL
        if let named = CatalogStore.named(explicit: workspace.catalogPath, environment: workspace.environment,
                                          workingDirectory: workspace.workingDirectory) {
            file = named
        } else if let source {
            file = source.defaultBuiltFile
        } else {
            file = try CatalogStore.shippedCatalog(environment: workspace.environment, workingDirectory: workspace.workingDirectory).file
        }
        let count = try CatalogBuilder.build(text, to: file)
        return "built \(file.path) (\(count) prices)\n"
    }

    public static func info(workspace: Workspace, json: Bool) throws -> String {
        let location = try workspace.catalogLocation()
        let catalog = try CatalogStore.read(location.file)
        let counts: [(String, Int)] = [
            ("regions", catalog.regions.count),
            ("instance_types", catalog.instanceTypes.values.reduce(0) { $0 + $1.count }),
            ("prices", catalog.priceRowCount),
            ("free_allowances", catalog.allowances.count),
            ("resource_durations", catalog.durations.count),
            ("service_quotas", catalog.quotas.count),
            ("version_support", catalog.versionSupport.count),
        ]
        let priced = Set(catalog.prices.keys.map(\.region)).sorted()
        if json {
            return JSONValue.object([
                ("file", .string(location.file.path)), ("file_kind", .string(location.kind.rawValue)),
                ("as_of", .string(catalog.asOf)),
                ("regions", .array(catalog.regions.keys.sorted().map { .string($0) })),
                ("priced_regions", .array(priced.map { .string($0) })),
                ("row_counts", .object(counts.map { ($0.0, .number(String($0.1))) })),
                ("sources", .number(String(catalog.priceSources.count))),
            ]).rendered()
        }
        var out = "Catalog as of \(catalog.asOf)\n"
        out += "File: \(location.file.path) (\(location.explanation))\n"
        out += "Regions: \(catalog.regions.keys.sorted().joined(separator: ", "))\n"
        out += "Regions with prices: \(priced.joined(separator: ", "))\n\nRows:\n"
        for (table, count) in counts { out += "  " + Format.pad(table, 20) + Format.pad(String(count), 6, right: true) + "\n" }
        out += "\nInstance types: " + ["ec2", "rds", "docdb", "elasticache"]
            .map { "\($0) \(catalog.instanceTypeNames(service: $0).count)" }.joined(separator: ", ") + "\n"
        out += "Distinct price sources: \(catalog.priceSources.count) (Catalog/README.md lists them)\n"
        return out
    }

    public static func price(service: String, type: String, region: String, engine: String?, deployment: String,
                             workspace: Workspace, json: Bool) throws -> String {
        let catalog = try workspace.catalog()
        let key: PriceKey
        if service == "eks" {
            // An EKS cluster has no instance type: its hourly price depends on the support tier.
            let tiers = ["standard", "extended"]
            guard tiers.contains(type) else {
                throw CatalogError.unknownInstanceType(service: "eks", type: type, suggestions: tiers)
            }
            key = PriceKey(service: "eks", region: region, productFamily: "control_plane", usageType: type)
        } else {
            _ = try catalog.instanceType(service: service, type: type)
            let defaultEngine = ["rds": "mysql", "docdb": "docdb", "elasticache": "redis"][service] ?? ""
            key = PriceKey(service: service, region: region, productFamily: "compute", instanceType: type,
                           engine: engine ?? defaultEngine, deployment: service == "rds" ? deployment : "",
                           operatingSystem: service == "ec2" ? "linux" : "")
        }
        if catalog.tiers(key).isEmpty, let absent = catalog.unavailability(service: service, region: region) {
            throw CatalogError.notOffered(service: service, region: region, error: absent.error, source: absent.source)
        }
        let row = try catalog.price(key)
        let perMonth = (Money(exactly: row.usdPerUnit) ?? .zero) * (Decimal(exactly: catalog.meta["hours_per_month"] ?? "730") ?? 730)
        if json {
            return JSONValue.object([
                ("service", .string(service)), ("type", .string(type)), ("region", .string(region)),
                ("engine", key.engine.isEmpty ? .null : .string(key.engine)),
                ("deployment", key.deployment.isEmpty ? .null : .string(key.deployment)),
                ("term", .string(row.term)), ("usd_per_hour", .number(row.usdPerUnit)),
                ("usd_per_month", .number(perMonth.plain)),
                ("price_key", .string(key.description)), ("source", .string(row.source)), ("as_of", .string(row.asOf)),
            ]).rendered()
        }
        return "\(type) (\(key.description)): $\(row.usdPerUnit) per hour, \(perMonth.formatted) per month\n"
            + "source: \(row.source) (as of \(row.asOf))\n"
    }

    public static func instance(type: String, workspace: Workspace, json: Bool) throws -> String {
        let catalog = try workspace.catalog()
        let service = type.hasPrefix("cache.") ? "elasticache"
            : type.hasPrefix("db.") ? (catalog.instanceTypes["rds"]?[type] != nil ? "rds" : "docdb") : "ec2"
        let spec = try catalog.instanceType(service: service, type: type)
        var members: [(String, JSONValue)] = [
            ("type", .string(spec.type)), ("service", .string(spec.service)), ("vcpu", .number(String(spec.vcpu))),
            ("memory_gib", .number(Format.number(spec.memoryGib))), ("architecture", .string(spec.architecture)),
            ("burstable", .bool(spec.burstable)),
            ("baseline_pct", spec.baselinePct.map { .number(Format.number($0)) } ?? .null),
            ("credits_per_hour", spec.creditsPerHour.map { .number(Format.number($0)) } ?? .null),
        ]
        if service == "ec2" {
            members += [("max_enis", spec.maxEnis.map { .number(String($0)) } ?? .null),
                        ("ipv4_per_eni", spec.ipv4PerEni.map { .number(String($0)) } ?? .null),
                        ("max_pods", spec.eksMaxPods.map { .number(String($0)) } ?? .null)]
        }
        members.append(("source", .string(spec.source)))
        if json { return JSONValue.object(members).rendered() }
        var out = "\(spec.type) (\(spec.service)): \(spec.vcpu) vCPU, \(Format.number(spec.memoryGib)) GiB, \(spec.architecture)"
        if spec.burstable, let baseline = spec.baselinePct { out += ", burstable (baseline \(Format.number(baseline))% per vCPU)" }
        out += "\n"
        if let enis = spec.maxEnis, let ips = spec.ipv4PerEni, let pods = spec.eksMaxPods {
            out += "ENIs: \(enis) x \(ips) IPv4 each; EKS max pods = \(enis) x (\(ips) - 1) + 2 = \(pods)\n"
        }
        return out + "source: \(spec.source)\n"
    }
}

extension CatalogCommands {
    /// `edxplan catalog import aws-price-list|instance-types FILE`: converts an AWS file into
    /// `Catalog/imports/*.sql` (reviewable, replaces older rows) and rebuilds the catalog.
    public static func importFile(kind name: String, file: String, workspace: Workspace) throws -> String {
        guard let kind = CatalogImport.Kind(rawValue: name) else {
            throw CatalogError.importFailed(file: file, detail: "unknown import kind '\(name)'")
        }
        guard FileManager.default.fileExists(atPath: workspace.url(file).path) else {
            throw CatalogError.importFailed(file: file, detail: "there is no such file")
        }
        let source: CatalogSource
        do {
            source = try CatalogSource.find(from: workspace.workingDirectory)
        } catch CatalogError.sourceNotFound {
            // The rows it writes are SQL for review in a checkout; an installed edxplan refreshes
            // its catalog from AWS's offer files instead.
            throw OptionError("catalog import", "catalog import writes reviewable SQL into an edxplan checkout's Catalog/imports, and \(workspace.workingDirectory.path) is not inside one",
                              hint: "run it from the checkout, or refresh the catalog in use from AWS's offer files: `edxplan catalog update --from FOLDER`")
        }
        let asOf = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC") ?? .current,
                                               formatOptions: [.withFullDate])
        let result = try CatalogImport.run(kind, file: workspace.url(file), source: source, asOf: asOf)
        let target = CatalogStore.named(explicit: workspace.catalogPath, environment: workspace.environment,
                                        workingDirectory: workspace.workingDirectory) ?? source.defaultBuiltFile
        let prices = try CatalogBuilder.build(source, to: target)
        let relative = result.written.path.replacingOccurrences(of: workspace.root.path + "/", with: "")
        return "imported \(result.rows) rows into \(relative); rebuilt \(target.lastPathComponent) (\(prices) prices)\n"
    }
}
