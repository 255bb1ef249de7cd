import Blueprint

/// One resource's planned action and why.
///
/// A value with its fields in one shared box, copied only when written: a rehearsal copies
/// each action several times on its way through the walk (into the ready list, to the
/// executor, into a replacement), and copying a dozen strings and collections each time,
/// a retain and a release apiece, was a tenth of the work.
public struct PlannedAction: Sendable, Equatable {
    public var address: String {
        get { fields.address }
        set { unique().address = newValue }
    }
    public var type: String {
        get { fields.type }
        set { unique().type = newValue }
    }
    public var module: String {
        get { fields.module }
        set { unique().module = newValue }
    }
    public var action: Action {
        get { fields.action }
        set { unique().action = newValue }
    }
    /// For replacements only.
    public var replaceOrder: ReplaceOrder? {
        get { fields.replaceOrder }
        set { unique().replaceOrder = newValue }
    }
    /// Why, in words: "not in state", "instance_types forces replacement", "tainted", ...
    public var reason: String {
        get { fields.reason }
        set { unique().reason = newValue }
    }
    /// The attribute lines the plan prints. A create lists every attribute of `desired` and a
    /// delete every one of `prior`; the planner leaves those to be derived when asked, as a
    /// rehearsal plans thousands of them and prints none. An update's diff is stored.
    public var changes: [AttributeChange] {
        get {
            switch fields.derivedChanges {
            case .additions?: return AttributeDiff.additions(desired?.attributes ?? [:])
            case .removals?: return AttributeDiff.removals(prior?.attributes ?? [:])
            case nil: return fields.listedChanges
            }
        }
        set {
            let fields = unique()
            fields.listedChanges = newValue
            fields.derivedChanges = nil
        }
    }
    /// Addresses in the same module this resource depends on (for apply order).
    public var dependsOn: [String] {
        get { fields.dependsOn }
        set { unique().dependsOn = newValue }
    }
    /// The desired resource (nil for deletes).
    public var desired: Resource? {
        get { fields.desired }
        set { unique().desired = newValue }
    }
    /// What the state recorded (nil for creates).
    public var prior: StateEntry? {
        get { fields.prior }
        set { unique().prior = newValue }
    }

    enum DerivedChanges { case additions, removals }

    private var fields: Fields

    public init(address: String, type: String, module: String, action: Action, replaceOrder: ReplaceOrder? = nil,
                reason: String, changes: [AttributeChange] = [], dependsOn: [String] = [], desired: Resource? = nil,
                prior: StateEntry? = nil) {
        fields = Fields(address: address, type: type, module: module, action: action, replaceOrder: replaceOrder,
                        reason: reason, listedChanges: changes, derivedChanges: nil, dependsOn: dependsOn,
                        desired: desired, prior: prior)
    }

    /// A create or delete whose attribute lines are derived from `desired` or `prior`.
    init(address: String, type: String, module: String, action: Action, replaceOrder: ReplaceOrder? = nil,
         reason: String, deriving: DerivedChanges, dependsOn: [String], desired: Resource? = nil, prior: StateEntry? = nil) {
        fields = Fields(address: address, type: type, module: module, action: action, replaceOrder: replaceOrder,
                        reason: reason, listedChanges: [], derivedChanges: deriving, dependsOn: dependsOn,
                        desired: desired, prior: prior)
    }

    /// The box to write to: this value's own (a copy of a shared one first).
    private mutating func unique() -> Fields {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
        return fields
    }

    /// Equal when they read the same: a derived list equals the same list stored.
    public static func == (lhs: PlannedAction, rhs: PlannedAction) -> Bool {
        if lhs.fields === rhs.fields { return true }
        return lhs.address == rhs.address && lhs.type == rhs.type && lhs.module == rhs.module && lhs.action == rhs.action
            && lhs.replaceOrder == rhs.replaceOrder && lhs.reason == rhs.reason && lhs.dependsOn == rhs.dependsOn
            && lhs.desired == rhs.desired && lhs.prior == rhs.prior && lhs.changes == rhs.changes
    }

    /// Written only through `unique()`, so a box shared by several values never changes:
    /// that is what makes it safe to send between threads.
    private final class Fields: @unchecked Sendable {
        var address: String
        var type: String
        var module: String
        var action: Action
        var replaceOrder: ReplaceOrder?
        var reason: String
        var listedChanges: [AttributeChange]
        var derivedChanges: DerivedChanges?
        var dependsOn: [String]
        var desired: Resource?
        var prior: StateEntry?

        init(address: String, type: String, module: String, action: Action, replaceOrder: ReplaceOrder?, reason: String,
             listedChanges: [AttributeChange], derivedChanges: DerivedChanges?, dependsOn: [String], desired: Resource?,
             prior: StateEntry?) {
            self.address = address
            self.type = type
            self.module = module
            self.action = action
            self.replaceOrder = replaceOrder
            self.reason = reason
            self.listedChanges = listedChanges
            self.derivedChanges = derivedChanges
            self.dependsOn = dependsOn
            self.desired = desired
            self.prior = prior
        }

        func copy() -> Fields {
            Fields(address: address, type: type, module: module, action: action, replaceOrder: replaceOrder, reason: reason,
                   listedChanges: listedChanges, derivedChanges: derivedChanges, dependsOn: dependsOn, desired: desired,
                   prior: prior)
        }
    }
}
