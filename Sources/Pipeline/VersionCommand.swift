import Catalog
import Foundation

/// `edxplan --version`: the tool's version and the catalog it prices with.
public enum VersionCommand {
    /// The release, raised with each tagged release.
    public static let version = "0.1.0"

    /// The version line, then the catalog's as-of date and file; the version still prints when
    /// no catalog can be found, with why.
    public static func run(workspace: Workspace) -> String {
        var out = "edxplan \(version)\n"
        do {
            let catalog = try workspace.catalog()
            out += "catalog as of \(catalog.asOf)"
            if let file = try? workspace.catalogLocation().file {
                out += " (\(workspace.display(file)))"
            }
            out += "\n"
        } catch {
            out += "catalog: none usable: \(error)\n"
        }
        return out
    }
}
