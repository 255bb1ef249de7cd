// swift-tools-version: 6.1
import PackageDescription

// The pipeline stages of DESIGN.md, one library module each, and a thin `edxplan` executable.
let package = Package(
    name: "edxplan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "edxplan", targets: ["EdxplanCLI"]),
        .executable(name: "edxplan-bench", targets: ["EdxplanBenchmarks"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-algorithms", exact: "1.2.1"),
        .package(url: "https://github.com/onevcat/Rainbow", exact: "4.2.2"),
    ],
    targets: [
        // Source locations, user-facing errors and "did you mean" suggestions.
        .target(name: "Diagnostics"),
        // The SQLite price and instance catalog: schema, builder, queries, importers, exact money.
        .target(name: "Catalog", dependencies: [
            "Diagnostics", .product(name: "GRDB", package: "GRDB.swift"),
        ], plugins: [.plugin(name: "EmbedCatalog")]),
        // The catalog's SQL source compiled into the Catalog module, so the executable works from any folder.
        .plugin(name: "EmbedCatalog", capability: .buildTool(), dependencies: ["CatalogEmbedder"]),
        .executableTarget(name: "CatalogEmbedder"),
        // `edxplan catalog update`: AWS's Price List bulk files over HTTPS (URLSession) or from a folder.
        .target(name: "CatalogUpdate", dependencies: ["Catalog", "Diagnostics", "CurlCalls"]),
        // libcurl's variadic setopt/getinfo called as C calls them (libcurl itself is opened with dlopen).
        .target(name: "CurlCalls"),
        // Terraform state files, format version 4: the data types, a streaming reader with
        // file:line:column errors, and a writer byte for byte as Terraform writes them.
        .target(name: "TerraformState", dependencies: ["Diagnostics"]),
        // `account import-state` and `export-state`: state files to and from the fake account.
        .target(name: "StateImport", dependencies: ["TerraformState", "Account", "Blueprint", "Planner", "Scenario", "Simulator", "Diagnostics"]),
        // Scenario YAML: parsing with locations, `extends`, defaults, validation.
        .target(name: "Scenario", dependencies: ["Diagnostics", "Yams", "GoRegex"]),
        // Go's regexp syntax matched in linear time, for Terragrunt's retryable_errors.
        .target(name: "GoRegex"),
        // HCL2 native syntax: parser with positions, and an evaluator for Terragrunt/Terraform files.
        .target(name: "HCL", dependencies: ["Diagnostics"]),
        // Desired resources per environment and module, with Terraform addresses.
        .target(name: "Blueprint", dependencies: ["Scenario"]),
        // Priced components per resource, totals, shared-stack allocation.
        .target(name: "Cost", dependencies: ["Catalog", "Blueprint", "Scenario", "Diagnostics"]),
        // Terragrunt module waves and Terraform resource actions: plans as pure values.
        .target(name: "Planner", dependencies: ["Blueprint", "Scenario", "Diagnostics"]),
        // The fake AWS account in SQLite: resources, per-module state, locks, snapshots, data, events.
        .target(name: "Account", dependencies: [
            "Blueprint", "Diagnostics", .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C API, for the bulk writes of a state import (`RowWriter`).
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Algorithms", package: "swift-algorithms"),
        ]),
        // Runs a plan against an account on a simulated clock, with AWS's failure behaviour.
        .target(name: "Simulator", dependencies: [
            "Planner", "Account", "Catalog", "Blueprint", "Scenario", .product(name: "Algorithms", package: "swift-algorithms"),
        ]),
        // Destroy/recreate rehearsal: hazards read from the configuration, data loss, faults, many runs, drift.
        .target(name: "Rehearsal", dependencies: [
            "Simulator", "Account", "Planner", "Blueprint", "Scenario", "Catalog", "Report", "Diagnostics",
        ]),
        // Capacity planning: load -> pods -> nodes and data stores; the cheapest configuration that holds.
        .target(name: "Sizing", dependencies: ["Catalog", "Scenario", "Blueprint", "Cost", "Planner", "Diagnostics"]),
        // Ways to pay less, each priced whole by the cost engine: extended support, Graviton, gp3, NAT, RIs, right-sizing.
        .target(name: "Savings", dependencies: ["Cost", "Sizing", "Catalog", "Scenario", "Blueprint", "Planner"]),
        // The stakeholder pack: one report document rendered as HTML with SVG charts, Markdown, CSV and JSON.
        .target(name: "StakeholderReport", dependencies: ["Cost", "Report", "Catalog", "Scenario", "Planner", "Simulator", "Diagnostics",
                                                         "Rehearsal", "Sizing"]),
        // Renderers of the cost document and the plan: table, Markdown, CSV, JSON, Terraform-style text.
        // Terminal text is fitted to the terminal's width and coloured with Rainbow.
        .target(name: "Report", dependencies: ["Cost", "Planner", "Simulator", "Diagnostics", "Rainbow", "PlanCost"]),
        // One function per command; what the executable calls.
        .target(name: "Pipeline", dependencies: [
            "Catalog", "Scenario", "Blueprint", "Cost", "Report", "Diagnostics", "Planner", "Account", "Simulator",
            "Sizing", "StakeholderReport", "Rehearsal", "TerragruntImport", "Savings", "CatalogUpdate",
            "TerraformState", "StateImport", "TerraformPlan", "PlanCost",
        ]),
        .executableTarget(name: "EdxplanCLI", dependencies: [
            "Pipeline", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `edxplan import terragrunt`: a real Terragrunt tree (both cookiecutter layouts) read into a scenario.
        .target(name: "TerragruntImport", dependencies: ["HCL", "Scenario", "Diagnostics"]),
        // `terraform show -json` plans: a reader that checks and skips what it does not keep, with file:line:column errors.
        .target(name: "TerraformPlan", dependencies: ["Diagnostics"]),
        // A Terraform plan priced by the cost engine, resource by resource, with its tear-down hazards.
        .target(name: "PlanCost", dependencies: ["TerraformPlan", "Cost", "Catalog", "Blueprint", "Scenario"]),
        // Release-build benchmark: `swift run -c release edxplan-bench`.
        .executableTarget(name: "EdxplanBenchmarks", dependencies: [
            "Pipeline", "Cost", "Catalog", "Scenario", "Report", "Account", "Blueprint", "Planner", "Simulator", "Rehearsal",
            "HCL", "TerragruntImport", "Diagnostics", "TerraformState", "TerraformPlan", "PlanCost", "StateImport",
        ]),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "Diagnostics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CatalogUpdateTests", dependencies: ["CatalogUpdate", "Catalog", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "HCLTests", dependencies: ["HCL", "Diagnostics", "TestSupport"]),
        .testTarget(name: "TerraformStateTests", dependencies: ["TerraformState", "Diagnostics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "StateImportTests", dependencies: ["StateImport", "TerraformState", "Account", "Blueprint", "Planner"]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GoRegexTests", dependencies: ["GoRegex", "TestSupport"]),
        .testTarget(name: "BlueprintTests", dependencies: ["Blueprint", "Scenario"]),
        .testTarget(name: "CostTests", dependencies: ["Cost", "Catalog", "Blueprint", "Scenario"]),
        // Golden-file checking shared by the test targets that have goldens.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "Blueprint", "Scenario"]),
        .testTarget(name: "AccountTests", dependencies: ["Account", "Blueprint"]),
        .testTarget(name: "SimulatorTests", dependencies: ["Simulator", "Account", "Planner", "Catalog", "Blueprint", "Scenario"]),
        .testTarget(name: "RehearsalTests", dependencies: [
            "Rehearsal", "Simulator", "Account", "Planner", "Catalog", "Blueprint", "Scenario",
        ]),
        .testTarget(name: "SizingTests", dependencies: ["Sizing", "Catalog", "Scenario", "Cost"]),
        .testTarget(name: "SavingsTests", dependencies: ["Savings", "Cost", "Catalog", "Scenario", "Sizing"]),
        .testTarget(name: "StakeholderReportTests", dependencies: ["StakeholderReport", "Cost", "Catalog", "Scenario", "TestSupport",
                                                                 "Sizing", "Savings"],
                    resources: [.copy("Golden")]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Cost", "TestSupport"], resources: [.copy("Golden")]),
        .testTarget(name: "TerragruntImportTests", dependencies: ["TerragruntImport", "HCL", "Scenario", "TestSupport"],
                    resources: [.copy("Fixtures"), .copy("Golden")]),
        .testTarget(name: "PlanCostTests", dependencies: ["PlanCost", "TerraformPlan", "Catalog", "Cost"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TerraformPlanTests", dependencies: ["TerraformPlan", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
                    resources: [.copy("Golden"), .copy("Fixtures")]),
    ]
)
