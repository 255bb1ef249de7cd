import Blueprint

/// Comparing attribute maps the way a plan does.
enum AttributeDiff {
    /// What the configuration sets that the object does not match, sorted by name. Only the
    /// configured attributes count: the rest (ids, ARNs, endpoints) are computed by the
    /// provider and never diff. Descriptive attributes are skipped (`ReplacementRules.ignored`).
    static func changes(type: String, from current: [String: AttributeValue],
                        to desired: [String: AttributeValue]) -> [AttributeChange] {
        // The usual case, answered without sorting names.
        if current == desired { return [] }
        return desired.keys.sorted().compactMap { name in
            guard !ReplacementRules.ignored.contains(name), current[name] != desired[name] else { return nil }
            return AttributeChange(name: name, old: current[name], new: desired[name],
                                   forcesReplacement: ReplacementRules.forcesReplacement(type: type, attribute: name))
        }
    }

    /// What refresh found changed outside Terraform: every recorded attribute the live object
    /// no longer matches (and any it gained), whether or not the configuration sets it.
    static func drift(type: String, recorded: [String: AttributeValue],
                      live: [String: AttributeValue]) -> [AttributeChange] {
        // Nothing drifted (the usual case): no union of names to build and sort.
        if recorded == live { return [] }
        return Set(recorded.keys).union(live.keys).sorted().compactMap { name in
            guard !ReplacementRules.ignored.contains(name), recorded[name] != live[name] else { return nil }
            return AttributeChange(name: name, old: recorded[name], new: live[name],
                                   forcesReplacement: ReplacementRules.forcesReplacement(type: type, attribute: name))
        }
    }

    /// Every configured attribute as a `+ name = value` line of a create.
    static func additions(_ attributes: [String: AttributeValue]) -> [AttributeChange] {
        attributes.keys.sorted().compactMap { name in
            guard !ReplacementRules.ignored.contains(name) else { return nil }
            return AttributeChange(name: name, old: nil, new: attributes[name], forcesReplacement: false)
        }
    }

    /// Every recorded attribute as a `- name = value -> null` line of a destroy.
    static func removals(_ attributes: [String: AttributeValue]) -> [AttributeChange] {
        attributes.keys.sorted().compactMap { name in
            guard !ReplacementRules.ignored.contains(name) else { return nil }
            return AttributeChange(name: name, old: attributes[name], new: nil, forcesReplacement: false)
        }
    }

    /// "instance_types forces replacement", "engine, identifier force replacement".
    static func replacementReason(_ names: [String]) -> String {
        names.joined(separator: ", ") + (names.count == 1 ? " forces replacement" : " force replacement")
    }

    /// "instance_class updated in place", or with what the update means:
    /// "instance_type updated in place: the instance is stopped and started".
    static func updateReason(type: String, _ names: [String]) -> String {
        let notes = names.compactMap { ReplacementRules.note(type: type, attribute: $0) }
        var seen = Set<String>()
        let unique = notes.filter { seen.insert($0).inserted }
        return names.joined(separator: ", ") + " updated in place" + (unique.isEmpty ? "" : ": " + unique.joined(separator: "; "))
    }
}
