import Diagnostics
import Foundation
import HCL
import Scenario

/// `edxplan import terragrunt PATH`: reads a Terragrunt tree of either cookiecutter layout into a
/// scenario (cookiecutter-backend.md §0-§5). Pure apart from reading files under PATH (and the
/// include and config files above it that `find_in_parent_folders` reaches).
public enum TerragruntImporter {
    /// The most units read in one tree: a cookiecutter tree of a hundred environments has 1,100.
    public static let maxUnits = 2_000

    public struct Result: Sendable {
        /// The scenario, in the repository's scenario format, with a comment on every value.
        public var yaml: String
        public var layout: TreeLayout
        /// Apply waves per scope (`shared` for the stack), as `terragrunt run --all apply` orders them;
        /// a scope with a cycle has none.
        public var waves: [String: [[String]]]
        /// Per scope, the cycle found (`a -> b -> a`), if any.
        public var cycles: [String: [String]]
        /// Sorted by file and line: what was not followed or looks wrong (H16 couplings by name).
        public var warnings: [ImportWarning]
        /// The tree's lines behind the hazards of cookiecutter-backend.md section 6, by hazard.
        public var hazardEvidence: [HazardEvidence] = []
        /// For each line of `yaml`, the place in the tree its value came from: what a check of
        /// the scenario names instead of the generated text.
        public var origins: [Int: SourceLocation] = [:]
        /// What terragrunt itself stops on, with where it is written: a dependency cycle (at the
        /// first unit's dependency block) or a dependency on a folder with no terragrunt.hcl.
        /// `edxplan import terragrunt` refuses the tree on the first.
        public var stops: [ImportWarning] = []
    }

    /// `path` as the user gave it; `workingDirectory` resolves it when relative. `environment` is
    /// what `get_env()` sees (tests pass none, for deterministic output).
    public static func run(path: String, workingDirectory: String = FileManager.default.currentDirectoryPath,
                           environment: [String: String] = [:]) throws -> Result {
        let root = Paths.join(workingDirectory, path)
        let display = PathDisplay(root: root, given: path)
        do {
            return try read(root: root, display: display, environment: environment)
        } catch let error as HCLError {
            throw display.shown(error)
        } catch let error as ImportError {
            switch error {
            case .notADirectory: throw ImportError.notADirectory(path: path)
            case .noUnits: throw ImportError.noUnits(path: path)
            case .unreadable(let file): throw ImportError.unreadable(path: display.shown(file))
            case .tooManyUnits(_, let count): throw ImportError.tooManyUnits(path: path, count: count)
            }
        }
    }

    static func read(root: String, display: PathDisplay, environment: [String: String]) throws -> Result {
        var tree = try UnitTree.discover(root: root)
        guard !tree.allUnits.isEmpty else { throw ImportError.noUnits(path: root) }
        guard tree.allUnits.count <= maxUnits else { throw ImportError.tooManyUnits(path: root, count: tree.allUnits.count) }
        let top = Paths.directory(of: tree.terraformDirectory)
        let index = LocalsIndex(environment: environment)
        var configs: [String: UnitConfig] = [:]
        // A PATH inside one root may name units of another (`../../../stacks/live/vpc`): those
        // roots are read too, a few levels at most.
        for _ in 0..<3 {
            for scope in tree.scopes {
                for unit in scope.units where configs[UnitGraph.id(scope.name, unit.name)] == nil {
                    configs[UnitGraph.id(scope.name, unit.name)] = try UnitConfig.read(unit, locals: index, top: top)
                }
            }
            let outside = Set(configs.values.flatMap(\.dependencies).map(\.directory).filter { tree.unit(at: $0) == nil
                && FileManager.default.fileExists(atPath: $0 + "/terragrunt.hcl") }.map { Paths.directory(of: $0) })
            guard !outside.isEmpty else { break }
            for directory in outside.sorted() where !tree.scopes.contains(where: { $0.directory == directory }) {
                tree.scopes += try UnitTree.discover(root: directory).scopes.filter { $0.directory == directory }
            }
        }
        var warnings: [ImportWarning] = index.warnings + tree.warnings
        var contents: [String: ModuleContent] = [:]
        for scope in tree.scopes {
            for unit in scope.units {
                let id = UnitGraph.id(scope.name, unit.name)
                guard let config = configs[id] else { continue }
                warnings += config.file.diagnostics.map { ImportWarning(location: $0.location, message: $0.message) }
                contents[id] = try ModuleReader.content(of: config, scope: scope, tree: tree, display: display, warnings: &warnings)
            }
        }
        let graph = UnitGraph(configs: configs, tree: tree, display: display)
        warnings += graph.warnings
        warnings += ByNameCouplings.warnings(contents: contents, graph: graph, display: display)
        var scenario = try ScopeBuilder.scenario(tree: tree, configs: configs, contents: contents, graph: graph,
                                                 index: index, top: top, warnings: &warnings)
        scenario.retry = RetrySettings.read(configs, warnings: &warnings)
        let shown = warnings.map { warning in
            ImportWarning(location: warning.location.map(display.shown), message: warning.message, stops: warning.stops)
        }
        let sorted = shown.filter { !$0.stops }
        var stops = graph.missing.map { ImportWarning(location: $0.location.map(display.shown), message: $0.message) }
        stops += shown.filter(\.stops).sorted { ($0.location?.file ?? "", $0.location?.line ?? 0) < ($1.location?.file ?? "", $1.location?.line ?? 0) }
        for scope in scenario.scopes {
            guard let cycle = scope.cycle, let first = cycle.first else { continue }
            stops.append(ImportWarning(location: scope.dependencyLocations[first].map(display.shown), message:
                "the units of \(scope.name) depend on each other in a cycle: " + cycle.joined(separator: " -> ")
                + "; terragrunt refuses to run them"))
        }
        let rendered = ScenarioWriter.rendered(scenario, display: display)
        let repository = (tree.terraformDirectory as NSString).lastPathComponent == "terraform"
            ? Paths.directory(of: tree.terraformDirectory) : tree.terraformDirectory
        var result = Result(yaml: rendered.text, layout: scenario.layout,
                      waves: Dictionary(uniqueKeysWithValues: scenario.scopes.compactMap { scope in scope.waves.map { (scope.name, $0) } }),
                      cycles: Dictionary(uniqueKeysWithValues: scenario.scopes.compactMap { scope in scope.cycle.map { (scope.name, $0) } }),
                      warnings: Array(Set(sorted)).sorted { ($0.location?.file ?? "", $0.location?.line ?? 0, $0.location?.column ?? 0, $0.message)
                          < ($1.location?.file ?? "", $1.location?.line ?? 0, $1.location?.column ?? 0, $1.message) })
        result.stops = stops
        result.hazardEvidence = HazardLocator.locate(repository: repository, display: display)
        result.origins = rendered.origins
        return result
    }
}
