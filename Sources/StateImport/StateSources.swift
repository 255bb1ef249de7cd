import Foundation
import TerraformState

/// Which state files the paths name, and the environment and unit each belongs to.
///
/// A file is one unit's state; a folder is searched for units as Terragrunt lays them out:
/// `<env>/<unit>/terraform.tfstate` (the S3 backend's key `path_relative_to_include()/
/// terraform.tfstate`, synced down from the bucket), the same with `errored.tfstate` (what
/// Terraform writes when it cannot save state, newer than the backend's copy), or
/// `<unit>/.terragrunt-cache/<hash>/<hash>/terraform.tfstate` for a local backend.
public struct StateSource: Sendable, Equatable {
    public var url: URL
    /// The path as the user wrote it (or under the folder they named), for messages.
    public var display: String
    public var environment: String
    public var unit: String

    /// The state files under `paths`, sorted by environment and unit, one per unit.
    public static func find(_ paths: [(url: URL, display: String)], environment: String?) throws -> [StateSource] {
        var found: [StateSource] = []
        for (url, display) in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                throw StateError(nil, "\(display) does not exist", hint: "name a state file (terraform state pull > unit.tfstate) or a folder of units")
            }
            if !isFolder.boolValue {
                found.append(try source(url, display: display, environment: environment))
                continue
            }
            // Each path made once: URL's `path` decodes the URL again at every call, and a
            // sort asks for it about 2 n log n times (half of finding 3,340 states).
            let files = (FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
                .filter(isState).map { (path: $0.path, url: $0) }.sorted { $0.path < $1.path }
            guard !files.isEmpty else {
                throw StateError(nil, "\(display) holds no state file (terraform.tfstate, errored.tfstate or *.tfstate)",
                                 hint: "pull each unit's state first: `terragrunt run --all -- state pull`")
            }
            let folder = url.path
            for (path, file) in files {
                let relative = String(path.dropFirst(folder.count)).drop { $0 == "/" }
                found.append(try source(file, display: (display as NSString).appendingPathComponent(String(relative)), environment: environment))
            }
        }
        return try oneStatePerUnit(found)
    }

    static func isState(_ url: URL) -> Bool {
        url.pathExtension == "tfstate" && !url.pathComponents.contains(".terraform")
    }

    private static func source(_ url: URL, display: String, environment: String?) throws -> StateSource {
        var folders = url.deletingLastPathComponent().pathComponents
        if let cache = folders.firstIndex(of: ".terragrunt-cache") { folders = Array(folders[..<cache]) }
        let name = url.deletingPathExtension().lastPathComponent
        let unit: String
        if ["terraform", "errored"].contains(name) {
            unit = folders.popLast() ?? ""
        } else {
            unit = name
        }
        let env = environment ?? folders.last ?? ""
        guard !unit.isEmpty, unit != "/", !env.isEmpty, env != "/" else {
            throw StateError(nil, "cannot tell which environment and unit \(display) belongs to",
                             hint: "lay the states out as <env>/<unit>/terraform.tfstate, or pass --env")
        }
        return StateSource(url: url, display: display, environment: env, unit: unit)
    }

    /// `errored.tfstate` wins over the backend's `terraform.tfstate` of the same unit (it is
    /// what Terraform could not save); any other second state for a unit is a mistake.
    private static func oneStatePerUnit(_ sources: [StateSource]) throws -> [StateSource] {
        var byUnit: [String: StateSource] = [:]
        for source in sources {
            let key = source.environment + "/" + source.unit
            guard let other = byUnit[key] else { byUnit[key] = source; continue }
            let errored = [source, other].first { $0.url.lastPathComponent == "errored.tfstate" }
            let plain = [source, other].first { $0.url.lastPathComponent == "terraform.tfstate" }
            guard let errored, plain != nil else {
                throw StateError(nil, "two states for unit \(source.unit) of \(source.environment): \(other.display) and \(source.display)",
                                 hint: "import one state per unit, or pass the environments' folders one at a time with --env")
            }
            byUnit[key] = errored
        }
        return byUnit.values.sorted { ($0.environment, $0.unit) < ($1.environment, $1.unit) }
    }
}
