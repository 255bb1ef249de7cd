import Foundation
import Testing

/// The real executable on bad input: exit status 2, one error message on stderr (first line
/// `file:line:column: error:` or `error:`), nothing on stdout, and no file written.
@Suite(.enabled(if: CLI.executable != nil, CLI.missingMessage))
struct BadInputTests {
    /// Runs `edxplan arguments` in a fresh folder holding a copy of Catalog/ and the fixture `fixture.yaml`.
    func expectBadInput(_ arguments: [String], fixture: String?, firstLine: String, contains: [String] = [],
                        extraFiles: [String: Data] = [:], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CLI.Result {
        let folder = try Support.scratch("bad-input")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Support.copyCatalog(into: folder)
        if let fixture {
            try FileManager.default.copyItem(at: Support.fixtures.appendingPathComponent("\(fixture).yaml"),
                                             to: folder.appendingPathComponent("\(fixture).yaml"))
        }
        for (name, data) in extraFiles { try data.write(to: folder.appendingPathComponent(name)) }
        let before = Support.snapshot(folder)

        let result = try CLI.run(arguments, in: folder)

        #expect(result.status == 2, "exit status; stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout == "", "stdout must be empty", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix(firstLine) == true, "first stderr line should start with \(firstLine.debugDescription): \(result.stderr)",
                sourceLocation: sourceLocation)
        #expect(result.stderr.hasSuffix("\n") && !result.stderr.hasSuffix("\n\n"), "stderr should end with one newline",
                sourceLocation: sourceLocation)
        // One message: the error line, then only indented hint lines.
        let errorLines = lines.filter { $0.contains("error:") }
        #expect(errorLines.count == 1, "exactly one error message: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("  ") }, "lines after the first should be indented hints: \(result.stderr)",
                sourceLocation: sourceLocation)
        for text in contains {
            #expect(result.stderr.contains(text), "stderr should contain \(text.debugDescription): \(result.stderr)", sourceLocation: sourceLocation)
        }
        let after = Support.snapshot(folder)
        let added = Set(after.keys).symmetricDifference(before.keys).sorted()
        let changed = before.keys.filter { after[$0] != nil && after[$0] != before[$0] }.sorted()
        #expect(after == before, "files added or removed: \(added), changed: \(changed)", sourceLocation: sourceLocation)
        #expect(after["Reports"] == nil, sourceLocation: sourceLocation)
        #expect(after["out.txt"] == nil, "the --output file must not exist", sourceLocation: sourceLocation)
        return result
    }

    @Test func malformedYAML() throws {
        _ = try expectBadInput(["cost", "malformedYAML.yaml", "--output", "out.txt"], fixture: "malformedYAML",
                               firstLine: "malformedYAML.yaml:5:10: error: ", contains: ["malformed YAML"])
    }

    @Test func unknownInstanceType() throws {
        _ = try expectBadInput(["cost", "unknownInstanceType.yaml", "--format", "json", "--output", "out.txt"], fixture: "unknownInstanceType",
                               firstLine: "unknownInstanceType.yaml:6:53: error: ",
                               contains: ["'t3.lareg'", "did you mean", "'t3.large'"])
    }

    @Test func zeroNodeCount() throws {
        _ = try expectBadInput(["cost", "zeroNodeCount.yaml", "--output", "out.txt"], fixture: "zeroNodeCount",
                               firstLine: "zeroNodeCount.yaml:6:", contains: ["node_groups[0]", "at least 1"])
    }

    @Test func unknownModule() throws {
        _ = try expectBadInput(["cost", "unknownModule.yaml", "--output", "out.txt"], fixture: "unknownModule",
                               firstLine: "unknownModule.yaml:4:32: error: ", contains: ["'mongdb'", "did you mean 'mongodb'"])
    }

    @Test func missingFile() throws {
        _ = try expectBadInput(["cost", "missingFile.yaml", "--output", "out.txt"], fixture: nil,
                               firstLine: "error: ", contains: ["missingFile.yaml"])
    }

    @Test func corruptCatalog() throws {
        // Deterministic garbage: not SQLite, not empty.
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
        _ = try expectBadInput(["cost", "corruptCatalog.yaml", "--catalog", "garbage.sqlite", "--format", "csv", "--output", "out.txt"],
                               fixture: "corruptCatalog", firstLine: "error: ", contains: ["garbage.sqlite", "not a usable edxplan catalog"],
                               extraFiles: ["garbage.sqlite": garbage])
    }

    @Test func unknownOption() throws {
        let folder = try Support.scratch("unknown-option")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Support.copyCatalog(into: folder)
        let before = Support.snapshot(folder)
        let result = try CLI.run(["cost", "--bogus"], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("--bogus"))
        #expect(Support.snapshot(folder) == before)
        // The contract's message shape: ArgumentParser's usage errors do not follow it (see the report).
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("error: ") == true, "first line: \(lines.first ?? "")")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") }, "\(result.stderr)")
    }
}

/// The executable's successful paths.
@Suite(.enabled(if: CLI.executable != nil, CLI.missingMessage))
struct CLISuccessTests {
    func folderWithCheckout() throws -> URL {
        let folder = try Support.scratch("cli")
        try Support.copyCatalog(into: folder)
        try Support.copyScenarios(into: folder)
        return folder
    }

    @Test func costJSONParses() throws {
        let folder = try folderWithCheckout()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["cost", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["scenario"] as? String == "default")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports").path), "`cost` must not write Reports/")
    }

    @Test func costJSONIsByteIdenticalAcrossRuns() throws {
        let folder = try folderWithCheckout()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CLI.run(["cost", "Scenarios/multi-environment.yaml", "--format", "json"], in: folder)
        let second = try CLI.run(["cost", "Scenarios/multi-environment.yaml", "--format", "json"], in: folder)
        #expect(first.status == 0 && second.status == 0)
        #expect(!first.stdout.isEmpty)
        #expect(Data(first.stdout.utf8) == Data(second.stdout.utf8))
    }

    @Test func costOutputWritesTheFileAndPrintsANote() throws {
        let folder = try folderWithCheckout()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["cost", "--format", "csv", "--output", "out.csv"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote out.csv\n")
        let written = try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8)
        #expect(written.hasPrefix("environment,service,module,address,component,"))
    }

    @Test func catalogPriceJSON() throws {
        let folder = try folderWithCheckout()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["catalog", "price", "--service", "ec2", "--type", "t3.large", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"usd_per_hour\": 0.0832,"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["usd_per_hour"] as? NSNumber)?.decimalValue == Decimal(string: "0.0832"))
        #expect(object["type"] as? String == "t3.large")
    }

    @Test func catalogInstanceJSON() throws {
        let folder = try folderWithCheckout()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["catalog", "instance", "t3.large", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["max_pods"] as? NSNumber)?.intValue == 35)
        #expect(result.stdout.contains("\"max_pods\": 35"))
    }

    @Test func help() throws {
        let folder = try Support.scratch("help")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["--help"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("edxplan"))
        #expect(result.stdout.contains("cost"))
        #expect(result.stderr == "")
        #expect(Support.snapshot(folder).isEmpty, "--help must write nothing")
    }
}
