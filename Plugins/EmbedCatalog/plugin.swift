import Foundation
import PackagePlugin

/// Generates `EmbeddedCatalogSource.swift` for the Catalog module from `Catalog/migrations/*.sql`
/// and `Catalog/data/*.sql`, so the executable carries its catalog's source and works from any
/// folder. The folders are inputs too: adding or removing a file changes the folder and re-runs
/// the generator, which lists the folders itself when it runs.
@main
struct EmbedCatalog: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let catalog = context.package.directoryURL.appendingPathComponent("Catalog")
        let folders = ["migrations", "data"].map { catalog.appendingPathComponent($0) }
        let files = folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".sql") }.map { folder.appendingPathComponent($0) }
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedCatalogSource.swift")
        return [.buildCommand(
            displayName: "Embedding the catalog source (Catalog/migrations, Catalog/data)",
            executable: try context.tool(named: "CatalogEmbedder").url,
            arguments: [catalog.path, output.path],
            inputFiles: folders + files,
            outputFiles: [output])]
    }
}
