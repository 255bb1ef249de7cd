import Foundation
import TerragruntImport

extension FuzzTarget {
    /// The Terragrunt importer on a whole tree: a copy of the per-environment fixture in a
    /// temporary folder, one of its files replaced by the input, then put back.
    static func importTree() -> FuzzTarget {
        let fixture = "Tests/TerragruntImportTests/Fixtures/perEnvironmentTree"
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-fuzz-import-\(getpid())")
        return FuzzTarget(
            corpus: {
                try? FileManager.default.removeItem(at: copy)
                try FileManager.default.copyItem(at: URL(fileURLWithPath: fixture), to: copy)
                atexit { try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory
                    .appendingPathComponent("edxplan-fuzz-import-\(getpid())")) }
                return try files(under: fixture, endingIn: [".hcl", ".tf", ".tpl"])
            },
            tokens: hcl.tokens + tokens(["dependency \"x\" {\n  config_path = \"../nope\"\n}\n",
                                         "dependencies {\n  paths = [\"../vpc\", \"../kubernetes\"]\n}\n",
                                         "instance_type = \"t3.lareg\"\n", "cidr = \"10.0.0.0/99\"\n"]),
            read: { name, content in
                let file = copy.appendingPathComponent(name)
                guard let original = FileManager.default.contents(atPath: file.path) else { return false }
                defer { FileManager.default.createFile(atPath: file.path, contents: original) }
                guard FileManager.default.createFile(atPath: file.path, contents: content) else { return false }
                return (try? TerragruntImporter.run(path: copy.path, workingDirectory: "/")) != nil
            })
    }
}
