import Foundation
import Testing

/// The README is a newcomer's page and the docs stand alone: every relative link in them resolves to a file of
/// the repository, none points outside it, and the README stays short.
@Suite struct DocumentationTests {
    /// README.md, Reports/README.md, Catalog/README.md and every page under docs/.
    static var pages: [URL] {
        let docs = Support.root.appendingPathComponent("docs")
        let pages = (try? FileManager.default.contentsOfDirectory(at: docs, includingPropertiesForKeys: nil)) ?? []
        return ["README.md", "Reports/README.md", "Catalog/README.md"].map { Support.root.appendingPathComponent($0) }
            + pages.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
    }

    /// The targets of Markdown links `[text](target)` that are not web addresses, without their `#anchor`.
    static func localLinks(in text: String) -> [String] {
        var links: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "](") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            let target = String(rest[..<close])
            rest = rest[close...]
            if target.contains("://") || target.hasPrefix("mailto:") || target.hasPrefix("#") || target.isEmpty { continue }
            links.append(String(target.split(separator: "#", maxSplits: 1)[0]))
        }
        return links
    }

    @Test func everyLocalLinkResolvesInsideTheRepository() throws {
        let root = Support.root.standardizedFileURL.path
        #expect(Self.pages.count > 3, "docs/ has its pages")
        for page in Self.pages {
            let text = try String(contentsOf: page, encoding: .utf8)
            for link in Self.localLinks(in: text) {
                let target = page.deletingLastPathComponent().appendingPathComponent(link).standardizedFileURL
                #expect(target.path.hasPrefix(root + "/"), "\(page.lastPathComponent) links outside the repository: \(link)")
                #expect(FileManager.default.fileExists(atPath: target.path), "\(page.lastPathComponent) links to a missing file: \(link)")
            }
            // Paths outside the checkout, written as text rather than links.
            #expect(!text.contains("../shared"), "\(page.lastPathComponent) names a folder outside the repository")
        }
    }

    /// What ships (code, catalog rows and their comments, scenarios, docs) stands alone: nothing names a path of
    /// the machine it was written on. This file is skipped, as it has to spell the paths it looks for.
    @Test func nothingShippedNamesAPathOutsideTheRepository() throws {
        let outside = ["/work/shared", "../shared/", "/work/wt-", "/work/main"]
        var checked = 0
        for folder in ["Sources", "Catalog", "Scenarios", "docs", "Reports", "Plugins", ".ci"] {
            let base = Support.root.appendingPathComponent(folder)
            guard let walk = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in walk where ["swift", "sql", "yaml", "md", "hcl", "json", ""].contains(file.pathExtension) {
                guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
                checked += 1
                for path in outside where text.contains(path) {
                    Issue.record("\(file.path.dropFirst(Support.root.path.count + 1)) names \(path)")
                }
            }
        }
        #expect(checked > 100, "the walk found the repository's files")
    }

    @Test func theReadmeIsShort() throws {
        let readme = try String(contentsOf: Support.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.split(separator: "\n", omittingEmptySubsequences: false).count <= 200)
    }

    @Test func linksAreFoundAndWebAddressesSkipped() {
        #expect(Self.localLinks(in: "a [x](docs/a.md#top) b [y](https://e.org) [z](#here) [w](../b.md)") == ["docs/a.md", "../b.md"])
    }
}
