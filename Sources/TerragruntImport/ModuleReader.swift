import Diagnostics
import Foundation
import HCL

/// From a unit to the Terraform it runs: follows `terraform { source }` (SourceResolver), reads
/// the module's `.tf` files with the unit's inputs, and the local modules it calls.
enum ModuleReader {
    static func content(of config: UnitConfig, scope: UnitTree.Scope, tree: UnitTree, display: PathDisplay,
                        warnings: inout [ImportWarning]) throws -> ModuleContent {
        let directory: String
        let location = config.file.terraformSourceLocation ?? config.unit.location
        if let source = config.file.terraformSource {
            switch SourceResolver.resolve(source, unitDirectory: config.unit.directory,
                                          terraformDirectory: tree.terraformDirectory, isStack: scope.isStack) {
            case .local(let folder):
                directory = folder
            case .copy(let folder, let remote):
                warnings.append(ImportWarning(location: location, message:
                    "source \(remote) is remote; read the tree's copy \(display.shown(folder)) instead"))
                directory = folder
            case .notFollowed(let remote):
                warnings.append(ImportWarning(location: location, message:
                    "source \(remote) not followed: it is remote and the tree has no modules/<name> copy of it; "
                    + "\(config.unit.name)'s settings are the scenario defaults"))
                return ModuleContent(scopes: [])
            }
        } else if config.file.terraformSourceLocation != nil {
            warnings.append(ImportWarning(location: location, message:
                "the terraform source is only known after apply; \(config.unit.name)'s settings are the scenario defaults"))
            return ModuleContent(scopes: [])
        } else {
            // No source: Terragrunt runs the .tf files beside terragrunt.hcl.
            directory = config.unit.directory
        }
        guard let module = try TerraformModule.read(directory: directory) else {
            if directory != config.unit.directory || config.file.terraformSource != nil {
                warnings.append(ImportWarning(location: location, message:
                    "the source folder \(display.shown(directory)) has no .tf files; \(config.unit.name)'s settings are the scenario defaults"))
            }
            return ModuleContent(scopes: [])
        }
        let root = ModuleScope(module: module, inputs: config.inputs)
        var scopes = [root]
        var pending = [root]
        while let next = pending.popLast() {
            for (_, child) in try next.localModules() {
                scopes.append(child)
                pending.append(child)
            }
        }
        warnings += scopes.flatMap(\.warnings)
        return ModuleContent(scopes: scopes)
    }
}
