import Foundation
import Pipeline
import Testing

/// How a Workspace resolves the paths a user gives.
@Suite struct WorkspaceTests {
    @Test func relativePathsResolveInsideTheWorkingDirectory() {
        let directory = Workspace(workingDirectory: URL(fileURLWithPath: "/tmp/edxplan-work", isDirectory: true), environment: [:])
        #expect(directory.url("out.csv").path == "/tmp/edxplan-work/out.csv")
        #expect(directory.url("/abs/out.csv").path == "/abs/out.csv")
    }

    /// A working-directory URL built without a trailing slash (`appendingPathComponent` of a
    /// folder not yet created, `URL(filePath:)` of a missing path) resolves against its parent.
    @Test func workingDirectoryWithoutTrailingSlash() {
        let plain = Workspace(workingDirectory: URL(fileURLWithPath: "/tmp/edxplan-work", isDirectory: false), environment: [:])
        #expect(plain.url("out.csv").path == "/tmp/edxplan-work/out.csv")
    }
}
