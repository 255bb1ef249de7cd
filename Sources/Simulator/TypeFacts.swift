/// What the create rules look up about a resource type, in one table: every create asked
/// three tables in turn (the quota it counts against, whether it lives in the VPC, whether a
/// refusal rule is about it), hashing the type's name for each.
///
/// A class of constants, shared: a create hands the facts to each rule, and copying the
/// quota's strings and list with them was a retain and a release apiece, every time.
final class TypeFacts: Sendable {
    let quota: CreateRules.Quota?
    let inVPC: Bool
    let refusable: Bool
    /// How `CreateRules.accountName` names an object of the type.
    let naming: Naming

    /// The name AWS keys an object by (`CreateRules.accountName`): by scope, module and
    /// address (what lives in its own cluster or state), by scope and address, by the node
    /// group's or record's own fields, none (AWS makes the ID), or by the resource's name
    /// attributes when it has them.
    enum Naming { case byAddress, byScopeAndAddress, nodeGroup, record, none, attributesOrAddress }

    private init(quota: CreateRules.Quota? = nil, inVPC: Bool = false, refusable: Bool = false, naming: Naming) {
        self.quota = quota
        self.inVPC = inVPC
        self.refusable = refusable
        self.naming = naming
    }

    /// The types named their own way; every other type is named by `defaultNaming(of:)`.
    private static let namedTheirOwnWay: [String: Naming] = [
        "aws_eks_node_group": .nodeGroup, "aws_route53_record": .record, "aws_security_group": .none,
        "aws_acm_certificate": .none, "aws_acm_certificate_validation": .none, "aws_launch_template": .none,
        "aws_elasticache_subnet_group": .byScopeAndAddress, "aws_elasticache_parameter_group": .byScopeAndAddress,
    ]

    /// Providers other than AWS, and IAM (global, and named by the module), name by address;
    /// the rest of AWS by the resource's name attributes.
    private static func defaultNaming(of type: String) -> Naming {
        !type.hasPrefix("aws_") || type.hasPrefix("aws_iam_") ? .byAddress : .attributesOrAddress
    }

    /// A type no table names: nothing but its naming to know, one of two shared answers.
    private static let byAddress = TypeFacts(naming: .byAddress)
    private static let attributesOrAddress = TypeFacts(naming: .attributesOrAddress)

    static func of(_ type: String) -> TypeFacts {
        table[type] ?? (defaultNaming(of: type) == .byAddress ? byAddress : attributesOrAddress)
    }

    /// Every type any of the tables names (`CreateRules.quotas`, `CreateRules.inVPC`,
    /// `CloudExecutor.refusable`) or that is named its own way, with what each says about it.
    private static let table: [String: TypeFacts] = {
        let types = Set(CreateRules.quotas.keys).union(CreateRules.inVPC).union(CloudExecutor.refusable)
            .union(namedTheirOwnWay.keys)
        return Dictionary(uniqueKeysWithValues: types.map { type in
            (type, TypeFacts(quota: CreateRules.quotas[type], inVPC: CreateRules.inVPC.contains(type),
                             refusable: CloudExecutor.refusable.contains(type),
                             naming: namedTheirOwnWay[type] ?? defaultNaming(of: type)))
        })
    }()
}
