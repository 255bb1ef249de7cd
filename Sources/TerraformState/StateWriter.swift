import Foundation

/// Writes a state byte for byte as Terraform does (`writeStateV4`): Go's
/// `json.MarshalIndent(state, "", "  ")` plus a newline, struct fields in their declared
/// order with the `omitempty` ones left out when empty, resources sorted by module, mode,
/// type and name, instances by key, output names sorted, and strings escaped as Go's
/// encoder escapes them (`<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`).
public enum StateWriter {
    public static func write(_ state: StateFile) -> Data {
        var out = Output()
        out.open("{")
        out.member("version", first: true) { $0.raw("4") }
        out.member("terraform_version") { $0.string(state.terraformVersion) }
        out.member("serial") { $0.raw(String(state.serial)) }
        out.member("lineage") { $0.string(state.lineage) }
        out.member("outputs") { out in
            let names = state.outputs.keys.sorted(by: bytewise)
            guard !names.isEmpty else { return out.raw("{}") }
            out.open("{")
            for (index, name) in names.enumerated() {
                let output = state.outputs[name]!
                out.member(name, first: index == 0) { out in
                    out.open("{")
                    out.member("value", first: true) { $0.value(output.value) }
                    out.member("type") { $0.value(output.type) }
                    if output.sensitive { out.member("sensitive") { $0.raw("true") } }
                    out.close("}")
                }
            }
            out.close("}")
        }
        out.member("resources") { out in
            let resources = sorted(state.resources)
            guard !resources.isEmpty else { return out.raw("[]") }
            out.open("[")
            for (index, resource) in resources.enumerated() {
                out.item(first: index == 0) { resourceBody(resource, &$0) }
            }
            out.close("]")
        }
        out.member("check_results") { $0.value(state.checkResults) }
        out.close("}")
        out.raw("\n")
        return Data(out.bytes)
    }

    /// Terraform's `normalize()`: stable sorts of resources and of each one's instances.
    static func sorted(_ resources: [StateResource]) -> [StateResource] {
        let ordered = resources.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            for (l, r) in [(x.module ?? "", y.module ?? ""), (x.mode.rawValue, y.mode.rawValue), (x.type, y.type), (x.name, y.name)] where l != r {
                return bytewise(l, r)
            }
            return a.offset < b.offset
        }.map(\.element)
        return ordered.map { resource in
            var copy = resource
            copy.instances = resource.instances.enumerated().sorted { a, b in
                let (x, y) = (a.element, b.element)
                if x.indexKey != y.indexKey {
                    guard let l = x.indexKey else { return true }
                    guard let r = y.indexKey else { return false }
                    return l < r
                }
                if x.deposed != y.deposed { return bytewise(x.deposed ?? "", y.deposed ?? "") }
                return a.offset < b.offset
            }.map(\.element)
            return copy
        }
    }

    static func bytewise(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    private static func resourceBody(_ resource: StateResource, _ out: inout Output) {
        out.open("{")
        var first = true
        func member(_ key: String, _ body: (inout Output) -> Void) {
            out.member(key, first: first, body)
            first = false
        }
        if let module = resource.module, !module.isEmpty { member("module") { $0.string(module) } }
        member("mode") { $0.string(resource.mode.rawValue) }
        member("type") { $0.string(resource.type) }
        member("name") { $0.string(resource.name) }
        if let each = resource.each, !each.isEmpty { member("each") { $0.string(each) } }
        member("provider") { $0.string(resource.provider) }
        member("instances") { out in
            guard !resource.instances.isEmpty else { return out.raw("[]") }
            out.open("[")
            for (index, instance) in resource.instances.enumerated() {
                out.item(first: index == 0) { instanceBody(instance, &$0) }
            }
            out.close("]")
        }
        out.close("}")
    }

    private static func instanceBody(_ instance: StateInstance, _ out: inout Output) {
        out.open("{")
        var first = true
        func member(_ key: String, _ body: (inout Output) -> Void) {
            out.member(key, first: first, body)
            first = false
        }
        switch instance.indexKey {
        case .int(let number)?: member("index_key") { $0.raw(String(number)) }
        case .string(let key)?: member("index_key") { $0.string(key) }
        case nil: break
        }
        if let status = instance.status { member("status") { $0.string(status) } }
        if let deposed = instance.deposed { member("deposed") { $0.string(deposed) } }
        member("schema_version") { $0.raw(String(instance.schemaVersion)) }
        member("attributes") { $0.value(instance.attributes) }
        member("sensitive_attributes") { $0.value(instance.sensitiveAttributes) }
        if let version = instance.identitySchemaVersion { member("identity_schema_version") { $0.value(version) } }
        if let identity = instance.identity { member("identity") { $0.value(identity) } }
        if let privateData = instance.privateData, !privateData.isEmpty { member("private") { $0.string(privateData) } }
        if !instance.dependencies.isEmpty {
            member("dependencies") { out in
                out.open("[")
                for (index, dependency) in instance.dependencies.enumerated() { out.item(first: index == 0) { $0.string(dependency) } }
                out.close("]")
            }
        }
        if instance.createBeforeDestroy { member("create_before_destroy") { $0.raw("true") } }
        out.close("}")
    }

    /// An indenting byte buffer.
    struct Output {
        var bytes: [UInt8] = []
        var depth = 0

        init() { bytes.reserveCapacity(1 << 16) }

        mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

        mutating func newline() {
            bytes.append(0x0A)
            for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
        }

        mutating func open(_ bracket: String) { raw(bracket); depth += 1 }

        mutating func close(_ bracket: String) {
            depth -= 1
            newline()
            raw(bracket)
        }

        mutating func member(_ key: String, first: Bool = false, _ body: (inout Output) -> Void) {
            if !first { bytes.append(UInt8(ascii: ",")) }
            newline()
            string(key)
            raw(": ")
            body(&self)
        }

        mutating func item(first: Bool, _ body: (inout Output) -> Void) {
            if !first { bytes.append(UInt8(ascii: ",")) }
            newline()
            body(&self)
        }

        mutating func value(_ value: StateValue) {
            switch value {
            case .null: raw("null")
            case .bool(let flag): raw(flag ? "true" : "false")
            case .number(let text): raw(text)
            case .string(let text): string(text)
            case .array(let items):
                guard !items.isEmpty else { return raw("[]") }
                open("[")
                for (index, item) in items.enumerated() { self.item(first: index == 0) { $0.value(item) } }
                close("]")
            case .object(let members):
                guard !members.isEmpty else { return raw("{}") }
                open("{")
                for (index, member) in members.enumerated() { self.member(member.key, first: index == 0) { $0.value(member.value) } }
                close("}")
            }
        }

        private static let hex = Array("0123456789abcdef".utf8)

        /// Go's `encoding/json` string escaping, HTML-safe (its default).
        mutating func string(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            // The usual case: nothing to escape, so the bytes go in whole.
            if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) {
                bytes.append(contentsOf: text.utf8)
                bytes.append(UInt8(ascii: "\""))
                return
            }
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x22: raw("\\\"")
                case 0x5C: raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                case 0x00..<0x20, 0x3C, 0x3E, 0x26, 0x2028, 0x2029:
                    raw("\\u")
                    let code = scalar.value
                    for shift in stride(from: 12, through: 0, by: -4) { bytes.append(Self.hex[Int((code >> UInt32(shift)) & 0xF)]) }
                default:
                    bytes.append(contentsOf: String(scalar).utf8)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }
}
