import Account
import Foundation
import Testing

/// Secrets stay hidden wherever edxplan writes, and `plan` takes the state locks as
/// `terraform plan` does: the real executable, in a scratch folder, on an account file there.
@Suite(.enabled(if: CLI.executable != nil, CLI.missingMessage))
struct SecretsAndLocksCLITests {
    func folder(_ name: String) throws -> URL {
        let folder = try Support.scratch(name)
        try Support.copyCatalog(into: folder)
        try Support.copyScenarios(into: folder)
        return folder
    }

    func edxplan(_ arguments: [String], in folder: URL) throws -> CLI.Result {
        try CLI.run(arguments + ["--account", "account.sqlite"], in: folder)
    }

    /// A password planted by hand (a random_password result, an RDS master password) appears
    /// in no output, no event and no report file: "(sensitive value)", as Terraform prints it.
    @Test func aPlantedSecretAppearsNowhere() throws {
        let folder = try folder("secrets")
        defer { try? FileManager.default.removeItem(at: folder) }
        let applied = try edxplan(["apply", "--env", "prod", "--continue-past-refusals"], in: folder)
        #expect(applied.status == 1, "the defaults' refusals fail the run: \(applied.stderr)")
        let secrets = ["Planted-Admin-Secret-4711", "Planted-Db-Password-0815"]
        let plants = [
            ["account", "tinker", "--env", "prod", "--set", "random_password.admin_edx", "result=\(secrets[0])"],
            ["account", "tinker", "--env", "prod", "--set", "module.db.module.db_instance.aws_db_instance.this[0]", "password=\(secrets[1])"],
        ]
        var outputs: [String] = []
        for plant in plants {
            let result = try edxplan(plant, in: folder)
            #expect(result.status == 0, "\(plant): \(result.stderr)")
            outputs.append(result.stdout + result.stderr)
        }
        let runs: [[String]] = [
            ["plan", "--env", "prod"], ["plan", "--env", "prod", "--format", "json"], ["plan", "--env", "prod", "--destroy"],
            ["plan", "--env", "prod", "--destroy", "--format", "json"],
            ["account", "events"], ["account", "show"], ["account", "show", "--format", "json"],
            ["rehearse", "--env", "prod", "--runs", "1"], ["rehearse", "--env", "prod", "--runs", "1", "--format", "json"],
            ["apply", "--env", "prod", "--continue-past-refusals"], ["apply", "--env", "prod", "--format", "json"],
            ["account", "events"], ["destroy", "--env", "prod", "--continue-past-refusals"],
        ]
        for run in runs {
            let result = try edxplan(run, in: folder)
            outputs.append(result.stdout + result.stderr)
        }
        let plan = outputs[plants.count]
        #expect(plan.contains("result = (sensitive value)"), "the drift is shown, its value is not")
        #expect(plan.contains("password = (sensitive value)"))
        let report = try CLI.run(["report"], in: folder)
        outputs.append(report.stdout + report.stderr)
        // Every file edxplan wrote except the account itself, which is AWS's side of things.
        let walker = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        for case let file as URL in walker where !file.path.contains("/Catalog/") && !file.path.contains("/Scenarios/")
            && !file.lastPathComponent.hasPrefix("account.sqlite") {
            if let text = try? String(contentsOf: file, encoding: .utf8) { outputs.append(text) }
        }
        for secret in secrets {
            let leaks = outputs.indices.filter { outputs[$0].contains(secret) }
            #expect(leaks.isEmpty, "\(secret) leaked in outputs \(leaks)")
        }
    }

    /// `plan` takes each unit's lock and releases it; a held lock stops it with Terraform's
    /// error and the lock's info (exit 1); `--lock=false` plans without taking it.
    @Test func planTakesTheStateLock() throws {
        let folder = try folder("plan-lock")
        defer { try? FileManager.default.removeItem(at: folder) }
        let free = try edxplan(["plan", "--env", "prod"], in: folder)
        #expect(free.stdout.contains("Plan: "), "\(free.stderr)")
        let account = try FakeAccount.open(at: folder.appendingPathComponent("account.sqlite"))
        #expect(try account.locks().isEmpty, "plan released every lock it took")
        let lockID = FakeAccount.lockID(bucket: "123456789012-terraform-tfstate", stateKey: FakeAccount.stateKey(scope: "prod", module: "mysql"))
        try account.acquireLock(lockID: lockID, holder: "someone@elsewhere pid 7", operation: "OperationTypeApply")
        let held = try edxplan(["plan", "--env", "prod"], in: folder)
        #expect(held.status == 1)
        #expect(held.stderr.contains("Error acquiring the state lock"), "\(held.stderr)")
        #expect(held.stderr.contains("Who:       someone@elsewhere pid 7"))
        #expect(held.stdout.isEmpty)
        #expect(try account.locks().map(\.lockID) == [lockID], "only the held lock remains")
        let unlocked = try edxplan(["plan", "--env", "prod", "--lock=false"], in: folder)
        #expect(unlocked.stdout == free.stdout, "\(unlocked.stderr)")
        #expect(try account.locks().map(\.lockID) == [lockID])
    }
}
