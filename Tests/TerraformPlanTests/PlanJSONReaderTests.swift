import Foundation
import Testing
@testable import TerraformPlan

/// Plans of every format version Terraform has written, in the encodings Windows writes, and
/// the files that are not plans, each refused at its line and column.
struct PlanJSONReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json"))
        return try Data(contentsOf: url)
    }

    static func refusal(_ text: String, name: String = "plan.json") -> PlanJSONError? {
        do {
            _ = try PlanJSONReader.read(Data(text.utf8), name: name)
            return nil
        } catch let error as PlanJSONError {
            return error
        } catch {
            Issue.record("not a PlanJSONError: \(error)")
            return nil
        }
    }

    @Test func format01OfTerraform012() throws {
        let plan = try PlanJSONReader.read(try Self.fixture("format01Terraform012"), name: "p.json")
        #expect(plan.formatVersion == "0.1")
        #expect(plan.terraformVersion == "0.12.31")
        #expect(plan.providerRegions == ["aws": "eu-west-1"])
        let change = try #require(plan.changes.first)
        #expect(change.address == "aws_instance.bastion")
        #expect(change.actions == ["update"])
        #expect(change.before?["instance_type"]?.string == "t2.micro")
        #expect(change.after?["instance_type"]?.string == "t3.micro")
        #expect(change.after?["root_block_device"]?.block?["volume_size"]?.int == 8)
    }

    @Test func format02OfTerraform015() throws {
        let plan = try PlanJSONReader.read(try Self.fixture("format02Terraform015"), name: "p.json")
        #expect(plan.formatVersion == "0.2")
        let change = try #require(plan.changes.first)
        #expect(change.moduleAddress == "module.redis")
        #expect(change.after?["node_type"]?.string == "cache.t3.medium")
        #expect(change.afterSensitive?["auth_token"]?.bool == true)
        #expect(plan.providerRegions.isEmpty)
    }

    @Test func format10CreateHasNoBefore() throws {
        let plan = try PlanJSONReader.read(try Self.fixture("format10Terraform11"), name: "p.json")
        #expect(plan.formatVersion == "1.0")
        let change = try #require(plan.changes.first)
        #expect(change.actions == ["create"] && change.before == nil && change.index == .number("0"))
        #expect(change.afterUnknown?["public_ip"]?.bool == true)
        // A region from a variable is not known from the plan.
        #expect(plan.providerRegions.isEmpty)
    }

    @Test func format11KeepsDataSourcesApart() throws {
        let plan = try PlanJSONReader.read(try Self.fixture("format11Terraform13"), name: "p.json")
        #expect(plan.formatVersion == "1.1")
        #expect(plan.changes.map(\.mode) == ["managed", "data"])
        #expect(plan.changes[1].actionReason == "read_because_config_unknown")
        #expect(plan.providerRegions == ["aws": "us-east-2"])
    }

    @Test func format12() throws {
        let plan = try PlanJSONReader.read(try Self.fixture("format12Terraform19"), name: "p.json")
        #expect(plan.formatVersion == "1.2" && plan.terraformVersion == "1.9.5")
        #expect(plan.changes.first?.beforeSensitive?["password"]?.bool == true)
    }

    @Test(arguments: ["utf16LittleEndianWithMark", "utf16BigEndianWithMark", "utf8WithMark"])
    func windowsEncodingsReadAsTheUTF8File(_ name: String) throws {
        let plain = try PlanJSONReader.read(try Self.fixture("format12Terraform19"), name: "p.json")
        let encoded = try PlanJSONReader.read(try Self.fixture(name), name: "p.json")
        #expect(encoded.formatVersion == plain.formatVersion)
        #expect(encoded.changes.map(\.address) == plain.changes.map(\.address))
        #expect(encoded.changes.first?.after == plain.changes.first?.after)
    }

    @Test func utf16ErrorsCountCharactersNotBytes() throws {
        let text = "{\n  \"format_version\": \"1.2\",\n  \"resource_changes\": [ }\n"
        let data = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        #expect(throws: PlanJSONError.self) { try PlanJSONReader.read(data, name: "p.json") }
        do { _ = try PlanJSONReader.read(data, name: "p.json") } catch let error as PlanJSONError {
            #expect(error.location?.description == "p.json:3:25")
        }
    }

    @Test func brokenJSONIsRefusedWhereItBreaks() {
        let missingComma = Self.refusal("{\n  \"format_version\": \"1.2\"\n  \"resource_changes\": []\n}\n")
        #expect(missingComma?.location?.description == "plan.json:3:3")
        #expect(missingComma?.message.contains("expecting ',' or '}'") == true)
        let truncated = Self.refusal("{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": \"aws_")
        #expect(truncated?.location?.description == "plan.json:1:60")
        #expect(truncated?.message.contains("ends inside a string") == true)
        #expect(Self.refusal("")?.message == "plan.json is empty")
        #expect(Self.refusal("[1, 2]")?.message.contains("not a JSON object") == true)
        #expect(Self.refusal("{\"format_version\": \"1.2\"} {}")?.location?.description == "plan.json:1:27")
        #expect(Self.refusal("{\"format_version\": 01}")?.message.contains("leading zero") == true)
        #expect(Self.refusal("{\"format_version\": \"1.2\", \"x\": \"caf\u{7}\"}")?.message.contains("control character") == true)
    }

    @Test func invalidUTF8IsRefusedAtItsCharacter() {
        var data = Data("{\"format_version\": \"1.2\",\n \"x\": \"caf".utf8)
        data.append(0xE9)
        data.append(contentsOf: Array("\"}".utf8))
        do {
            _ = try PlanJSONReader.read(data, name: "p.json")
            Issue.record("read")
        } catch let error as PlanJSONError {
            #expect(error.location?.description == "p.json:2:11")
            #expect(error.message.contains("not UTF-8"))
        } catch { Issue.record("\(error)") }
    }

    @Test func aStateFileIsNotAPlan() {
        let state = Self.refusal("{\n  \"version\": 4,\n  \"terraform_version\": \"1.9.5\",\n  \"serial\": 3,\n  \"lineage\": \"x\",\n  \"resources\": []\n}\n")
        #expect(state?.message == "plan.json is a Terraform state file (format version 4), not a plan")
        #expect(state?.location?.description == "plan.json:2:14")
        #expect(state?.hint?.contains("import-state") == true)
        let shown = Self.refusal("{\"format_version\": \"1.0\", \"terraform_version\": \"1.9.5\", \"values\": {\"root_module\": {}}}")
        #expect(shown?.message.contains("a state shown as JSON") == true)
        let old = Self.refusal("{\"version\": 3, \"serial\": 1, \"modules\": [{\"path\": [\"root\"]}]}")
        #expect(old?.message.contains("state file (format version 3)") == true)
    }

    @Test func unsupportedFormatsAreRefusedAtTheirVersion() {
        let future = Self.refusal("{\n  \"format_version\": \"2.0\",\n  \"resource_changes\": []\n}")
        #expect(future?.location?.description == "plan.json:2:21")
        #expect(future?.message.contains("\"2.0\" is not supported") == true)
        #expect(Self.refusal("{\"format_version\": \"0.3\"}")?.message.contains("not supported") == true)
        #expect(Self.refusal("{\"format_version\": 1.2}")?.message.contains("must be a string") == true)
        #expect(Self.refusal("{\"resource_changes\": []}")?.message.contains("no format_version") == true)
        #expect(PlanJSONReader.supports("1.2") && PlanJSONReader.supports("1.10") && PlanJSONReader.supports("0.1"))
        #expect(!PlanJSONReader.supports("1") && !PlanJSONReader.supports("0.0") && !PlanJSONReader.supports("2.0"))
    }

    @Test func erroredPlansAndUnknownActionsAreRefused() {
        let errored = Self.refusal("{\"format_version\": \"1.2\", \"resource_changes\": [], \"errored\": true}")
        #expect(errored?.message.contains("errored") == true)
        let action = Self.refusal("{\"format_version\": \"1.2\", \"resource_changes\": [\n  {\"address\": \"a.b\", \"type\": \"a\", \"name\": \"b\", \"change\": {\"actions\": [\"explode\"]}}]}")
        #expect(action?.location?.description == "plan.json:2:3")
        #expect(action?.message.contains("\"explode\"") == true)
        let noChange = Self.refusal("{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": \"a.b\", \"type\": \"a\", \"name\": \"b\"}]}")
        #expect(noChange?.message.contains("no change.actions") == true)
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = "{\"format_version\": \"1.2\", \"x\": " + String(repeating: "[", count: 100_000) + "}"
        #expect(Self.refusal(deep)?.message.contains("nested more than") == true)
    }

    /// Every prefix of a real plan is either refused as a PlanJSONError with a position inside
    /// the file, or (the whole file) read: cutting a file anywhere never crashes the reader.
    @Test func everyTruncationIsRefusedWithAPosition() throws {
        let whole = try Self.fixture("format02Terraform015")
        let last = try #require(whole.lastIndex(of: UInt8(ascii: "}")))
        for length in 0...last {
            do {
                _ = try PlanJSONReader.read(whole.prefix(length), name: "p.json")
                Issue.record("a prefix of \(length) bytes was read as a plan")
            } catch let error as PlanJSONError {
                if length > 0 { #expect(error.location != nil, "prefix \(length): \(error)") }
            }
        }
        #expect(try PlanJSONReader.read(whole, name: "p.json").changes.count == 1)
    }

    @Test func escapesAreDecoded() throws {
        let plan = try PlanJSONReader.read(Data(#"{"format_version":"1.2","resource_changes":[{"address":"a.b","type":"aws_s3_bucket","name":"b","change":{"actions":["create"],"after":{"bucket":"caf\u00e9\ud83d\ude00\n\"x\"\/"}}}]}"#.utf8), name: "p.json")
        #expect(plan.changes.first?.after?["bucket"]?.string == "café😀\n\"x\"/")
    }
}
