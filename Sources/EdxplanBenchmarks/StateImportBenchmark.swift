import Account
import Blueprint
import Foundation
import Scenario
import StateImport
import TerraformState

/// `edxplan-bench state [megabytes]`: imports a generated Terraform state of the backend's
/// resource mix (default 100 MB: every unit of `env0`, `env1`, ... as `<env>/<unit>/
/// terraform.tfstate`, each instance with the id, ARN, tags and the other attributes a
/// provider writes besides what edxplan reads) into a new account file, as `account
/// import-state` does (the states read on their own threads while the account is written),
/// and prints its time, the writer's and the readers' CPU and the process's peak memory.
/// The states are kept in the temporary folder between runs; the first run writes them
/// as it goes, so run it twice for the memory figure.
enum StateImportBenchmark {
    static func run(_ arguments: [Int]) throws {
        let megabytes = max(1, arguments.first ?? 100)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-bench-state-\(megabytes)MB")
        let done = folder.appendingPathComponent(".complete")
        if !FileManager.default.fileExists(atPath: done.path) {
            try? FileManager.default.removeItem(at: folder)
            let (files, bytes) = try generate(into: folder, bytes: megabytes * 1_000_000)
            try Data().write(to: done)
            print("wrote \(files) state files under \(folder.path) (\(bytes) bytes)")
        }
        let account = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-bench-state-\(UUID().uuidString).sqlite")
        defer { for suffix in ["", "-wal", "-shm", ".partial"] { try? FileManager.default.removeItem(atPath: account.path + suffix) } }
        let clock = ContinuousClock()
        let cpuStart = Measure.cpuMilliseconds()
        let start = clock.now
        let sources = try StateSource.find([(folder, folder.path)], environment: nil)
        let importer = StateImporter(modelled: modelled()) { _ in "us-east-1" }
        // As `account import-state` into a new account: the states are read on threads of
        // their own while this one writes what is ready.
        let stream = importer.stream(sources)
        var objects = 0
        var writeCPU = 0.0
        try FakeAccount.build(at: account) { fake in
            let writerStart = threadCPUMilliseconds()
            try fake.importState(replacing: sources.map { FakeAccount.stateKey(scope: $0.environment, module: $0.unit) }, notes: { [] }) {
                let next = try stream.next()
                objects += next?.count ?? 0
                return next
            }
            writeCPU = threadCPUMilliseconds() - writerStart
        }
        let end = clock.now
        let endCPU = Measure.cpuMilliseconds()
        let bytes = sources.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.url.path)[.size] as? Int) ?? 0) }
        print("edxplan-bench state: \(sources.count) state files, \(String(format: "%.1f MB", Double(bytes) / 1_000_000)), "
              + "\(objects) objects")
        print(Measure.line("import-state", Measure.milliseconds(end - start)))
        print(Measure.line("write (CPU)", writeCPU))
        print(Measure.line("read (CPU)", endCPU - cpuStart - writeCPU))
        print(Measure.line("total (CPU)", endCPU - cpuStart))
        print(String(format: "  peak resident memory %.1f MiB", Measure.peakResidentMiB()))
    }

    /// The CPU time of the calling thread: the account's writer, while the states are read on others.
    static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }

    static func modelled() -> Set<String> {
        Set(template().map(\.type))
    }

    /// The default backend's resources in Terraform state, one environment's worth.
    static func template() -> [Resource] {
        guard let scenario = try? ScenarioLoader.load(text: GeneratedScenario.yaml(environments: 1), file: "bench.yaml") else { return [] }
        return Blueprint.expand(scenario).environments[0].resources.filter { $0.managedBy == .terraform }
    }

    /// Writes environments until `bytes` are written, one environment's files at a time.
    static func generate(into folder: URL, bytes target: Int) throws -> (files: Int, bytes: Int) {
        let resources = template()
        let units = Dictionary(grouping: resources, by: \.module)
        var written = 0, files = 0, environment = 0
        while written < target {
            let name = "env\(environment)"
            for (unit, members) in units.sorted(by: { $0.key < $1.key }) {
                var state = StateFile(terraformVersion: "1.9.8", serial: 12, lineage: StableHash.uuid(name + unit))
                var byResource: [String: StateResource] = [:]
                for (index, resource) in members.enumerated() {
                    guard let address = ResourceAddress(resource.address) else { continue }
                    let id = "\(resource.type.replacingOccurrences(of: "aws_", with: ""))-\(name)-\(unit)-\(index)"
                    let instance = StateInstance(indexKey: address.key, schemaVersion: 1,
                                                 attributes: attributes(of: resource, id: id, environment: name),
                                                 sensitiveAttributes: .array([]), privateData: "eyJzY2hlbWFfdmVyc2lvbiI6IjEifQ==",
                                                 dependencies: resource.dependsOn.map(StateImporter.configAddress))
                    byResource[address.resource, default: StateResource(
                        module: address.module, type: resource.type, name: address.name,
                        each: address.key.map { if case .int = $0 { "list" } else { "map" } },
                        provider: StateResource.provider(forType: resource.type), instances: [])].instances.append(instance)
                }
                state.resources = Array(byResource.values)
                let data = StateWriter.write(state)
                let url = folder.appendingPathComponent("\(name)/\(unit)/terraform.tfstate")
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
                written += data.count
                files += 1
            }
            environment += 1
        }
        return (files, written)
    }

    /// What a provider writes for an object: edxplan's attributes, then the id, the ARN, the
    /// tags twice (`tags`, `tags_all`) and the usual computed and optional attributes.
    static func attributes(of resource: Resource, id: String, environment: String) -> StateValue {
        var members: [(key: String, value: StateValue)] = resource.attributes.map { name, value in
            switch value {
            case .string(let text): return (name, .string(text))
            case .int(let number): return (name, .number(String(number)))
            case .bool(let flag): return (name, .bool(flag))
            case .strings(let list): return (name, .array(list.map(StateValue.string)))
            }
        }
        let tags: StateValue = .object([("Environment", .string(environment)), ("Platform", .string("yourschool")),
                                        ("Platform-Region", .string("usa_east")), ("Terraform", .string("true"))])
        members += [
            ("id", .string(id)), ("arn", .string("arn:aws:bench:us-east-1:123456789012:\(resource.type)/\(id)")),
            ("tags", tags), ("tags_all", tags), ("timeouts", .null), ("owner_id", .string("123456789012")),
            ("description", .string("Managed by Terraform")), ("region", .string("us-east-1")),
            ("availability_zone", .string("us-east-1a")), ("kms_key_id", .string("")), ("status", .string("available")),
            ("created_at", .string("2026-01-15T09:30:00Z")), ("revision", .number("3")), ("enabled", .bool(true)),
            ("subnet_ids", .array((0..<3).map { .string("subnet-\(environment)-\($0)") })),
            ("security_group_ids", .array([.string("sg-\(environment)-a"), .string("sg-\(environment)-b")])),
            ("endpoint", .string("\(id).c9akciq32.us-east-1.amazonaws.com")), ("hosted_zone_id", .string("Z2FDTNDATAQYW2")),
            ("versioning", .array([.object([("enabled", .bool(false)), ("mfa_delete", .bool(false))])])),
        ]
        if resource.type == "random_password" { members.append(("result", .string("bench-secret-\(id)"))) }
        return StateValue.object(members).sortedKeys()
    }
}
