import Blueprint
import TerraformState

/// A provider's attributes, as a state holds them, to the attributes the account keeps
/// (what the simulator, the cost engine and the hazards read), and back.
///
/// Scalars and lists of strings are kept under their own names; nested blocks are kept
/// where edxplan reads a value from them, under the flat name its blueprint uses
/// (`scaling_config[0].desired_size` is `desired_size`); the rest of a nested value is
/// not kept. Secrets are never kept: a value the provider schema or the file marks
/// sensitive is stored as "(sensitive value)".
enum AttributeConversion {
    /// Values read out of nested blocks, per type: path in the provider's attributes, name in edxplan's.
    /// terraform-provider-aws: `aws_eks_node_group.scaling_config` (MaxItems 1), and the
    /// launch template's `block_device_mappings[].ebs` that the EKS module's root volume sets.
    static let lifted: [String: [(path: [String], name: String)]] = [
        "aws_eks_node_group": [(["scaling_config", "0", "desired_size"], "desired_size"),
                               (["scaling_config", "0", "min_size"], "min_size"),
                               (["scaling_config", "0", "max_size"], "max_size")],
        "aws_launch_template": [(["block_device_mappings", "0", "ebs", "0", "volume_size"], "root_volume_gb"),
                                (["block_device_mappings", "0", "ebs", "0", "volume_type"], "root_volume_type")],
    ]

    /// The attributes `lifted` reads into: the only nested values the import reads.
    static let liftedFrom = Set(lifted.values.flatMap { $0.map { $0.path[0] } })

    /// `id` and `arn` are left out: the caller files the object under them.
    static let identity: Set<String> = ["id", "arn"]

    struct Converted {
        var attributes: [String: AttributeValue] = [:]
        /// Secret values replaced by the placeholder.
        var hidden = 0
    }

    /// `Sensitive.attribute` answers, by type and name: a state repeats the same few hundred
    /// names, and asking Foundation's substring search anew was a sixth of a 100 MB import.
    struct SecretNames {
        private var known: [String: Answers] = [:]

        /// The answers for one type, taken out while an object of it is converted (one
        /// lookup of the type per object, not one per attribute) and put back with `keep`.
        mutating func take(_ type: String) -> Answers {
            known.removeValue(forKey: type) ?? Answers(type: type, known: [:])
        }

        mutating func keep(_ answers: Answers) { known[answers.type] = answers }

        struct Answers {
            let type: String
            var known: [String: Bool]
            /// The names asked about for the last object of the type, in order, with their
            /// answers: objects of one type list the same names in the same (sorted) order,
            /// and comparing a name with the one at its place is cheaper than hashing it.
            var names: [String] = []
            var secret: [Bool] = []

            init(type: String, known: [String: Bool]) {
                self.type = type
                self.known = known
            }

            mutating func contains(_ name: String, at place: Int) -> Bool {
                if place < names.count, names[place] == name { return secret[place] }
                let answer = contains(name)
                if place < names.count {
                    names[place] = name
                    secret[place] = answer
                } else if place == names.count {
                    names.append(name)
                    secret.append(answer)
                }
                return answer
            }

            mutating func contains(_ name: String) -> Bool {
                if let answer = known[name] { return answer }
                let answer = Sensitive.attribute(type: type, name: name)
                known[name] = answer
                return answer
            }
        }
    }

    static func toAccount(_ value: StateValue, type: String, sensitive: Set<String>, secrets: inout SecretNames) -> Converted {
        var converted = Converted()
        let members = value.members ?? []
        converted.attributes.reserveCapacity(members.count)
        var answers = secrets.take(type)
        defer { secrets.keep(answers) }
        // How many names were asked about so far: the place of the next in the type's list.
        var asked = 0
        for (name, member) in members where name != "id" && name != "arn" {
            if case .null = member { continue }
            // A flag or a count named like a secret (`get_password_data`, `password_length`) is no secret;
            // what the file itself marks sensitive is hidden whatever it is.
            var named = false
            if member.bool == nil && member.number == nil {
                named = answers.contains(name, at: asked)
                asked += 1
            }
            if named || (!sensitive.isEmpty && sensitive.contains(name)) {
                // An empty value hides nothing; keeping it says the attribute is unset.
                if member == .string("") || member == .array([]) || member == .object([]) { continue }
                converted.attributes[name] = .string(Sensitive.placeholder)
                converted.hidden += 1
                continue
            }
            if let scalar = scalar(member) { converted.attributes[name] = scalar }
        }
        for (path, name) in lifted[type] ?? [] where converted.attributes[name] == nil {
            if let found = lookup(value, path).flatMap(scalar) { converted.attributes[name] = found }
        }
        return converted
    }

    private static func scalar(_ value: StateValue) -> AttributeValue? {
        switch value {
        case .string(let text): return .string(text)
        case .bool(let flag): return .bool(flag)
        case .number(let text): return Int(text).map(AttributeValue.int) ?? .string(text)
        case .array(let items):
            let strings = items.compactMap(\.string)
            return strings.count == items.count ? .strings(strings) : nil
        default: return nil
        }
    }

    private static func lookup(_ value: StateValue, _ path: [String]) -> StateValue? {
        var current = value
        for step in path {
            if let index = Int(step) {
                guard let items = current.array, index < items.count else { return nil }
                current = items[index]
            } else {
                guard let next = current[step] else { return nil }
                current = next
            }
        }
        return current
    }

    /// The account's attributes as a state holds them: keys sorted (as cty writes an
    /// object), `id` first among equals only by name.
    static func toState(_ attributes: [String: AttributeValue], id: String, arn: String?) -> StateValue {
        var members: [(key: String, value: StateValue)] = attributes.map { name, value in
            switch value {
            case .string(let text): return (name, .string(text))
            case .int(let number): return (name, .number(String(number)))
            case .bool(let flag): return (name, .bool(flag))
            case .strings(let list): return (name, .array(list.map(StateValue.string)))
            }
        }
        members.removeAll { identity.contains($0.key) }
        members.append(("id", .string(id)))
        if let arn { members.append(("arn", .string(arn))) }
        return StateValue.object(members).sortedKeys()
    }
}
