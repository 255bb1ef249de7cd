import Foundation
import Testing

/// Golden files, shared by every test target that has them: compared byte for byte,
/// re-recorded into the source tree with `EDXPLAN_RECORD=1`.
public struct Golden: Sendable {
    /// The target's `Golden/` folder in the source tree (not the bundle, so recording works).
    public let directory: URL

    /// `testFile` is `#filePath` of a file in the test target: its folder holds `Golden/`.
    public init(testFile: String) {
        directory = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    public static var recording: Bool { ProcessInfo.processInfo.environment["EDXPLAN_RECORD"] == "1" }

    /// Compares `actual` with `Golden/<name>`, or writes it there when recording.
    public func check(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name)
        let recording = Self.recording
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("golden file \(file.path) is missing; record it with EDXPLAN_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        guard data != Data(actual.utf8) else { return }
        let expected = String(decoding: data, as: UTF8.self)
        Issue.record(Comment(rawValue: Self.mismatch(expected: expected, actual: actual, file: file)), sourceLocation: sourceLocation)
    }

    /// A short diff-like description: the first differing line with a little context.
    static func mismatch(expected: String, actual: String, file: URL) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        let first = (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
        var out = "output differs from golden \(file.lastPathComponent) (\(old.count) vs \(new.count) lines; "
            + "\(expected.utf8.count) vs \(actual.utf8.count) bytes), first at line \(first + 1):\n"
        for index in max(0, first - 2)..<first { out += "  \(old[index])\n" }
        for index in first..<min(old.count, first + 3) { out += "- \(old[index].debugDescription)\n" }
        for index in first..<min(new.count, first + 3) { out += "+ \(new[index].debugDescription)\n" }
        if old.count > first, new.count > first,
           old[first].filter({ !$0.isWhitespace }) == new[first].filter({ !$0.isWhitespace }) {
            out += "  (the lines differ only in whitespace or line endings)\n"
        }
        return out + "re-record with: EDXPLAN_RECORD=1 swift test --filter <test>"
    }
}
