import Catalog
import CatalogUpdate
import Diagnostics
import Foundation
import Report

/// `edxplan catalog update [--service S]... [--region R]... [--from DIR | --endpoint URL]`.
public enum CatalogUpdateCommand {
    /// Updates the catalog in use into the named catalog, else the user's data folder, and
    /// says what changed. `progress` is the terminal's bar, or nil.
    public static func run(services: [String], regions: [String], from folder: String?, endpoint: String?,
                           workspace: Workspace, progress: DownloadProgress?) throws -> String {
        let base = try workspace.catalogLocation()
        let named = CatalogStore.named(explicit: workspace.catalogPath, environment: workspace.environment,
                                       workingDirectory: workspace.workingDirectory)
        guard let target = named ?? CatalogStore.updatedFile(environment: workspace.environment) else { throw UpdateError.noTarget }
        let downloads = target.deletingLastPathComponent().appendingPathComponent(".update-\(getpid())")
        defer { try? FileManager.default.removeItem(at: downloads) }
        let fetcher: PriceListFetcher
        if let folder {
            fetcher = DirectoryFetcher(root: workspace.url(folder))
        } else {
            let base = try endpoint.map { text -> URL in
                guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                    throw CatalogError.importFailed(file: text, detail: "--endpoint needs an http:// or https:// URL")
                }
                return url
            } ?? HTTPFetcher.aws
            fetcher = HTTPFetcher(base: base, folder: downloads)
        }
        let report = try CatalogUpdater.run(CatalogUpdater.Request(services: services, regions: regions), fetcher: fetcher,
                                            base: base.file, target: target, progress: progress)
        return summary(report, target: target, origin: fetcher.origin)
    }

    static func summary(_ report: CatalogUpdater.Report, target: URL, origin: String) -> String {
        var out = "Read from \(origin):\n"
        out += report.read.map { "  \($0)\n" }.joined()
        out += report.notes.map { "  \($0)\n" }.joined()
        guard report.wrote else { return out + "Nothing to update: \(target.path) was not written.\n" }
        let changes = report.changes
        out += "Updated \(target.path) (as of \(CatalogStore.asOf(target) ?? "unknown")): "
        out += "\(changes.added) rows added, \(changes.changed.count) changed, \(changes.removed) removed, "
        out += "\(changes.unchanged) unchanged.\n"
        let largest = changes.changed.prefix(10)
        if !largest.isEmpty {
            out += "Largest price changes:\n"
            let width = largest.map(\.key.count).max() ?? 0
            for change in largest {
                let percent = change.ratio.map { String(format: "%+.1f%%", $0 * 100) } ?? "from zero"
                out += "  " + Format.pad(change.key, width) + "  $\(change.old) -> $\(change.new)  (\(percent))\n"
            }
        }
        return out
    }
}
