import Foundation
import Testing

/// Every case of `BadInputTable` through the real executable, in its own folder holding a
/// copy of the catalog: the exit code, the first line of standard error, one message, nothing
/// on standard output, and every file of the folder (catalog and accounts included) byte for
/// byte as it was.
@Suite(.enabled(if: CLI.executable != nil, CLI.missingMessage))
struct BadInputTableTests {
    @Test func theTableHoldsAtLeast120Cases() {
        #expect(BadInputTable.all.count >= 120)
        #expect(Set(BadInputTable.all.map(\.name)).count == BadInputTable.all.count, "case names are unique")
    }

    @Test(arguments: BadInputTable.all)
    func refused(_ bad: BadInputCase) throws {
        let folder = try Support.scratch("bad-table")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Support.copyCatalog(into: folder)
        for (name, data) in bad.files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        if let edits = bad.tree {
            let tree = folder.appendingPathComponent("tree")
            try FileManager.default.copyItem(at: BadInputTable.perEnvironmentTree, to: tree)
            for edit in edits {
                let file = tree.appendingPathComponent(edit.file)
                var data = try Data(contentsOf: file)
                let range = try #require(data.range(of: Data(edit.replacing.utf8)), "\(edit.file) holds \(edit.replacing.debugDescription)")
                data.replaceSubrange(range, with: edit.with)
                try data.write(to: file)
            }
        }
        for command in bad.setup {
            let prepared = try CLI.run(command, in: folder)
            #expect(prepared.status <= 1, "setup \(command): \(prepared.stderr)")
        }
        let before = Checksums.of(folder)

        let result = try CLI.run(bad.arguments, in: folder, environment: bad.environment)

        #expect(result.status == bad.status, "exit status; stderr: \(result.stderr)")
        #expect(result.stdout == "", "stdout must be empty: \(result.stdout.prefix(300))")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix(bad.firstLine) == true,
                "first stderr line should start with \(bad.firstLine.debugDescription): \(result.stderr)")
        #expect(lines.filter { $0.contains("error:") }.count == 1, "exactly one error message: \(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains(".tmp"),
                "no raw Foundation error, no temporary file: \(result.stderr)")
        for text in bad.contains {
            #expect(result.stderr.contains(text), "stderr should contain \(text.debugDescription): \(result.stderr)")
        }
        let after = Checksums.of(folder)
        let added = Set(after.keys).subtracting(before.keys).sorted()
        let removed = Set(before.keys).subtracting(after.keys).sorted()
        let changed = before.keys.filter { after[$0] != nil && after[$0] != before[$0] }.sorted()
        #expect(after == before, "added \(added), removed \(removed), changed \(changed)")
    }
}

/// Every file under a folder with an FNV-1a 64-bit checksum of its bytes (folders marked as
/// such), to tell that a refused command wrote nothing.
enum Checksums {
    static func of(_ folder: URL) -> [String: String] {
        var sums: [String: String] = [:]
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return sums }
        while let relative = walker.nextObject() as? String {
            let path = base + "/" + relative
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            if isFolder.boolValue { sums[relative] = "folder"; continue }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in FileManager.default.contents(atPath: path) ?? Data() {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            sums[relative] = String(hash, radix: 16)
        }
        return sums
    }
}
