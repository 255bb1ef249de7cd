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
        /// Absolute folder of the unit.
        var directory: String
        var file: String { directory + "/terragrunt.hcl" }
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
        collect(root, into: &found, depth: 0)
        let directories = Set(found.map { Paths.directory(of: $0) })
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
        return UnitTree(root: root, scopes: scopes)
    }

    private static let skipped: Set<String> = [".terragrunt-cache", ".terraform", "node_modules"]

    private static func collect(_ directory: String, into found: inout [String], depth: Int) {
        guard depth < 12, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names.sorted() where !name.hasPrefix(".") && !skipped.contains(name) {
            let path = directory + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                collect(path, into: &found, depth: depth + 1)
            } else if name == "terragrunt.hcl" {
                found.append(path)
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
