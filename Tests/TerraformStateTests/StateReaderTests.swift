import Diagnostics
import Foundation
import Testing
@testable import TerraformState

@Suite struct StateReaderTests {
    static func fixture(_ name: String) throws -> (Data, String) {
        let url = try #require(Bundle.module.url(forResource: "StateReaderTests-" + name, withExtension: nil, subdirectory: "Fixtures"))
        return (try Data(contentsOf: url), name)
    }

    static func refusal(_ text: String, file: String = "unit.tfstate") -> StateError? {
        do {
            _ = try StateReader.read(Data(text.utf8), file: file)
            return nil
        } catch let error as StateError {
            return error
        } catch {
            return nil
        }
    }

    @Test func readsEveryPartOfAFormat4State() throws {
        let (data, name) = try Self.fixture("mysql-unit.tfstate")
        let state = try StateReader.read(data, file: name)
        #expect(state.terraformVersion == "1.9.5")
        #expect(state.serial == 12)
        #expect(state.lineage == "3f6c1c5e-8d2a-4b7e-9a51-0c2f4e6d8b10")
        #expect(state.outputs["mysql_root_password"]?.sensitive == true)
        #expect(state.outputs["mysql_host"]?.value == .string("prod.c9akciq32.us-east-1.rds.amazonaws.com"))
        #expect(state.resources.map(\.address) == [
            "data.aws_vpc.environment", "aws_db_subnet_group.mysql_subnet_group", "aws_route53_record.mysql",
            "module.db.random_password.master_password", "module.db.module.db_instance.aws_db_instance.this"])
        let vpc = state.resources[0]
        #expect(vpc.mode == .data)
        let db = state.resources[4]
        #expect(db.each == "list")
        #expect(db.instances.count == 2)
        let current = db.instances[0]
        #expect(db.address(of: current) == "module.db.module.db_instance.aws_db_instance.this[0]")
        #expect(current.tainted)
        #expect(current.schemaVersion == 2)
        #expect(current.sensitiveNames == ["password"])
        // The escapes are decoded: `\u003c` is `<`.
        #expect(current.attributes["password"] == .string("Zq8<!s3cr3t&pw"))
        #expect(current.attributes["allocated_storage"] == .number("10"))
        #expect(current.attributes["timeouts"] == .null)
        #expect(current.dependencies == ["aws_db_subnet_group.mysql_subnet_group", "module.db.random_password.master_password"])
        #expect(db.instances[1].deposed == "00000001")
        let record = state.resources[2]
        #expect(record.address(of: record.instances[0]) == "aws_route53_record.mysql[\"a\"]")
        #expect(record.instances[0].createBeforeDestroy)
    }

    /// Reading then writing gives the file back byte for byte: the writer is Terraform's format.
    @Test func writesTheFileItReadByteForByte() throws {
        let (data, name) = try Self.fixture("mysql-unit.tfstate")
        let state = try StateReader.read(data, file: name)
        let written = StateWriter.write(state)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: data, as: UTF8.self))
    }

    @Test func writerSortsResourcesAndInstancesAsTerraform() throws {
        let provider = StateResource.provider(forType: "aws_vpc")
        let b = StateResource(module: "module.b", type: "aws_vpc", name: "this", provider: provider, instances: [
            StateInstance(indexKey: .string("x"), attributes: .object([])),
            StateInstance(indexKey: .int(1), attributes: .object([])),
        ])
        let a = StateResource(module: nil, type: "aws_vpc", name: "z", provider: provider, instances: [StateInstance(attributes: .object([]))])
        let state = StateFile(terraformVersion: "1.9.5", serial: 1, lineage: "l", resources: [b, a])
        let back = try StateReader.read(StateWriter.write(state), file: "x")
        #expect(back.resources.map(\.address) == ["aws_vpc.z", "module.b.aws_vpc.this"])
        #expect(back.resources[1].instances.map(\.indexKey) == [.int(1), .string("x")])
        #expect(provider == "provider[\"registry.terraform.io/hashicorp/aws\"]")
    }

    @Test func streamsResourcesOneByOne() throws {
        let (data, name) = try Self.fixture("mysql-unit.tfstate")
        var seen: [String] = []
        let header = try StateReader.stream(data, file: name) { seen.append($0.type) }
        #expect(seen.count == 5)
        #expect(header.resources.isEmpty)
        #expect(header.serial == 12)
    }

    @Test func refusesFormat3AtItsVersion() throws {
        let (data, name) = try Self.fixture("format3.tfstate")
        let error = try #require(throws: StateError.self) { try StateReader.read(data, file: name) }
        #expect(error.location == SourceLocation(file: name, line: 2, column: 16))
        #expect(error.message.contains("Terraform 0.11 or older"))
        #expect(error.exitCode == .badInput)
    }

    @Test func refusesAPlanGivenAsAState() throws {
        let (data, name) = try Self.fixture("plan.json")
        let error = try #require(throws: StateError.self) { try StateReader.read(data, file: name) }
        #expect(error.location == SourceLocation(file: name, line: 1, column: 2))
        #expect(error.message.contains("terraform show -json"))
    }

    @Test func refusesBrokenJSONWhereItBreaks() throws {
        let (data, name) = try Self.fixture("broken.tfstate")
        let error = try #require(throws: StateError.self) { try StateReader.read(data, file: name) }
        // The missing comma after "aws_vpc": the next member name on line 11.
        #expect(error.location == SourceLocation(file: name, line: 11, column: 7))
        #expect(error.message.contains("not valid JSON"))
    }

    @Test func refusesWhatIsNotAState() {
        #expect(Self.refusal("")?.message.contains("empty") == true)
        #expect(Self.refusal("[1]")?.location?.column == 1)
        #expect(Self.refusal("{\"serial\": 1}")?.message.contains("no \"version\"") == true)
        #expect(Self.refusal("{\"version\": 5}")?.message.contains("newer") == true)
        #expect(Self.refusal("{\"modules\": []}")?.message.contains("0.11") == true)
        #expect(Self.refusal("{\"version\": 4, \"resources\": [{\"mode\": \"odd\", \"type\": \"t\", \"name\": \"n\", \"provider\": \"p\"}]}")?
            .location?.column == 30)
        #expect(Self.refusal("{\"version\": 4, \"resources\": [{\"mode\": \"managed\", \"type\": \"t\", \"name\": \"n\", \"provider\": \"p\", \"instances\": [{\"status\": \"odd\"}]}]}")?
            .message.contains("invalid status") == true)
        #expect(Self.refusal("{\"version\": 4} x")?.message.contains("after") == true)
        #expect(Self.refusal("{\"version\": 4, \"lineage\": \"a\u{01}\"}")?.message.contains("control character") == true)
        #expect(Self.refusal("{\"version\": 4, \"x\": " + String(repeating: "[", count: 10_000))?.message.contains("nested") == true)
    }

    @Test func readsUTF16WithAByteOrderMark() throws {
        let text = "{\"version\": 4, \"terraform_version\": \"1.5.7\", \"serial\": 3, \"lineage\": \"é\", \"outputs\": {}, \"resources\": []}"
        var data = Data([0xFF, 0xFE])
        data.append(text.data(using: .utf16LittleEndian)!)
        let state = try StateReader.read(data, file: "pulled-on-windows.tfstate")
        #expect(state.lineage == "é")
        #expect(state.terraformVersion == "1.5.7")
    }

    @Test func goEscapesOnWrite() {
        var out = StateWriter.Output()
        out.string("a<b>&c\u{2028}\"\\\n\u{01}é")
        #expect(String(decoding: out.bytes, as: UTF8.self) == "\"a\\u003cb\\u003e\\u0026c\\u2028\\\"\\\\\\n\\u0001é\"")
    }
}
