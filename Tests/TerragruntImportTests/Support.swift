import Foundation
import TestSupport

/// This target's golden files: `Golden/` next to this file.
let golden = Golden(testFile: #filePath)

/// The fixture trees, read from the source tree (tests that edit one work on a copy).
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// A copy of fixture `name` in a new temporary folder, to edit; removed by the caller.
    static func copy(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-import-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: directory.appendingPathComponent(name), to: target)
        return target
    }

    /// Replaces `old` (which must occur) with `new` in `file` under `root`.
    static func edit(_ root: URL, _ file: String, replacing old: String, with new: String) throws {
        let url = root.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard text.contains(old) else { throw EditError.notFound(old, file) }
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    enum EditError: Error { case notFound(String, String) }
}
