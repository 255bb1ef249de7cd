import Diagnostics
import Foundation
import HCL

/// `terragrunt.stack.hcl` (Terragrunt's Stacks): `unit "name" { source, path, values }` blocks
/// become units and `stack "name" { source, path, values }` blocks nested stacks, where
/// `terragrunt stack generate` puts them: `<stack folder>/.terragrunt-stack/<path>` (or
/// `<stack folder>/<path>` with `no_dot_terragrunt_stack = true`). A unit's terragrunt.hcl is
/// its source folder's, evaluated in the generated folder with `values` set, as the generated
/// copy is. Sources are local folders (relative to the stack file) offline; others are reported.
enum StackFile {
    static let name = "terragrunt.stack.hcl"

    struct Generated {
        var units: [UnitTree.Unit] = []
        var warnings: [ImportWarning] = []
        /// The stack files `stack` blocks read (templates of a parent stack, not stacks of their own).
        var nested: Set<String> = []
    }

    /// The units `file` generates, nested stacks included (a few levels at most).
    /// `base` is where the stack is generated (a nested stack's generated folder), by default the file's own folder.
    static func units(of file: String, values: Value? = nil, base: String? = nil, into generated: inout Generated, depth: Int = 0) throws {
        guard depth < 4 else {
            generated.warnings.append(ImportWarning(location: SourceLocation(file: file, line: 1, column: 1),
                                                    message: "stacks nested more than 4 deep are not read"))
            return
        }
        guard let text = try SourceFile.read(file) else { throw ImportError.unreadable(path: file) }
        let body = try Parser.parse(text, file: file)
        let directory = Paths.directory(of: file)
        var context = TerragruntContext.fileSystem(terragruntDir: directory)
        context.values = values
        let evaluator = Evaluator(context: context)
        evaluator.variables["local"] = .object(try evaluator.evaluateLocals(body.blocks("locals").flatMap(\.body.attributes)))
        for block in body.blocks where block.type == "unit" || block.type == "stack" {
            let name = block.labels.first ?? ""
            func attribute(_ key: String) throws -> Value? { try block.body.attribute(key).map { try evaluator.evaluate($0.value) } }
            guard let source = try attribute("source")?.stringValue, let path = try attribute("path")?.stringValue else {
                throw HCLError.evaluation(block.location, "\(block.type) \"\(name)\" needs source and path as strings")
            }
            let noDot = try attribute("no_dot_terragrunt_stack") == .bool(true)
            let target = Paths.join(base ?? directory, (noDot ? "" : ".terragrunt-stack/") + path)
            guard let sourceDirectory = local(source, from: directory) else {
                generated.warnings.append(ImportWarning(location: block.location, message:
                    "\(block.type) \"\(name)\": source \(source) is not a local folder; it is not read offline"))
                continue
            }
            let blockValues = try attribute("values")
            if block.type == "stack" {
                // The nested stack's units are generated below the stack's own generated folder.
                generated.nested.insert(sourceDirectory + "/" + Self.name)
                try units(of: sourceDirectory + "/" + Self.name, values: blockValues, base: target, into: &generated, depth: depth + 1)
                continue
            }
            let unitFile = sourceDirectory + "/terragrunt.hcl"
            guard FileManager.default.fileExists(atPath: unitFile) else {
                generated.warnings.append(ImportWarning(location: block.location, message:
                    "unit \"\(name)\": \(source) has no terragrunt.hcl; the unit is not read"))
                continue
            }
            generated.units.append(UnitTree.Unit(name: (path as NSString).lastPathComponent, directory: target, file: unitFile,
                                                 values: blockValues ?? .object([:]), stack: file))
        }
    }

    /// A local source as an absolute folder: `./units/vpc`, `../units/vpc`, `/abs`, or a
    /// `//` subfolder of either; nil for git, registry and HTTP sources.
    static func local(_ source: String, from directory: String) -> String? {
        guard !source.contains("::"), !source.contains("://"), !source.hasPrefix("git@"), !source.hasPrefix("github.com/") else { return nil }
        return Paths.join(directory, source.replacingOccurrences(of: "//", with: "/"))
    }
}
