import Account
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `edxplan plan|apply|destroy|account` as a user runs them: the real executable, in a
/// scratch folder with copies of Catalog/ and Scenarios/, on an account file in that folder.
@Suite(.enabled(if: CLI.executable != nil, CLI.missingMessage))
struct InfrastructureCLITests {
    /// A scratch folder ready for infrastructure commands; removed by the caller.
    func folder(_ name: String) throws -> URL {
        let folder = try Support.scratch(name)
        try Support.copyCatalog(into: folder)
        try Support.copyScenarios(into: folder)
        return folder
    }

    /// Piped without COLUMNS: the text whole, as these tests read it (TerminalCLITests check the fitted width).
    func edxplan(_ arguments: [String], in folder: URL) throws -> CLI.Result {
        try CLI.run(arguments + ["--account", "account.sqlite"], in: folder, environment: ["COLUMNS": nil])
    }

    /// `account show --format json`, parsed.
    func show(in folder: URL) throws -> [String: Any] {
        let result = try edxplan(["account", "show", "--format", "json"], in: folder)
        #expect(result.status == 0, "account show: \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// A plan whose real run fails exits 1, with the places listed under the whole plan; going on
    /// past them changes nothing in a plan; apply-today.yaml plans with nothing refused (exit 0).
    @Test func aPlanExitsOneWhereTheRealRunFails() throws {
        let folder = try folder("infra-strict")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try edxplan(["plan", "--env", "prod"], in: folder)
        let past = try edxplan(["plan", "--env", "prod", "--continue-past-refusals"], in: folder)
        #expect(plan.status == 1 && past.status == 1, "\(plan.stderr)")
        #expect(plan.stdout == past.stdout)
        #expect(plan.stdout.contains("Error: the real run fails at 3 places (the plan above is shown whole):"))
        let today = try edxplan(["plan", "Scenarios/apply-today.yaml", "--env", "prod"], in: folder)
        #expect(today.status == 0, "\(today.stdout)\(today.stderr)")
        #expect(!today.stdout.contains("Error:"))
    }

    /// On default.yaml at v0.0.6's `platform_region: usa_east` (the fixture of the same name).
    @Test func freshPlanListsTheWavesAndTheSummary() throws {
        let folder = try folder("infra-plan")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Support.fixtures.appendingPathComponent("freshPlanListsTheWavesAndTheSummary.yaml"),
                                         to: folder.appendingPathComponent("Scenarios/usa-east.yaml"))
        let text = try edxplan(["plan", "Scenarios/usa-east.yaml", "--env", "prod"], in: folder)
        #expect(text.status == 1, "the defaults' real run fails: \(text.stderr)")
        #expect(text.stdout.contains("Waves: 1 [vpc] -> 2 [ec2_bastion, kubernetes] -> 3 [kubernetes_ingress_clb, kubernetes_secrets] -> 4 [mongodb, mysql, redis, s3_openedx_storage] -> 5 [cloudfront]"))
        // Each module has its own Plan: line; the run --all total closes the output, then the estimate.
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let summary = try #require(lines.lastIndex { $0.hasPrefix("Plan: ") })
        #expect(lines[summary].range(of: #"^Plan: \d+ to add, 0 to change, 0 to destroy\.$"#, options: .regularExpression) != nil)
        #expect(lines[summary + 1].hasPrefix("Estimated duration:"))
        // Then where the real run of the cookiecutter's v0.0.6 defaults fails: first the provider's check
        // of the DocumentDB identifier at plan (H19, underscore from usa_east), then AWS at apply.
        let stops = try #require(lines.firstIndex { $0.hasPrefix("Error: the real run fails at") })
        #expect(stops == summary + 2)
        #expect(Array(lines[(stops + 1)...].prefix(2)) == [
            "  mongodb: aws_docdb_cluster.default (terraform plan)",
            "    ProviderError: only lowercase alphanumeric characters and hyphens allowed in \"cluster_identifier\" (cluster_identifier = \"prod-yourschool-usa_east-mongodb\")",
        ])
        #expect(lines[(stops + 1)...].filter { $0.hasPrefix("  ") && !$0.hasPrefix("    ") }.map { $0.components(separatedBy: " (").last ?? "" }
            == ["terraform plan)", "terraform plan)", "apply)", "apply)", "apply)", "apply)"])

        let json = try edxplan(["plan", "Scenarios/usa-east.yaml", "--env", "prod", "--format", "json"], in: folder)
        #expect(json.status == 1)
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let waves = try #require(plan["waves"] as? [[String]])
        #expect(waves == [["vpc"], ["ec2_bastion", "kubernetes"], ["kubernetes_ingress_clb", "kubernetes_secrets"],
                          ["mongodb", "mysql", "redis", "s3_openedx_storage"], ["cloudfront"]])
        let modules = try #require(plan["modules"] as? [[String: Any]])
        #expect(modules.count == 10)
        var actions = 0
        for module in modules {
            #expect(module["name"] is String && module["wave"] is Int)
            for action in try #require(module["actions"] as? [[String: Any]]) {
                #expect(action["address"] is String && action["reason"] is String && action["changes"] is [Any])
                #expect(action["action"] as? String == "create")
                actions += 1
            }
        }
        let counts = try #require(plan["summary"] as? [String: Int])
        #expect(counts == ["add": actions, "change": 0, "destroy": 0])
        #expect(text.stdout.contains("Plan: \(actions) to add, 0 to change, 0 to destroy."))
        #expect((plan["estimated_minutes"] as? Double ?? 0) > 20)
    }

    /// The issue's cycle on the defaults, past their refusals: apply, a plan with no changes,
    /// and a destroy that leaves nothing Terraform manages. Each run exits 1: the real run fails
    /// (H12 is where a real destroy of these defaults stops), and the summary says so first.
    @Test func applyPlanDestroyLeavesAnEmptyAccount() throws {
        let folder = try folder("infra-cycle")
        defer { try? FileManager.default.removeItem(at: folder) }
        let apply = try edxplan(["apply", "--env", "prod", "--continue-past-refusals"], in: folder)
        #expect(apply.status == 1, "\(apply.stdout)\(apply.stderr)")
        #expect(apply.stdout.contains("\nApply failed: a real run stops at 4 places (listed below); --continue-past-refusals went on to show the rest."))
        #expect(!apply.stdout.contains("[succeeded] kubernetes "), "a unit past a refusal is not called a success")
        #expect(apply.stdout.contains("[fails for real; went on] kubernetes (wave 2,"))
        // The ingress load balancer Kubernetes made is outside state, priced: 730 h x ($0.025 + 3 x $0.005).
        #expect(apply.stdout.contains("Left in the account outside Terraform state ($29.20 a month, billed until they are deleted):\n"))
        #expect(apply.stdout.contains("(made by kubernetes): $29.20 a month\n"))
        let plan = try edxplan(["plan", "--env", "prod"], in: folder)
        #expect(plan.stdout.contains("No changes."))
        #expect(!plan.stdout.contains("Plan: "))

        let destroy = try edxplan(["destroy", "--env", "prod", "--continue-past-refusals"], in: folder)
        #expect(destroy.status == 1, "\(destroy.stdout)\(destroy.stderr)")
        #expect(destroy.stdout.contains("Destroy failed: a real run stops at 1 place (listed below); --continue-past-refusals went on to show the rest."))
        #expect(destroy.stdout.contains("  mongodb: aws_docdb_cluster_parameter_group.no_tls: InvalidDBParameterGroupState (at destroy)\n"))
        #expect(destroy.stdout.hasSuffix("Nothing is left in the account outside Terraform state.\n"))
        try golden.check(destroy.stdout, "destroy.default.txt")
        let account = try show(in: folder)
        #expect(account["resources"] as? Int == 0)
        #expect(account["state_entries"] as? Int == 0)
        #expect((account["locks"] as? [Any])?.isEmpty == true)
    }

    /// apply-today.yaml applies as AWS does today: exit 0, "Apply complete!", then No changes.
    @Test func applyTodayAppliesAndExitsZero() throws {
        let folder = try folder("infra-today")
        defer { try? FileManager.default.removeItem(at: folder) }
        let apply = try edxplan(["apply", "Scenarios/apply-today.yaml", "--env", "prod"], in: folder)
        #expect(apply.status == 0, "\(apply.stdout)\(apply.stderr)")
        #expect(apply.stdout.contains("\nApply complete! "))
        let plan = try edxplan(["plan", "Scenarios/apply-today.yaml", "--env", "prod"], in: folder)
        #expect(plan.status == 0 && plan.stdout.contains("No changes."), "\(plan.stdout)")
    }

    /// The defaults' apply fails at the EKS cluster as AWS does: exit 1, the failure first in the
    /// summary, never "[succeeded]" beside "a real run stops here".
    @Test func theDefaultsApplyFailsAtTheCluster() throws {
        let folder = try folder("infra-fails")
        defer { try? FileManager.default.removeItem(at: folder) }
        let apply = try edxplan(["apply", "--env", "prod"], in: folder)
        #expect(apply.status == 1)
        #expect(apply.stdout.contains("\nApply failed: 1 error(s), 7 unit(s) did not run. First error: kubernetes: module.eks.aws_eks_cluster.this[0]: InvalidParameterException.\n"),
                "\(apply.stdout)")
        #expect(!apply.stdout.contains("a real run stops here"))
    }

    /// retry-teardown.yaml: the root terragrunt.hcl retries InvalidDBParameterGroupState, so
    /// one `destroy` goes all the way, and the output shows both runs of the mongodb unit.
    @Test func withTheRetryOneDestroyLeavesAnEmptyAccount() throws {
        let folder = try folder("infra-retry")
        defer { try? FileManager.default.removeItem(at: folder) }
        let apply = try edxplan(["apply", "Scenarios/retry-teardown.yaml", "--env", "prod", "--continue-past-refusals"], in: folder)
        #expect(apply.status == 1, "\(apply.stdout)\(apply.stderr)")
        let destroy = try edxplan(["destroy", "Scenarios/retry-teardown.yaml", "--env", "prod"], in: folder)
        #expect(destroy.status == 0, "the retry gets past H12: \(destroy.stdout)\(destroy.stderr)")
        try golden.check(destroy.stdout, "destroy.retry-teardown.txt")
        let account = try show(in: folder)
        #expect(account["resources"] as? Int == 0)
        #expect(account["state_entries"] as? Int == 0)
    }

    /// `--queue-ignore-errors`: the units behind the failed mongodb unit (H12) still run, and
    /// only the parameter group is left.
    @Test func ignoringQueueErrorsRunsTheUnitsBehindTheFailure() throws {
        let folder = try folder("infra-ignore")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try edxplan(["apply", "--env", "prod", "--continue-past-refusals"], in: folder).status == 1)
        let destroy = try edxplan(["destroy", "--env", "prod", "--queue-ignore-errors", "--format", "json"], in: folder)
        #expect(destroy.status == 1, "the parameter group still fails")
        let run = try #require(try JSONSerialization.jsonObject(with: Data(destroy.stdout.utf8)) as? [String: Any])
        let statuses = (run["modules"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String }
        #expect(statuses.count == 10)
        #expect(!statuses.contains("early-exit"))
        #expect(statuses.filter { $0 == "failed" }.count == 1)
        let account = try show(in: folder)
        #expect(account["resources"] as? Int == 1)
        #expect(account["state_entries"] as? Int == 1)
    }

    /// `--fail-fast`: the storage unit, which had not started when mongodb failed, does not run.
    @Test func failFastStopsTheUnitsNotYetStarted() throws {
        let folder = try folder("infra-fail-fast")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try edxplan(["apply", "--env", "prod", "--continue-past-refusals"], in: folder).status == 1)
        let destroy = try edxplan(["destroy", "--env", "prod", "--fail-fast"], in: folder)
        #expect(destroy.status == 1)
        #expect(destroy.stdout.contains("[early-exit] s3_openedx_storage (wave 2,"))
        #expect(destroy.stdout.contains("Unit 's3_openedx_storage' did not run due to a failure in 'mongodb'"))
    }
}

/// Two `edxplan` processes on one account file, and a run killed with SIGKILL: the account
/// stays consistent (every call is its own transaction) and the lock is Terraform's.
/// Serialized: each test runs a paced apply for seconds and polls the file.
@Suite(.serialized, .enabled(if: CLI.executable != nil, CLI.missingMessage))
struct InfrastructureCLITestsLocks {
    let helper = InfrastructureCLITests()

    /// Starts `edxplan arguments --account account.sqlite` in `folder` without waiting.
    func start(_ arguments: [String], in folder: URL) throws -> Process {
        let executable = try #require(CLI.executable, CLI.missingMessage)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + ["--account", "account.sqlite"]
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Polls `account show` every 50 ms until `condition` holds (at most `seconds`).
    func wait(in folder: URL, seconds: Double = 30, until condition: ([String: Any]) -> Bool) throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            // A poll: a rare exit 2 of `account show` racing the writer (seen once in ~15 runs,
            // stderr not captured; reported to the lead) is retried rather than failing here.
            let result = try helper.edxplan(["account", "show", "--format", "json"], in: folder)
            if result.status == 0, let account = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
               condition(account) {
                return account
            }
            usleep(50_000)
        }
        Issue.record("condition not met within \(seconds) s")
        return try helper.show(in: folder)
    }

    static func locks(_ account: [String: Any]) -> [[String: Any]] { account["locks"] as? [[String: Any]] ?? [] }

    /// Processes that create one account at the same moment all open it: GRDB's migrator
    /// checks what to run outside its transaction, so the loser of that race meets "already
    /// exists" and must try again, not exit 2. Only apply makes an account, so six applies of one
    /// unit race: each succeeds or meets the winner's state lock (exit 1), none is refused.
    @Test func processesCreatingOneAccountTogetherAllSucceed() throws {
        let folder = try helper.folder("infra-create-race")
        defer { try? FileManager.default.removeItem(at: folder) }
        for round in 0..<5 {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(at: folder.appendingPathComponent("account.sqlite" + suffix)) }
            let processes = try (0..<6).map { _ in try start(["apply", "--env", "prod", "--unit", "vpc"], in: folder) }
            for process in processes { process.waitUntilExit() }
            #expect(processes.allSatisfy { $0.terminationStatus <= 1 }, "round \(round): \(processes.map(\.terminationStatus))")
            #expect(processes.contains { $0.terminationStatus == 0 }, "round \(round)")
        }
    }

    @Test func secondApplyFailsOnTheFirstOnesLock() throws {
        let folder = try helper.folder("infra-lock")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try start(["apply", "Scenarios/apply-today.yaml", "--env", "prod", "--pace", "60"], in: folder)
        defer { if first.isRunning { kill(first.processIdentifier, SIGKILL) } }
        let busy = try wait(in: folder) { !Self.locks($0).isEmpty }
        #expect(Self.locks(busy).first?["who"] as? String != nil)

        let second = try helper.edxplan(["apply", "Scenarios/apply-today.yaml", "--env", "prod"], in: folder)
        #expect(second.status == 1)
        let output = second.stdout + second.stderr
        #expect(output.contains("Error acquiring the state lock"))
        #expect(output.contains("pid \(first.processIdentifier)"), "the holder is the first process: \(output)")

        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(Self.locks(try helper.show(in: folder)).isEmpty)
    }

    @Test func killedApplyLeavesAConsistentAccountAndAStaleLock() throws {
        let folder = try helper.folder("infra-kill")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = try helper.edxplan(["plan", "Scenarios/apply-today.yaml", "--env", "prod", "--format", "json"], in: folder)
        let freshPlan = try #require(try JSONSerialization.jsonObject(with: Data(fresh.stdout.utf8)) as? [String: Any])
        let total = try #require((freshPlan["summary"] as? [String: Int])?["add"])

        let run = try start(["apply", "Scenarios/apply-today.yaml", "--env", "prod", "--pace", "20"], in: folder)
        _ = try wait(in: folder) { ($0["resources"] as? Int ?? 0) >= 5 }
        kill(run.processIdentifier, SIGKILL)
        run.waitUntilExit()
        #expect(run.terminationReason == .uncaughtSignal)

        // The file opens, and the killed run's lock is still there.
        let after = try helper.show(in: folder)
        #expect(Self.locks(after).count == 1)
        let created = try #require(after["state_entries"] as? Int)
        #expect(created > 0 && created < total)

        // Every state entry points at an object that exists: create and state write were one transaction.
        let account = try FakeAccount.open(at: folder.appendingPathComponent("account.sqlite"))
        for scopeModule in ["vpc", "ec2_bastion", "kubernetes", "kubernetes_ingress_clb", "kubernetes_secrets",
                            "mongodb", "mysql", "redis", "s3_openedx_storage", "cloudfront"] {
            for entry in try account.state(stateKey: FakeAccount.stateKey(scope: "prod", module: scopeModule)).values {
                #expect(try account.resource(id: entry.resourceID) != nil, "\(entry.address) -> \(entry.resourceID)")
            }
        }

        // The plan has only what is left; under the stale lock only with -lock=false, as Terraform's.
        let locked = try helper.edxplan(["plan", "Scenarios/apply-today.yaml", "--env", "prod"], in: folder)
        #expect(locked.status == 1 && locked.stderr.contains("Error acquiring the state lock"), "\(locked.stderr)")
        let left = try helper.edxplan(["plan", "Scenarios/apply-today.yaml", "--env", "prod", "--format", "json", "--lock=false"], in: folder)
        let leftPlan = try #require(try JSONSerialization.jsonObject(with: Data(left.stdout.utf8)) as? [String: Any])
        #expect((leftPlan["summary"] as? [String: Int])?["add"] == total - created)

        // Terraform refuses to run under the stale lock until force-unlock.
        let blocked = try helper.edxplan(["apply", "Scenarios/apply-today.yaml", "--env", "prod"], in: folder)
        #expect(blocked.status == 1)
        #expect((blocked.stdout + blocked.stderr).contains("Error acquiring the state lock"))
        // The advice names a command that exists; an unknown ID is refused and releases nothing;
        // the lock message's ID: line releases that lock, as `terraform force-unlock ID` does.
        let text = blocked.stdout + blocked.stderr
        #expect(text.contains("edxplan account unlock --lock-id "))
        let idLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("  ID:") })
        let id = idLine.dropFirst("  ID:".count).trimmingCharacters(in: .whitespaces)
        let unknown = try helper.edxplan(["account", "unlock", "--lock-id", "00000000-0000-0000-0000-000000000000"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("error: no lock with ID 00000000-0000-0000-0000-000000000000"))
        let unlock = try helper.edxplan(["account", "unlock", "--lock-id", id], in: folder)
        #expect(unlock.status == 0, "\(unlock.stderr)")
        #expect(unlock.stdout.hasPrefix("released "))
        #expect((try helper.show(in: folder)["locks"] as? [Any])?.isEmpty == true)

        let resumed = try helper.edxplan(["apply", "Scenarios/apply-today.yaml", "--env", "prod"], in: folder)
        #expect(resumed.status == 0, "\(resumed.stdout)\(resumed.stderr)")
        let final = try helper.edxplan(["plan", "Scenarios/apply-today.yaml", "--env", "prod"], in: folder)
        #expect(final.stdout.contains("No changes."))
        #expect(!final.stdout.contains("Plan: "))
    }
}
