import Foundation
import Testing
import TestSupport

/// The executable as an installed binary: no checkout around it, its catalog built from the
/// source compiled into it, an updated catalog in the user's data folder, and updates that
/// change nothing unless they finish.
@Suite(.serialized, .enabled(if: CLI.executable != nil, CLI.missingMessage))
struct InstalledCatalogTests {
    static let mirror = Support.root.appendingPathComponent("Tests/CatalogUpdateTests/Fixtures/CatalogUpdaterTests-mirror")

    /// An empty folder outside the checkout, a scenario written there, and a fresh data folder.
    @Test func anEmptyFolderPricesAScenarioWrittenThere() throws {
        let folder = try Support.scratch("installed"), data = try Support.scratch("data")
        defer { try? FileManager.default.removeItem(at: folder); try? FileManager.default.removeItem(at: data) }
        try FileManager.default.copyItem(at: Support.root.appendingPathComponent("Scenarios/default.yaml"),
                                         to: folder.appendingPathComponent("my.yaml"))
        let environment = ["XDG_DATA_HOME": data.path]

        let cost = try CLI.run(["cost", "my.yaml", "--format", "csv"], in: folder, environment: environment)
        #expect(cost.status == 0, "stderr: \(cost.stderr)")
        // The same figures as in the checkout: the compiled-in source is the checkout's.
        let inCheckout = try CLI.run(["cost", "Scenarios/default.yaml", "--format", "csv"], in: Support.root, environment: environment)
        #expect(cost.stdout == inCheckout.stdout)
        #expect(!cost.stdout.isEmpty)

        let info = try CLI.run(["catalog", "info"], in: folder, environment: environment)
        #expect(info.status == 0)
        #expect(info.stdout.contains("File: \(data.path)/edxplan/shipped-"), "\(info.stdout)")
        #expect(info.stdout.contains("(built from the catalog that ships with edxplan)"))
        // Only the shipped catalog was written, in the data folder; nothing in the working folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["my.yaml"])
    }

    @Test(arguments: [true, false])
    func aNamedCatalogThatDoesNotExistIsRefused(viaEnvironment: Bool) throws {
        let folder = try Support.scratch("named"), data = try Support.scratch("data")
        defer { try? FileManager.default.removeItem(at: folder); try? FileManager.default.removeItem(at: data) }
        try FileManager.default.copyItem(at: Support.root.appendingPathComponent("Scenarios/default.yaml"),
                                         to: folder.appendingPathComponent("my.yaml"))
        var environment = ["XDG_DATA_HOME": data.path]
        var arguments = ["cost", "my.yaml"]
        if viaEnvironment { environment["EDXPLAN_CATALOG"] = "missing.sqlite" } else { arguments += ["--catalog", "missing.sqlite"] }
        let before = Support.snapshot(folder)
        let result = try CLI.run(arguments, in: folder, environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: the catalog file \(folder.appendingPathComponent("missing.sqlite").standardizedFileURL.path) "
            + "named by \(viaEnvironment ? "EDXPLAN_CATALOG" : "--catalog") does not exist"), "\(result.stderr)")
        #expect(Support.snapshot(folder) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path).isEmpty)
    }

    /// `catalog update` writes the data folder's catalog, which `catalog info` then names; an
    /// update killed at any moment leaves `catalog info` saying exactly what it said before.
    @Test func aKilledUpdateChangesNothing() throws {
        let folder = try Support.scratch("update"), data = try Support.scratch("data")
        defer { try? FileManager.default.removeItem(at: folder); try? FileManager.default.removeItem(at: data) }
        let slowOffer = "/offers/v1.0/aws/AmazonDocDB/20261201000000/eu-west-1/index.json"
        let server = try LoopbackServer(root: Self.mirror) { path in
            path == slowOffer ? .slow(Self.mirror.appendingPathComponent(String(path.dropFirst())), chunk: 2000, pause: 0.4) : nil
        }
        defer { server.stop() }
        let environment = ["XDG_DATA_HOME": data.path]
        let update = ["catalog", "update", "--endpoint", server.url.absoluteString, "--service", "AmazonDocDB",
                      "--service", "AmazonEKS", "--region", "us-east-1", "--region", "eu-west-1"]
        let shipped = try CLI.run(["catalog", "info"], in: folder, environment: environment)
        #expect(shipped.status == 0)

        let clock = ContinuousClock()
        let start = clock.now
        let first = try CLI.run(update, in: folder, environment: environment)
        let whole = clock.now - start
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.contains("Updated \(data.path)/edxplan/catalog.sqlite (as of 2026-12-01)"), "\(first.stdout)")
        let updated = try CLI.run(["catalog", "info"], in: folder, environment: environment)
        #expect(updated.stdout.contains("Catalog as of 2026-12-01\nFile: \(data.path)/edxplan/catalog.sqlite (written by `edxplan catalog update`)"),
                "\(updated.stdout)")
        #expect(updated.stdout != shipped.stdout)

        // Kill further updates (from a newer offer, so each would change the catalog) at moments spread over a whole run.
        // The slow offer (six chunks, 0.4 s apart) is most of a run, so on a loaded machine, where starting the
        // process and writing the catalog take longer from one run to the next, most kills still land inside one.
        let newer = try Support.scratch("newer")
        defer { try? FileManager.default.removeItem(at: newer) }
        try FileManager.default.copyItem(at: Self.mirror, to: newer.appendingPathComponent("m"))
        let offer = newer.appendingPathComponent("m" + slowOffer)
        try String(contentsOf: offer, encoding: .utf8).replacingOccurrences(of: "2026-12-01T00:00:00Z", with: "2027-01-01T00:00:00Z")
            .write(to: offer, atomically: true, encoding: .utf8)
        let newerServer = try LoopbackServer(root: newer.appendingPathComponent("m")) { path in
            path == slowOffer ? .slow(offer, chunk: 2000, pause: 0.4) : nil
        }
        defer { newerServer.stop() }
        var newerUpdate = update
        newerUpdate[3] = newerServer.url.absoluteString
        var expected = updated.stdout
        var kills = 0
        for fraction in [0.05, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 0.99] {
            let killed = try CLI.kill(newerUpdate, in: folder, environment: environment, after: whole * fraction)
            let after = try CLI.run(["catalog", "info"], in: folder, environment: environment)
            if killed && !after.stdout.contains("Catalog as of 2027-01-01") {
                kills += 1
                #expect(after.stdout == expected, "killed at \(fraction) of a run")
            } else {
                // Not killed, or killed between its last rename and its exit (a loaded machine):
                // then the whole update is there, never a part of it.
                // On a loaded machine the update may finish before the kill: then it is all there.
                #expect(after.stdout.contains("Catalog as of 2027-01-01"), "finished before the kill at \(fraction)")
                expected = after.stdout
            }
        }
        #expect(kills >= 4, "most updates must have been killed while running")
        let finished = try CLI.run(newerUpdate, in: folder, environment: environment)
        #expect(finished.status == 0)
        #expect(try CLI.run(["catalog", "info"], in: folder, environment: environment).stdout.contains("Catalog as of 2027-01-01"))
    }
}

extension CLI {
    /// Starts `edxplan arguments` and kills it with SIGKILL after `delay`; false when it had
    /// already exited by itself.
    static func kill(_ arguments: [String], in directory: URL, environment extra: [String: String], after delay: Duration) throws
        -> Bool {
        let executable = try #require(executable, missingMessage)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["EDXPLAN_CATALOG"] = nil
        environment.merge(extra) { _, new in new }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
    }
}
