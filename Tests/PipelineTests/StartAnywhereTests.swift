import Foundation
import Pipeline
import Testing

/// Every command works from any folder: the default scenario is built in, `init` writes one to
/// edit, and the report goes where `--output-dir` says.
@Suite struct DefaultScenarioTests {
    /// The built-in text is the checkout's default scenario, byte for byte.
    @Test func builtInScenarioIsScenariosDefaultYAML() throws {
        let file = try String(contentsOf: Support.root.appendingPathComponent("Scenarios/default.yaml"), encoding: .utf8)
        #expect(DefaultScenario.builtInText == file,
                "Sources/Pipeline/BuiltInScenario.swift must hold Scenarios/default.yaml as it is: copy the file into it")
    }

    @Test func theDefaultIsFoundInOrder() throws {
        let folder = try Support.scratch("default-order")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = Workspace(workingDirectory: folder, environment: [:], catalogPath: try Support.catalogPath())
        #expect(workspace.defaultScenario == .builtIn)
        #expect(try workspace.loadScenario(nil).name == "default")
        #expect(try Support.workspace().defaultScenario == .checkout("Scenarios/default.yaml"))
        try "name: ours\nenvironments: { prod: { modules: [vpc] } }\n".write(to: folder.appendingPathComponent("edxplan.yaml"),
                                                                            atomically: true, encoding: .utf8)
        #expect(workspace.defaultScenario == .projectFile("edxplan.yaml"))
        #expect(try workspace.loadScenario(nil).name == "ours")
    }

    /// In an empty folder the main job reports on the built-in scenario, says so, and writes
    /// under Reports/default/ of that folder (or --output-dir).
    @Test func theMainJobInAnEmptyFolderSaysWhatItDid() throws {
        let folder = try Support.scratch("mainjob-empty")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = Workspace(workingDirectory: folder, environment: [:], catalogPath: try Support.catalogPath())
        let printed = try MainJob.run(workspace: workspace, outputDirectory: "pack")
        #expect(printed.hasPrefix("Scenario: the built-in default (no edxplan.yaml here; `edxplan init` writes one to edit)\n"))
        #expect(printed.contains("Wrote pack/index.html, "))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("pack").path).sorted()
        #expect(names == ["cost.csv", "cost.json", "cost.md", "index.html", "plan.md", "rehearsal.md", "report.md", "sizing.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pack"])
    }
}

@Suite struct InitCommandTests {
    func workspace(_ folder: URL) throws -> Workspace {
        Workspace(workingDirectory: folder, environment: [:], catalogPath: try Support.catalogPath())
    }

    @Test func writesAStarterThatPricesAndRefusesToOverwrite() throws {
        let folder = try Support.scratch("init")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = InitCommand.Options()
        options.environments = ["prod,staging"]
        let said = try InitCommand.run(options, workspace: try workspace(folder))
        #expect(said.hasPrefix("Wrote edxplan.yaml: scenario edxplan-init-"), "\(said)")
        let text = try String(contentsOf: folder.appendingPathComponent("edxplan.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# An edxplan scenario"))
        let cost = try CostCommand.document(scenarioPath: nil, environment: nil, workspace: try workspace(folder))
        #expect(cost.environments.map(\.name) == ["prod", "staging"])
        #expect(cost.monthlyTotal > .zero)
        // The default environment is the default scenario with the changes a new installation needs
        // today (apply-today.yaml: EKS 1.34 at the standard rate, MySQL 5.7.44): the same money.
        let defaultCost = try CostCommand.document(scenarioPath: "Scenarios/apply-today.yaml", environment: nil, workspace: try Support.workspace())
        // The platform-wide costs are shared by two environments here.
        let (ours, theirs) = (cost.environments[0], defaultCost.environments[0])
        #expect(ours.services.map(\.monthlyTotal) == theirs.services.map(\.monthlyTotal))
        #expect(ours.sharedAllocation < theirs.sharedAllocation)

        #expect(throws: (any Error).self) { try InitCommand.run(InitCommand.Options(), workspace: try workspace(folder)) }
        #expect(try String(contentsOf: folder.appendingPathComponent("edxplan.yaml"), encoding: .utf8) == text)
        var force = InitCommand.Options()
        force.force = true
        _ = try InitCommand.run(force, workspace: try workspace(folder))
        #expect(try CostCommand.document(scenarioPath: nil, environment: nil, workspace: try workspace(folder))
            .environments.map(\.name) == ["prod"])
    }

    @Test func badRegionOrEnvironmentWritesNothing() throws {
        let folder = try Support.scratch("init-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        var region = InitCommand.Options()
        region.region = "europe"
        #expect(throws: (any Error).self) { try InitCommand.run(region, workspace: try workspace(folder)) }
        var environments = InitCommand.Options()
        environments.environments = ["Prod"]
        #expect(throws: (any Error).self) { try InitCommand.run(environments, workspace: try workspace(folder)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func fromTerragruntWritesTheImportedScenario() throws {
        let folder = try Support.scratch("init-terragrunt")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = InitCommand.Options()
        options.terragruntPath = ImportCommandTests.trees.appendingPathComponent("perEnvironmentTree").path
        _ = try InitCommand.run(options, workspace: try workspace(folder))
        let imported = try ImportCommand.terragrunt(path: options.terragruntPath!, output: nil, workspace: try workspace(folder)).text
        #expect(try String(contentsOf: folder.appendingPathComponent("edxplan.yaml"), encoding: .utf8) == imported)
    }
}

/// `--terragrunt PATH` on cost, report, size and diff reads the tree as `import terragrunt` does.
@Suite struct TerragruntEverywhereTests {
    func workspace() throws -> Workspace {
        Workspace(workingDirectory: ImportCommandTests.trees, environment: [:], catalogPath: try Support.catalogPath())
    }

    /// The imported scenario written to a file, to compare against.
    func importedFile(_ tree: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("\(tree).yaml").path
        _ = try ImportCommand.terragrunt(path: tree, output: path, workspace: try workspace())
        return path
    }

    @Test func costReportAndSizeReadTheTree() throws {
        let folder = try Support.scratch("terragrunt-everywhere")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try importedFile("perEnvironmentTree", in: folder)
        for format in CostFormat.allCases {
            #expect(try CostCommand.run(scenarioPath: nil, environment: nil, format: format, output: nil, workspace: try workspace(),
                                        terragruntPath: "perEnvironmentTree")
                == CostCommand.run(scenarioPath: file, environment: nil, format: format, output: nil, workspace: try workspace()))
        }
        // The tree has no load: the command line gives it.
        var size = SizeCommand.Options(scenarioPath: nil, environment: "prod")
        size.terragruntPath = "perEnvironmentTree"
        size.format = .json
        (size.learners, size.peakConcurrent) = (5000, 250)
        var sizeFile = SizeCommand.Options(scenarioPath: file, environment: "prod")
        sizeFile.format = .json
        (sizeFile.learners, sizeFile.peakConcurrent) = (5000, 250)
        #expect(try SizeCommand.run(size, workspace: try workspace()) == SizeCommand.run(sizeFile, workspace: try workspace()))
        let summary = try ReportCommand.run(scenarioPath: nil, comparePath: nil, format: .pack, workspace: try workspace(),
                                            terragruntPath: "perEnvironmentTree", outputDirectory: folder.appendingPathComponent("pack").path)
        #expect(summary.contains("/pack/index.html"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("pack/cost.json").path))
        // A scenario file and a tree together are refused, as plan refuses them.
        #expect(throws: (any Error).self) {
            try CostCommand.run(scenarioPath: file, environment: nil, format: .table, output: nil, workspace: try workspace(),
                                terragruntPath: "perEnvironmentTree")
        }
    }

    @Test func eitherSideOfADiffMayBeATree() throws {
        let folder = try Support.scratch("terragrunt-diff")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try importedFile("perEnvironmentTree", in: folder)
        let growth = Support.root.appendingPathComponent("Scenarios/growth.yaml").path
        let (a, b) = try DiffCommand.sides(files: [growth], terragruntA: "perEnvironmentTree", terragruntB: nil)
        #expect(a == .terragrunt("perEnvironmentTree") && b == .file(growth))
        #expect(try DiffCommand.run(a, b, json: true, workspace: try workspace())
            == DiffCommand.run(file, growth, json: true, workspace: try workspace()))
        let (c, d) = try DiffCommand.sides(files: [growth], terragruntA: nil, terragruntB: "perEnvironmentTree")
        #expect(try DiffCommand.run(c, d, json: true, workspace: try workspace())
            == DiffCommand.run(growth, file, json: true, workspace: try workspace()))
        #expect(throws: (any Error).self) { try DiffCommand.sides(files: [growth], terragruntA: nil, terragruntB: nil) }
        #expect(throws: (any Error).self) { try DiffCommand.sides(files: [growth, growth], terragruntA: "x", terragruntB: nil) }
    }
}
