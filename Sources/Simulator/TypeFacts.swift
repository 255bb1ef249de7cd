/// What the create rules look up about a resource type, in one table: every create asked
/// three tables in turn (the quota it counts against, whether it lives in the VPC, whether a
/// refusal rule is about it), hashing the type's name for each.
struct TypeFacts {
    var quota: CreateRules.Quota?
    var inVPC = false
    var refusable = false

    static func of(_ type: String) -> TypeFacts { table[type] ?? TypeFacts() }

    /// Every type any of the tables names (`CreateRules.quotas`, `CreateRules.inVPC`,
    /// `CloudExecutor.refusable`), with what each says about it.
    private static let table: [String: TypeFacts] = {
        var table: [String: TypeFacts] = [:]
        for (type, quota) in CreateRules.quotas { table[type, default: TypeFacts()].quota = quota }
        for type in CreateRules.inVPC { table[type, default: TypeFacts()].inVPC = true }
        for type in CloudExecutor.refusable { table[type, default: TypeFacts()].refusable = true }
        return table
    }()
}
