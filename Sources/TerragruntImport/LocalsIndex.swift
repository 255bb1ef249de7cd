import Diagnostics
import Foundation
import HCL

/// The locals of the configuration files above a unit that are not units themselves:
/// `env.hcl`, `global.hcl`, HEAD's `stack.hcl` (cookiecutter-backend.md §1, §5). Names, the
/// platform and (at v0.0.6) the sizes live there; a value passed through an input is credited to
/// the line that wrote it.
final class LocalsIndex {
    private var files: [String: [String: Sourced<Value>]] = [:]
    let environment: [String: String]
    private(set) var warnings: [ImportWarning] = []

    init(environment: [String: String]) {
        self.environment = environment
    }

    /// The locals visible from `directory`: each `*.hcl` file (other than terragrunt.hcl) in it
    /// and its parents, up to `top`; the nearest file wins a name.
    func locals(from directory: String, top: String) throws -> [String: Sourced<Value>] {
        var result: [String: Sourced<Value>] = [:]
        var current = directory
        while true {
            for file in configFiles(in: current) {
                for (name, value) in try locals(of: file) where result[name] == nil { result[name] = value }
            }
            if current == top || current == "/" || current == "." || !current.hasPrefix(top) { break }
            current = Paths.directory(of: current)
        }
        return result
    }

    private func configFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".hcl") && $0 != "terragrunt.hcl" && !$0.hasPrefix(".") }.sorted()
            .map { directory + "/" + $0 }
    }

    /// One file's locals, evaluated as Terragrunt would (it may read others with
    /// `read_terragrunt_config`); a local that cannot be evaluated offline is left out.
    func locals(of file: String) throws -> [String: Sourced<Value>] {
        if let cached = files[file] { return cached }
        guard let text = try SourceFile.read(file) else { throw ImportError.unreadable(path: file) }
        let body = try Parser.parse(text, file: file)
        let evaluator = Evaluator(context: .fileSystem(terragruntDir: Paths.directory(of: file), environment: environment))
        let values = (try? evaluator.evaluateConfig(body)["locals"]?.objectValue) ?? nil
        var result: [String: Sourced<Value>] = [:]
        for attribute in body.blocks("locals").flatMap(\.body.attributes) {
            guard let value = values?[attribute.name] else { continue }
            result[attribute.name] = Sourced(value: value, location: attribute.value.location)
        }
        if values == nil {
            warnings.append(ImportWarning(location: body.location, message: "the locals of this file could not be evaluated offline"))
        }
        files[file] = result
        return result
    }
}
