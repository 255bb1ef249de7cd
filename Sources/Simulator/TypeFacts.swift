/// What the create rules look up about a resource type, in one table: every create asked
/// three tables in turn (the quota it counts against, whether it lives in the VPC, whether a
/// refusal rule is about it), hashing the type's name for each.
struct TypeFacts {
    var quota: CreateRules.Quota?
    var inVPC = false
    var refusable = false
    /// How `CreateRules.accountName` names an object of the type.
    var naming: Naming

    /// The name AWS keys an object by (`CreateRules.accountName`): by scope, module and
    /// address (what lives in its own cluster or state), by scope and address, by the node
    /// group's or record's own fields, none (AWS makes the ID), or by the resource's name
    /// attributes when it has them.
    enum Naming { case byAddress, byScopeAndAddress, nodeGroup, record, none, attributesOrAddress }

    init(type: String) {
        if !type.hasPrefix("aws_") || type.hasPrefix("aws_iam_") {
            naming = .byAddress
        } else {
            switch type {
            case "aws_eks_node_group": naming = .nodeGroup
            case "aws_route53_record": naming = .record
            case "aws_security_group", "aws_acm_certificate", "aws_acm_certificate_validation", "aws_launch_template": naming = .none
            case "aws_elasticache_subnet_group", "aws_elasticache_parameter_group": naming = .byScopeAndAddress
            default: naming = .attributesOrAddress
            }
        }
    }

    static func of(_ type: String) -> TypeFacts { table[type] ?? TypeFacts(type: type) }

    /// Every type any of the tables names (`CreateRules.quotas`, `CreateRules.inVPC`,
    /// `CloudExecutor.refusable`) or that is named its own way, with what each says about it.
    private static let table: [String: TypeFacts] = {
        var table: [String: TypeFacts] = [:]
        for (type, quota) in CreateRules.quotas { table[type, default: TypeFacts(type: type)].quota = quota }
        for type in CreateRules.inVPC { table[type, default: TypeFacts(type: type)].inVPC = true }
        for type in CloudExecutor.refusable { table[type, default: TypeFacts(type: type)].refusable = true }
        for type in ["aws_eks_node_group", "aws_route53_record", "aws_security_group", "aws_acm_certificate",
                     "aws_acm_certificate_validation", "aws_launch_template", "aws_elasticache_subnet_group",
                     "aws_elasticache_parameter_group"] where table[type] == nil {
            table[type] = TypeFacts(type: type)
        }
        return table
    }()
}
