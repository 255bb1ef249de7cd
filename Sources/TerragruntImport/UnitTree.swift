import Diagnostics
import Foundation
import HCL

/// The Terragrunt units found under PATH, grouped into scopes (cookiecutter-backend.md §1, §5):
/// `terraform/environments/<env>/<module>` units form the scope `<env>`; HEAD's
/// `terraform/stacks/<id>/<module>` units form the shared stack.
struct UnitTree {
    struct Unit {
        /// The module folder's name, which is the unit's name in Terragrunt's output.
        var name: String
        /// Absolute folder of the unit (for a stack's unit, where `stack generate` puts it).
        var directory: String
        /// Its terragrunt.hcl (a stack's unit: the one in its source folder).
        var file: String
        /// A stack's unit: its `values`, and the terragrunt.stack.hcl that makes it.
        var values: Value?
        var stack: String?

        init(name: String, directory: String, file: String? = nil, values: Value? = nil, stack: String? = nil) {
            self.name = name
            self.directory = directory
            self.file = file ?? directory + "/terragrunt.hcl"
            self.values = values
            self.stack = stack
        }
    }

    struct Scope {
        /// The environment's folder name, or the stack id for the shared stack.
        var name: String
        var directory: String
        var isStack: Bool
        var units: [Unit]
    }

    /// Absolute PATH as given.
    var root: String
    var scopes: [Scope]
    /// What the stack files generate that cannot be read offline.
    var warnings: [ImportWarning] = []

    var layout: TreeLayout { scopes.contains(where: \.isStack) ? .sharedStack : .perEnvironment }
    var allUnits: [Unit] { scopes.flatMap(\.units) }

    /// Walks PATH for `terragrunt.hcl` files. One with another `terragrunt.hcl` below it is an
    /// include-only root (`terraform/terragrunt.hcl`, `terraform/environments/terragrunt.hcl`),
    /// as are files in folders Terragrunt never runs (`.terragrunt-cache`, `.terraform`, hidden).
    static func discover(root: String) throws -> UnitTree {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ImportError.notADirectory(path: root)
        }
        var found: [String] = []
        var stackFiles: [String] = []
        collect(root, into: &found, stacks: &stackFiles, depth: 0)
        // Each terragrunt.stack.hcl is a scope of its own: the units it generates, named after its folder.
        // A stack file that another one reads through a `stack` block is a template (its `values`
        // come from there): only the others are scopes. Their errors wait until that is known.
        let read = stackFiles.map { file in
            Result { () throws -> StackFile.Generated in
                var own = StackFile.Generated()
                try StackFile.units(of: file, into: &own)
                return own
            }
        }
        let nested = Set(read.compactMap { try? $0.get() }.flatMap(\.nested))
        var stacks: [Scope] = []
        var generated = StackFile.Generated()
        for (file, result) in zip(stackFiles, read) where !nested.contains(file) {
            let own = try result.get()
            generated.warnings += own.warnings
            generated.units += own.units
            let directory = Paths.directory(of: file)
            stacks.append(Scope(name: (directory as NSString).lastPathComponent, directory: directory, isStack: false,
                                units: own.units.sorted { $0.name < $1.name }))
        }
        // The folders stack units come from are templates, not units of their own; so is, in a
        // tree with stacks, any terragrunt.hcl that reads `values` (a template no stack here reads).
        let sources = Set(generated.units.map { Paths.directory(of: $0.file) })
        var templates: [String] = []
        if !stackFiles.isEmpty {
            for file in found where !sources.contains(Paths.directory(of: file)) {
                guard let text = try? SourceFile.read(file), text.contains("values.") else { continue }
                templates.append(Paths.directory(of: file))
                generated.warnings.append(ImportWarning(location: SourceLocation(file: file, line: 1, column: 1), message:
                    "reads values but no terragrunt.stack.hcl here generates it from a local source: a stack's unit template, not read"))
            }
        }
        let directories = Set(found.map { Paths.directory(of: $0) }).subtracting(sources).subtracting(templates)
        let units = directories.filter { directory in
            !directories.contains { $0 != directory && $0.hasPrefix(directory + "/") }
        }
        var byScope: [String: [Unit]] = [:]
        for directory in units {
            byScope[Paths.directory(of: directory), default: []].append(
                Unit(name: (directory as NSString).lastPathComponent, directory: directory))
        }
        let scopes = byScope.keys.sorted().map { directory in
            Scope(name: (directory as NSString).lastPathComponent, directory: directory,
                  isStack: directory.split(separator: "/").contains("stacks"),
                  units: (byScope[directory] ?? []).sorted { $0.name < $1.name })
        }
        return UnitTree(root: root, scopes: scopes + stacks.filter { !$0.units.isEmpty }, warnings: generated.warnings)
    }

    private static let skipped: Set<String> = [".terragrunt-cache", ".terraform", "node_modules"]

    private static func collect(_ directory: String, into found: inout [String], stacks: inout [String], depth: Int) {
        guard depth < 12, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names.sorted() where !name.hasPrefix(".") && !skipped.contains(name) {
            let path = directory + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                collect(path, into: &found, stacks: &stacks, depth: depth + 1)
            } else if name == "terragrunt.hcl" {
                found.append(path)
            } else if name == StackFile.name {
                stacks.append(path)
            }
        }
    }

    /// The unit whose folder is `directory`, with its scope.
    func unit(at directory: String) -> (scope: Scope, unit: Unit)? {
        for scope in scopes {
            if let unit = scope.units.first(where: { $0.directory == directory }) { return (scope, unit) }
        }
        return nil
    }

    /// The folder holding `terraform/` (the repository) or the nearest folder named
    /// `terraform` at or above PATH: where `modules/<name>` copies of remote sources are looked for.
    var terraformDirectory: String {
        if FileManager.default.fileExists(atPath: root + "/terraform") { return root + "/terraform" }
        var directory = root
        while directory != "/" && directory != "." {
            if (directory as NSString).lastPathComponent == "terraform" { return directory }
            directory = Paths.directory(of: directory)
        }
        return root
    }
}
