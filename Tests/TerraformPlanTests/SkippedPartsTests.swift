import Foundation
import Testing
@testable import TerraformPlan

/// The parts of a plan the reader checks without building (prior state, planned values, the
/// configuration beyond the provider's region) refuse broken JSON exactly where it breaks,
/// naming the key before it; and values written twice alike (a no-op's before and after) are
/// read as written.
struct SkippedPartsTests {
    static func refusal(_ text: String) -> PlanJSONError? {
        do {
            _ = try PlanJSONReader.read(Data(text.utf8), name: "plan.json")
            return nil
        } catch {
            return error as? PlanJSONError
        }
    }

    @Test func brokenJSONInPriorStateIsRefusedAtItsKey() {
        let text = "{\"format_version\": \"1.2\",\n\"prior_state\": {\"values\": {\"root_module\": {\"resources\": [\n"
            + "  {\"address\": \"aws_db_instance.this\" \"mode\": \"managed\"}]}}}}"
        let error = Self.refusal(text)
        #expect(error?.location?.description == "plan.json:3:38")
        #expect(error?.message == "plan.json is not valid JSON: unexpected '\"', expecting ',' or '}' after the value of \"address\"")
    }

    @Test func aMissingColonInConfigurationNamesItsKey() {
        let text = "{\"format_version\": \"1.2\", \"configuration\": {\"root_module\": {\"module_calls\": {\"db\\u0041\" {}}}}}"
        let error = Self.refusal(text)
        #expect(error?.location?.description == "plan.json:1:89")
        #expect(error?.message.hasSuffix("expecting ':' after the key \"dbA\"") == true)
    }

    @Test func badValuesInPlannedValuesAreRefusedWhereTheyAre() {
        #expect(Self.refusal("{\"format_version\": \"1.2\", \"planned_values\": {\"x\": [1, 02]}}")?.location?.description == "plan.json:1:55")
        #expect(Self.refusal("{\"format_version\": \"1.2\", \"planned_values\": {\"x\": [1,]}}")?.message.hasSuffix("unexpected ']', expecting a value") == true)
        #expect(Self.refusal("{\"format_version\": \"1.2\", \"planned_values\": {\"x\": \"a\\qb\"}}")?.location?.description == "plan.json:1:53")
        #expect(Self.refusal("{\"format_version\": \"1.2\", \"planned_values\": {\"x\": tru}}")?.message.hasSuffix("expecting a value") == true)
        #expect(Self.refusal("{\"format_version\": \"1.2\", \"planned_values\": {\"x\": {}, }}")?.message
            .hasSuffix("unexpected '}', expecting a key in double quotes") == true)
    }

    @Test func valuesWrittenAlikeAreReadAsWritten() throws {
        let object = #"{"instance_type":"t3.large","tags":{"Name":"a"},"tags_all":{"Name":"a"},"sizes":[1],"more":[1,2]}"#
        let changed = #"{"instance_type":"t3.large","tags":{"Name":"a"},"tags_all":{"Name":"b"},"sizes":[1],"more":[1,2]}"#
        let text = #"{"format_version":"1.2","resource_changes":["#
            + #"{"address":"aws_instance.a","type":"aws_instance","name":"a","change":{"actions":["no-op"],"before":\#(object),"after":\#(object)}},"#
            + #"{"address":"aws_instance.b","type":"aws_instance","name":"b","change":{"actions":["update"],"before":\#(object),"after":\#(changed),"#
            + #""after_unknown":{"n":1},"before_sensitive":{"n":12},"after_sensitive":{"n":1}}}]}"#
        let plan = try PlanJSONReader.read(Data(text.utf8), name: "plan.json")
        #expect(plan.changes[0].before == plan.changes[0].after)
        #expect(plan.changes[0].after?["tags_all"]?["Name"]?.string == "a")
        #expect(plan.changes[1].after?["tags_all"]?["Name"]?.string == "b")
        #expect(plan.changes[1].after?["more"] == .array([.number("1"), .number("2")]))
        // A prefix alike is not the same value: {"n":1} then {"n":12}.
        #expect(plan.changes[1].beforeSensitive?["n"] == .number("12"))
        #expect(plan.changes[1].afterSensitive?["n"] == .number("1"))
    }
}
