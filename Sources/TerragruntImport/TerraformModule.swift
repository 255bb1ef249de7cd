import Diagnostics
import Foundation
import HCL

/// The `.tf` files of one Terraform module folder, parsed: what a unit's `terraform { source }`
/// runs. Resources, data sources and `module` calls are kept as blocks; the settings readers
/// evaluate their arguments in a `ModuleScope`.
struct TerraformModule {
    var directory: String
    var variables: [String: VariableDefault] = [:]
    /// Variable blocks by name, for where an unset variable without a default is declared.
    var variableBlocks: [String: SourceLocation] = [:]
    var locals: [Attribute] = []
    /// `resource "type" "name"` blocks, in file order.
    var resources: [Block] = []
    /// `data "type" "name"` blocks, in file order.
    var data: [Block] = []
    /// `module "name"` blocks, in file order.
    var modules: [Block] = []
    /// `provider` blocks (the kubernetes and helm providers read the cluster by name, H16).
    var providers: [Block] = []

    /// Reads every `*.tf` file of `directory` (sorted, as Terraform does not care about order).
    /// A syntax error is the user's to fix and stops the import with its place.
    static func read(directory: String) throws -> TerraformModule? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return nil }
        let files = names.filter { $0.hasSuffix(".tf") && !$0.hasPrefix(".") }.sorted()
        guard !files.isEmpty else { return nil }
        var module = TerraformModule(directory: directory)
        for name in files {
            let path = directory + "/" + name
            guard let text = try SourceFile.read(path) else { throw ImportError.unreadable(path: path) }
            let body = try Parser.parse(text, file: path)
            for variable in body.variableDefaults() { module.variables[variable.name] = variable }
            for block in body.blocks("variable") { if let name = block.labels.first { module.variableBlocks[name] = block.location } }
            module.locals += body.blocks("locals").flatMap(\.body.attributes)
            module.resources += body.blocks("resource").filter { $0.labels.count == 2 }
            module.data += body.blocks("data").filter { $0.labels.count == 2 }
            module.modules += body.blocks("module").filter { !$0.labels.isEmpty }
            module.providers += body.blocks("provider")
        }
        return module
    }

    func resources(_ type: String) -> [Block] { resources.filter { $0.labels[0] == type } }

    /// `module` blocks whose (registry) source contains `fragment`, e.g. `terraform-aws-modules/rds/`.
    func modules(sourcing fragment: String) -> [Block] {
        modules.filter { block in
            guard let source = block.body.attribute("source"), case .some(let text) = Self.literal(source.value) else { return false }
            return text.contains(fragment)
        }
    }

    /// A string written as a literal (`"text"`), as module sources must be.
    static func literal(_ expression: Expr) -> String? {
        switch expression.kind {
        case .literal(.string(let text)): return text
        case .template(let parts):
            guard parts.count == 1, case .literal(let text) = parts[0] else { return parts.isEmpty ? "" : nil }
            return text
        default: return nil
        }
    }
}
