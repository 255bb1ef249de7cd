import Foundation
import Testing
@testable import TerraformState

/// A lean read (`keepingWhole`, the import's) builds of instances' attributes only scalars,
/// lists of strings and the nested values it names; every other nested value is checked as
/// JSON as a full read checks it, and read as `[null]` when not empty.
@Suite struct LeanReadTests {
    static let whole: Set<String> = ["scaling_config"]

    static func resources(_ data: Data, keepingWhole whole: Set<String>?) throws -> [StateResource] {
        var resources: [StateResource] = []
        _ = try StateReader.stream(data, file: "unit.tfstate", keepingWhole: whole) { resources.append($0) }
        return resources
    }

    /// What a lean read must give for one attribute's value, from the full read's.
    static func expected(_ name: String, _ value: StateValue) -> StateValue {
        switch value {
        case .object(let members) where !members.isEmpty && !whole.contains(name): return .array([.null])
        case .array(let items) where items.contains(where: { $0.string == nil }) && !whole.contains(name): return .array([.null])
        default: return value
        }
    }

    @Test func everythingButDroppedNestedAttributesIsReadAsAFullReadReadsIt() throws {
        let (data, _) = try StateReaderTests.fixture("mysql-unit.tfstate")
        let text = """
            {"version": 4, "terraform_version": "1.9.5", "serial": 1, "lineage": "l", "outputs": {"o": {"value": {"a": [1]}, "type": ["object", {"a": ["list", "number"]}]}},
             "resources": [{"mode": "managed", "type": "aws_eks_node_group", "name": "ng", "provider": "p", "instances": [
               {"schema_version": 0, "attributes": {"id": "x", "tags": {"Name": "a\\u00e9"}, "empty": {}, "none": [], "subnets": ["a", "b"],
                 "mixed": ["a", 1], "blocks": [{"enabled": false}], "nested": [["a"]], "n": -1.5e3, "t": true, "z": null,
                 "scaling_config": [{"desired_size": 2, "max_size": 3}], "password": {"value": "s3cr3t"}},
                "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]], "identity": {"id": {"x": 1}},
                "dependencies": ["a.b"]},
               {"index_key": "k", "attributes_flat": {"a": "b"}}]}]}
            """
        for document in [data, Data(text.utf8)] {
            let full = try Self.resources(document, keepingWhole: nil)
            let lean = try Self.resources(document, keepingWhole: Self.whole)
            #expect(full.count == lean.count)
            for (one, other) in zip(full, lean) {
                var dropped = one
                for index in dropped.instances.indices {
                    if case .object(let members) = dropped.instances[index].attributes {
                        dropped.instances[index].attributes = .object(members.map { ($0.key, Self.expected($0.key, $0.value)) })
                    }
                }
                #expect(dropped == other)
            }
        }
        // The inline document has something of each kind.
        let lean = try Self.resources(Data(text.utf8), keepingWhole: Self.whole)
        let attributes = try #require(lean.first?.instances.first?.attributes)
        #expect(attributes["tags"] == .array([.null]))
        #expect(attributes["blocks"] == .array([.null]))
        #expect(attributes["mixed"] == .array([.null]))
        #expect(attributes["empty"] == .object([]))
        #expect(attributes["subnets"] == .array([.string("a"), .string("b")]))
        #expect(attributes["scaling_config"]?.array?.first?["desired_size"] == .number("2"))
        #expect(lean.first?.instances.first?.identity == .object([("id", .object([("x", .number("1"))]))]))
    }

    /// Broken JSON inside a value that a lean read does not build is refused where a full
    /// read refuses it, with the same message.
    @Test func brokenNestedValuesAreRefusedAsAFullReadRefusesThem() throws {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let broken = [
            #"{"tags": {"a": "b}}"#, #"{"tags": {"a" "b"}}"#, #"{"tags": {"a": "b",}}"#, #"{"tags": {a: 1}}"#,
            #"{"tags": {"a": "\x"}}"#, #"{"tags": {"a": "\u12"}}"#, "{\"tags\": {\"a\": \"\u{01}\"}}", #"{"tags": {"a": 01}}"#,
            #"{"tags": {"a": 1.}}"#, #"{"tags": {"a": tru}}"#, #"{"b": [{"a": 1} {"a": 2}]}"#, #"{"b": ["a", {"c": nul}]}"#,
            #"{"b": ["a", "b"#, #"{"b": [1, 2,]}"#, #"{"b": [{"x": -}]}"#, "{\"b\": [\(deep)]}", "{\"tags\": {\"k\": \(deep)}}",
            #"{"tags": {"a": "é"}}"#,
        ]
        for attributes in broken {
            var text = Data(#"{"version": 4, "resources": [{"mode": "managed", "type": "t", "name": "n", "provider": "p", "instances": [{"attributes": "#.utf8)
            text += Data(attributes.utf8)
            if attributes.contains("é") { text[text.count - 4] = 0xFF }
            text += Data("}]}]}".utf8)
            let full = #expect(throws: StateError.self) { try Self.resources(text, keepingWhole: nil) }
            let lean = #expect(throws: StateError.self) { try Self.resources(text, keepingWhole: Self.whole) }
            #expect(full != nil && full == lean, "\(attributes): \(String(describing: full)) / \(String(describing: lean))")
        }
    }
}
