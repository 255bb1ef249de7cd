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

    @Test func theReadmeIsShort() throws {
        let readme = try String(contentsOf: Support.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.split(separator: "\n", omittingEmptySubsequences: false).count <= 200)
    }

    @Test func linksAreFoundAndWebAddressesSkipped() {
        #expect(Self.localLinks(in: "a [x](docs/a.md#top) b [y](https://e.org) [z](#here) [w](../b.md)") == ["docs/a.md", "../b.md"])
    }
}
