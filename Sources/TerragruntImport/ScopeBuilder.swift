import Diagnostics
import Foundation
import HCL
import Scenario

/// Turns the read tree into the scenario's scopes: names and platform from global.hcl/env.hcl
/// (cookiecutter-backend.md §1, §5), each scope's modeled units, their graph and settings.
enum ScopeBuilder {
    /// What the shared stack may hold in a scenario (Scenario's `shared:` block).
    static let stackModules: [ModuleName] = [.vpc, .kubernetes, .mysql, .ec2Bastion]

    static func scenario(tree: UnitTree, configs: [String: UnitConfig], contents: [String: ModuleContent], graph: UnitGraph,
                         index: LocalsIndex, top: String, warnings: inout [ImportWarning]) throws -> ImportedScenario {
        let stacks = tree.scopes.filter(\.isStack)
        if stacks.count > 1 {
            warnings.append(ImportWarning(location: nil, message:
                "\(stacks.count) stacks (\(stacks.map(\.name).joined(separator: ", "))); the scenario models one: \(stacks[0].name) is imported"))
        }
        var scopes: [ImportedScenario.Scope] = []
        for scope in tree.scopes where !scope.isStack || scope.directory == stacks.first?.directory {
            scopes.append(try build(scope, configs: configs, contents: contents, graph: graph, index: index, top: top,
                                    warnings: &warnings))
        }
        // Platform names: the first environment's view of global.hcl / env.hcl (or the stack's).
        let reference = tree.scopes.first { !$0.isStack } ?? tree.scopes[0]
        let locals = try index.locals(from: reference.directory, top: top)
        var platform: [(key: String, value: Sourced<String>)] = []
        for (key, local) in [("name", "platform_name"), ("platform_region", "platform_region"), ("root_domain", "root_domain"),
                             ("aws_region", "aws_region"), ("account_id", "account_id")] {
            if let value = locals[local], let text = SettingsBlock.convert(value.value, .string), case .string(let string) = text {
                platform.append((key, Sourced(value: string, location: value.location)))
            }
        }
        let name = platform.first { $0.key == "name" }?.value
        return ImportedScenario(name: name, layout: stacks.isEmpty ? .perEnvironment : .sharedStack, platform: platform,
                                scopes: scopes, units: tree.allUnits.count)
    }

    static func build(_ scope: UnitTree.Scope, configs: [String: UnitConfig], contents: [String: ModuleContent],
                      graph: UnitGraph, index: LocalsIndex, top: String, warnings: inout [ImportWarning]) throws -> ImportedScenario.Scope {
        let allowed = scope.isStack ? stackModules : ModuleName.allCases
        var units: [(module: ModuleName, file: String)] = []
        for unit in scope.units {
            if let module = ModuleName(rawValue: unit.name), allowed.contains(module) {
                units.append((module, unit.file))
            } else {
                warnings.append(ImportWarning(location: unit.location, message:
                    "unit \(unit.name) is not a module edxplan models"
                    + (scope.isStack ? " in a shared stack (\(allowed.map(\.rawValue).joined(separator: ", ")))" : "")
                    + "; left out, its dependents still wait for its dependencies"))
            }
        }
        units.sort { $0.module < $1.module }
        let names = Set(units.map(\.module.rawValue))
        var dependencies = graph.scopeEdges(scope.name, units: names)
        for (unit, needs) in dependencies {
            dependencies[unit] = needs.filter { need in ModuleName(rawValue: need).map(allowed.contains) ?? false }
        }
        var locations: [String: SourceLocation] = [:]
        var crossRoot: [String: [String]] = [:]
        for unit in scope.units where names.contains(unit.name) {
            let id = UnitGraph.id(scope.name, unit.name)
            locations[unit.name] = configs[id]?.dependencies.first?.location
            crossRoot[unit.name] = (graph.dependencies[id] ?? []).filter { !$0.hasPrefix(scope.name + "/") }
        }
        let cycle = UnitGraph.cycle(dependencies)
        var settings: [SettingsBlock] = []
        for (module, _) in units {
            guard let content = contents[UnitGraph.id(scope.name, module.rawValue)] else { continue }
            if let block = read(module, content) {
                warnings += block.warnings
                settings.append(block)
            }
        }
        // Scenario environment names are lower-case letters, digits and '-'.
        let name = scope.isStack ? "shared" : scope.name.lowercased().replacingOccurrences(of: "_", with: "-")
        if !scope.isStack && name != scope.name {
            warnings.append(ImportWarning(location: nil, message: "environment folder \(scope.name) is named \(name) in the scenario"))
        }
        return ImportedScenario.Scope(
            name: name, directory: scope.directory, isStack: scope.isStack,
            subdomain: scope.isStack ? nil : try subdomain(index.locals(from: scope.directory, top: top)),
            units: units, dependencies: dependencies, dependencyLocations: locations, crossRoot: crossRoot,
            waves: cycle == nil ? UnitGraph.waves(dependencies) : nil, cycle: cycle, settings: settings)
    }

    static func read(_ module: ModuleName, _ content: ModuleContent) -> SettingsBlock? {
        switch module {
        case .vpc: NetworkSettings.vpc(content)
        case .kubernetes: KubernetesSettings.read(content)
        case .ec2Bastion: NetworkSettings.bastion(content)
        case .mysql: DataStoreSettings.mysql(content)
        case .mongodb: DataStoreSettings.mongodb(content)
        case .redis: DataStoreSettings.redis(content)
        case .s3OpenedxStorage: EdgeSettings.storage(content)
        case .cloudfront: EdgeSettings.cloudfront(content)
        case .kubernetesIngressCLB: CertManagerValues.read(content)
        case .acm, .kubernetesSecrets: nil
        }
    }

    /// env.hcl's `environment_subdomain`, or `environment_domain` without the root domain
    /// (`courses.yourschool.edu` -> `courses`, §1).
    static func subdomain(_ locals: [String: Sourced<Value>]) -> Sourced<String>? {
        if let written = locals["environment_subdomain"], let text = written.value.stringValue {
            return Sourced(value: text, location: written.location)
        }
        guard let domain = locals["environment_domain"], let text = domain.value.stringValue else { return nil }
        if let root = locals["root_domain"]?.value.stringValue, text.hasSuffix("." + root) {
            return Sourced(value: String(text.dropLast(root.count + 1)), location: domain.location)
        }
        return nil
    }
}
