import Blueprint

/// One module's `terraform plan`: refresh against the account, then compare with the configuration.
struct ModulePlanner {
    let module: String
    let configuration: TerraformConfiguration.Module
    let entries: [String: StateEntry]
    let live: LiveAttributes
    /// What refresh found, by address order.
    private(set) var drift: [DriftNote] = []
    /// The walk of the planned actions, when the configuration had it worked out already.
    private(set) var graph: ActionGraph?

    init(module: String, configuration: TerraformConfiguration.Module, entries: [String: StateEntry],
         live: LiveAttributes) {
        self.module = module
        self.configuration = configuration
        self.entries = entries
        self.live = live
    }

    mutating func planApply() -> [PlannedAction] {
        // Nothing in state: nothing to refresh, delete or compare.
        if entries.isEmpty {
            graph = configuration.graphFromEmpty
            return configuration.createsFromEmpty
        }
        // Dependencies first (the refresh notes this collects are sorted by the caller).
        var actions: [PlannedAction] = []
        actions.reserveCapacity(configuration.walk.count)
        var inState = 0
        // By index: taking each (resource, flag) pair out copied the resource, a retain and a
        // release for each of its fields.
        let walk = configuration.walk
        for index in walk.indices {
            // Not in state: the create the configuration made once for this place in the walk.
            guard let entry = entries[walk[index].resource.address] else {
                actions.append(configuration.createsFromEmpty[index])
                continue
            }
            inState += 1
            actions.append(decide(walk[index].resource, entry: entry, cbd: walk[index].createBeforeDestroy))
        }
        // Every entry is a configured resource: nothing was removed (the usual re-plan, which
        // then looks up no address a second time).
        guard inState < entries.count else { return actions }
        // In any order: the deletes are ordered below, and the caller sorts refresh's notes.
        var deletes: [String: PlannedAction] = [:]
        for (address, entry) in entries where configuration.positions[address] == nil {
            guard refreshed(entry) != nil else { continue }
            deletes[address] = delete(entry, reason: "not in configuration")
        }
        // Removed resources go first, dependents before dependencies; then the rest,
        // dependencies first (terraform-semantics.md §1.1).
        guard !deletes.isEmpty else { return actions }
        return ResourceOrder.dependenciesFirst(Array(deletes.keys), dependsOn: recordedDependencies).reversed()
            .compactMap { deletes[$0] } + actions
    }

    /// `terraform destroy`: every object still in the account, dependents first.
    mutating func planDestroy() -> [PlannedAction] {
        var deletes: [String: PlannedAction] = [:]
        if let configured = configuredEntries() {
            // The usual destroy: state holds the configuration's resources, so their order is
            // the configuration's, reversed (what `deleteOrder` gives for them), without looking
            // each address up again.
            var actions: [PlannedAction] = []
            actions.reserveCapacity(configured.entries.count)
            for entry in configured.entries.reversed() where refreshed(entry) != nil {
                actions.append(delete(entry, reason: Self.destroyReason))
            }
            if actions.count == configured.entries.count {
                if configured.sameDependencies { graph = configuration.graphOfFullDestroy }
                return actions
            }
            // Some were deleted outside Terraform: the rest are ordered among themselves.
            deletes = Dictionary(uniqueKeysWithValues: actions.map { ($0.address, $0) })
        } else {
            // In any order, as in `planApply`.
            deletes.reserveCapacity(entries.count)
            for (address, entry) in entries {
                guard refreshed(entry) != nil else { continue }
                deletes[address] = delete(entry, reason: Self.destroyReason)
            }
        }
        let actions = deleteOrder(Array(deletes.keys)).reversed().compactMap { deletes[$0] }
        // Every resource, each recording the configuration's dependencies: the walk is the
        // configuration's, worked out once.
        if actions.count == configuration.order.count,
           actions.allSatisfy({ $0.dependsOn == configuration.resource(at: $0.address)?.dependsOn }) {
            graph = configuration.graphOfFullDestroy
        }
        return actions
    }

    static let destroyReason = "destroy plan: every object in state is destroyed"

    /// The state's entries in the configuration's order, when they are exactly the configured
    /// addresses and each records no dependencies or the configuration's (as every create
    /// records them); `sameDependencies` when every one records exactly the configuration's.
    private func configuredEntries() -> (entries: [StateEntry], sameDependencies: Bool)? {
        let walk = configuration.walk
        guard entries.count == walk.count else { return nil }
        var found: [StateEntry] = []
        found.reserveCapacity(walk.count)
        var same = true
        for index in walk.indices {
            guard let entry = entries[walk[index].resource.address] else { return nil }
            let dependencies = entry.dependencies
            if dependencies != walk[index].resource.dependsOn {
                guard dependencies.isEmpty else { return nil }
                same = false
            }
            found.append(entry)
        }
        return (found, same)
    }

    /// `addresses` dependencies first, by the state's recorded dependencies. When they are
    /// configured addresses, each recording the configuration's dependencies or none (as every
    /// create records them), the order is the configuration's resource graph's, worked out
    /// once: all of them in the configuration's order, some of them (a destroy of what a
    /// failed run made) by that graph's numbers, without hashing an address per edge.
    private func deleteOrder(_ addresses: [String]) -> [String] {
        let resources = configuration.resources
        var present = [Bool](repeating: false, count: resources.count)
        let configured = addresses.allSatisfy { address in
            guard let position = configuration.positions[address], let entry = entries[address],
                  entry.dependencies.isEmpty || entry.dependencies == resources[position].dependsOn else { return false }
            present[position] = true
            return true
        }
        guard configured, let shape = configuration.shape else {
            return ResourceOrder.dependenciesFirst(addresses, dependsOn: recordedDependencies)
        }
        if addresses.count == resources.count { return configuration.order }
        return shape.graph.dependenciesFirst(present: present).map { resources[$0].address }
    }

    /// The state's dependencies, with the configuration's for entries that recorded none.
    private var recordedDependencies: [String: [String]] {
        entries.mapValues { entry in
            entry.dependencies.isEmpty ? configuration.resource(at: entry.address)?.dependsOn ?? [] : entry.dependencies
        }
    }

    /// Refresh: the live attributes, or nil (and a drift note) when the object was deleted
    /// outside Terraform, which drops it from state (terraform-semantics.md §1.4).
    private mutating func refreshed(_ entry: StateEntry) -> [String: AttributeValue]? {
        guard let attributes = live[entry.resourceID] else {
            drift.append(DriftNote(module: module, address: entry.address, detail: "has been deleted"))
            return nil
        }
        let changes = AttributeDiff.drift(type: entry.type, recorded: entry.attributes, live: attributes)
        if !changes.isEmpty {
            drift.append(DriftNote(module: module, address: entry.address,
                                   detail: "changed outside Terraform: " + changes.map(\.name).joined(separator: ", "),
                                   changes: changes))
        }
        return attributes
    }

    /// `entry` is what the state records for `resource`.
    private mutating func decide(_ resource: Resource, entry: StateEntry, cbd: Bool) -> PlannedAction {
        let order: ReplaceOrder = cbd ? .createBeforeDestroy : .destroyBeforeCreate
        func action(_ kind: Action, _ reason: String, _ changes: [AttributeChange], prior: StateEntry?) -> PlannedAction {
            PlannedAction(address: resource.address, type: resource.type, module: module, action: kind,
                          replaceOrder: kind == .replace ? order : nil, reason: reason, changes: changes,
                          dependsOn: resource.dependsOn, desired: resource, prior: prior)
        }
        guard let current = refreshed(entry) else {
            return Self.create(resource, module: module, reason: "not in state: refresh found it deleted outside Terraform")
        }
        // The comparison is with what exists, not with what the state last recorded.
        let changes = AttributeDiff.changes(type: resource.type, from: current, to: resource.attributes)
        if entry.tainted { return action(.replace, "tainted, so must be replaced", changes, prior: entry) }
        let forcing = changes.filter(\.forcesReplacement).map(\.name)
        if !forcing.isEmpty { return action(.replace, AttributeDiff.replacementReason(forcing), changes, prior: entry) }
        if !changes.isEmpty {
            return action(.update, AttributeDiff.updateReason(type: resource.type, changes.map(\.name)), changes, prior: entry)
        }
        return action(.noop, "matches the configuration", [], prior: entry)
    }

    static let notInState = "not in state"

    static func create(_ resource: Resource, module: String, reason: String) -> PlannedAction {
        PlannedAction(address: resource.address, type: resource.type, module: module, action: .create, reason: reason,
                      deriving: .additions, dependsOn: resource.dependsOn, desired: resource)
    }

    private func delete(_ entry: StateEntry, reason: String) -> PlannedAction {
        PlannedAction(address: entry.address, type: entry.type, module: module, action: .delete, reason: reason,
                      deriving: .removals, dependsOn: entry.dependencies, prior: entry)
    }
}
