import Foundation
import Testing

/// The installed executable as a new user meets it: in an empty folder, with nothing of the
/// checkout around it but the catalog it is given.
@Suite(.enabled(if: CLI.executable != nil, CLI.missingMessage))
struct EmptyFolderCLITests {
    @Test func versionInitCostPlanAndReportWorkInAnEmptyFolder() throws {
        let folder = try Support.scratch("empty-folder")
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = ["--catalog", try Support.catalogPath()]

        let version = try CLI.run(["--version"] + catalog, in: folder)
        #expect(version.status == 0, "\(version.stderr)")
        #expect(version.stdout.hasPrefix("edxplan "))
        #expect(version.stdout.contains("catalog as of 20"), "\(version.stdout)")

        let initialised = try CLI.run(["init"] + catalog, in: folder)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("edxplan.yaml").path))
        let again = try CLI.run(["init"] + catalog, in: folder)
        #expect(again.status == 2 && again.stderr.contains("already exists"), "\(again.stderr)")

        let cost = try CLI.run(["cost"] + catalog, in: folder)
        #expect(cost.status == 0, "\(cost.stderr)")
        #expect(cost.stdout.contains("TOTAL for prod"))

        // The starter is for a new installation: versions and settings AWS accepts today, so the
        // plan goes through (the cookiecutter's plain defaults fail at six places, H19 and H20).
        let plan = try CLI.run(["plan"] + catalog, in: folder)
        #expect(plan.status == 0 && !plan.stdout.contains("Error:"), "\(plan.stdout.suffix(1500))\(plan.stderr)")
        #expect(plan.stdout.contains("to add"), "\(plan.stdout)")

        let report = try CLI.run(["report", "--output-dir", "out"] + catalog, in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let pack = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path).sorted()
        #expect(pack.contains("index.html") && pack.contains("cost.json"), "\(pack)")
        // Nothing but the scenario, the pack and (if the plan made one) the fake account.
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)).subtracting([".edxplan"]) == ["edxplan.yaml", "out"])
    }

    @Test func theMainJobInAnEmptyFolderSaysWhichScenarioItRead() throws {
        let folder = try Support.scratch("empty-mainjob")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["--catalog", try Support.catalogPath()], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Scenario: the built-in default"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports/default/index.html").path))
    }
}

/// Terminal output: fitted to COLUMNS, coloured only on a terminal.
@Suite(.enabled(if: CLI.executable != nil, CLI.missingMessage))
struct TerminalCLITests {
    static let escape = "\u{1B}["

    @Test(arguments: [60, 80, 100, 132])
    func costFitsColumns(columns: Int) throws {
        for scenario in ["Scenarios/default.yaml", "Scenarios/multi-environment.yaml", "Scenarios/shared-stack.yaml"] {
            let result = try CLI.run(["cost", scenario], in: Support.root, environment: ["COLUMNS": String(columns)])
            #expect(result.status == 0, "\(result.stderr)")
            let long = result.stdout.split(separator: "\n").filter { $0.count > columns }
            #expect(long.isEmpty, "\(scenario) at \(columns) columns: \(long)")
        }
    }

    @Test func sizeAndRehearseFitColumnsAndSayEachViolationOnce() throws {
        let size = try CLI.run(["size", "--env", "prod", "--peak-concurrent", "2500"], in: Support.root, environment: ["COLUMNS": "100"])
        #expect(size.status == 0, "\(size.stderr)")
        #expect(size.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
        #expect(!size.stdout.contains("| "), "terminal text, not Markdown")
        #expect(!size.stdout.contains(" sizing.md §"), "sources cite docs/sizing.md")
        let firstViolation = try #require(size.stdout.split(separator: "\n").first { $0.hasPrefix("    x ") })
        let text = firstViolation.dropFirst(6)
        #expect(size.stdout.components(separatedBy: text).count == 2, "\(text) is said more than once")

        let rehearse = try CLI.run(["rehearse", "--env", "prod"], in: Support.root, environment: ["COLUMNS": "100"])
        #expect(rehearse.status <= 1, "\(rehearse.stderr)")
        #expect(rehearse.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
        #expect(!rehearse.stdout.contains("|---"), "terminal text, not Markdown")
        let markdown = try CLI.run(["rehearse", "--env", "prod", "--format", "markdown"], in: Support.root)
        #expect(markdown.stdout.hasPrefix("# Destroy/recreate rehearsal"))
    }

    /// plan, apply and rehearse print terminal text fitted to COLUMNS like cost: long addresses are
    /// shortened in the middle there, and kept whole when piped without COLUMNS.
    @Test func planApplyAndRehearseFitColumns() throws {
        let folder = try Support.scratch("fit-columns")
        defer { try? FileManager.default.removeItem(at: folder) }
        let address = #"module.eks.module.eks_managed_node_group["default"].aws_iam_role_policy_attachment.this["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"]"#
        for (index, arguments) in [["plan", "Scenarios/default.yaml"], ["plan", "Scenarios/multi-environment.yaml", "--env", "staging"],
                                   ["apply", "Scenarios/default.yaml"], ["rehearse", "Scenarios/default.yaml", "--env", "prod"]].enumerated() {
            let account = ["--account", folder.appendingPathComponent("account-\(index).sqlite").path]
            let result = try CLI.run(arguments + (arguments[0] == "rehearse" ? [] : account), in: Support.root, environment: ["COLUMNS": "100"])
            #expect(result.status <= 1 && !result.stdout.isEmpty, "\(arguments): \(result.stderr)")
            let long = result.stdout.split(separator: "\n").filter { $0.count > 100 }
            #expect(long.isEmpty, "\(arguments) at 100 columns: \(long.prefix(3))")
            #expect(!result.stdout.contains(Self.escape), "\(arguments)")
            if arguments[0] == "plan" { #expect(!result.stdout.contains(address) && result.stdout.contains("…"), "\(arguments)") }
        }
        let whole = try CLI.run(["plan", "Scenarios/default.yaml", "--account", folder.appendingPathComponent("whole.sqlite").path],
                                in: Support.root, environment: ["COLUMNS": nil])
        #expect(whole.stdout.contains(address), "piped without COLUMNS, addresses stay whole")
    }

    @Test func pipedOutputHasNoEscapeCodes() throws {
        for arguments in [["cost"], ["size", "--env", "prod"], ["diff", "Scenarios/default.yaml", "Scenarios/growth.yaml"],
                          ["rehearse", "--env", "prod"]] {
            let result = try CLI.run(arguments, in: Support.root, environment: ["COLUMNS": nil])
            #expect(!result.stdout.contains(Self.escape), "\(arguments)")
        }
    }

    /// On a terminal (a pseudo-terminal from script(1)) there is colour, and NO_COLOR takes it away.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnATerminalUnlessNoColor() throws {
        let executable = try #require(CLI.executable, CLI.missingMessage)
        let command = "\(executable.path) cost Scenarios/default.yaml"
        let coloured = try CLI.run(["-qec", command, "/dev/null"], in: Support.root, executable: "/usr/bin/script",
                                   environment: ["TERM": "xterm"])
        #expect(coloured.stdout.contains(Self.escape), "\(coloured.stdout.prefix(300))")
        let plain = try CLI.run(["-qec", command, "/dev/null"], in: Support.root, executable: "/usr/bin/script",
                                environment: ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(plain.stdout.contains("Environment prod (us-east-1)"), "\(plain.stdout.prefix(300))")
        #expect(!plain.stdout.contains(Self.escape))
    }
}

/// The small defects of issue 21, each through the executable.
@Suite(.enabled(if: CLI.executable != nil, CLI.missingMessage))
struct SmallDefectCLITests {
    @Test func planApplyAndDestroyTakeTheFormatTheirHelpOffers() throws {
        for command in ["plan", "apply", "destroy"] {
            let help = try CLI.run([command, "--help"], in: Support.root)
            #expect(help.stdout.contains("text or json"), "\(command): \(help.stdout)")
        }
        let folder = try Support.scratch("format-text")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["plan", "Scenarios/apply-today.yaml", "--format", "text", "--account", folder.appendingPathComponent("a.sqlite").path],
                                 in: Support.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Plan:"), "\(result.stdout.prefix(200))")
    }

    @Test(arguments: [
        (["plan", "--seed", "-5"], "'-5'"),
        (["apply", "--pace", "-1"], "--pace is -1"),
        (["size", "--env", "prod", "--learners", "-5"], "--learners is -5"),
        (["account", "events", "--limit", "-1"], "--limit is -1"),
    ])
    func aNegativeNumberIsAValueNotAMissingOne(arguments: [String], message: String) throws {
        let folder = try Support.scratch("negative")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Support.copyCatalog(into: folder)
        let before = Support.snapshot(folder)
        let result = try CLI.run(arguments, in: folder)
        #expect(result.status == 2)
        #expect(Support.snapshot(folder) == before)
        #expect(!result.stderr.contains("Missing value"), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
