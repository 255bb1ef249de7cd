/// The attribute lookups the simulator makes on every create or delete of some types (the
/// NAT gateways of a zone, the records of a hosted zone, the cluster using a parameter
/// group). Without an index each is a scan of every object of the type, so a run's cost grew
/// with the square of its environments; each gets a partial index on the JSON attribute,
/// which costs nothing for objects of other types.
enum AttributeLookups {
    static var indexed: [(type: String, attribute: String)] { first + certificates }

    /// Made by migration account-v3 (never change: a landed migration is never edited).
    static let first: [(type: String, attribute: String)] = [
        ("aws_nat_gateway", "availability_zone"),
        ("aws_docdb_cluster_parameter_group", "name"),
        ("aws_docdb_cluster", "db_cluster_parameter_group_name"),
        ("aws_docdb_cluster_instance", "cluster_identifier"),
        ("aws_route53_record", "name"),
        ("aws_route53_record", "zone"),
    ]

    /// Made by account-v4: CloudFront's certificate lookup by domain (H13), on every distribution create.
    static let certificates: [(type: String, attribute: String)] = [("aws_acm_certificate", "domain_name")]

    /// A migration's statements. The expression must read exactly as the lookup's query
    /// (`json_extract(attributes, '$.<attribute>')`) and the type must be a literal in both,
    /// or SQLite cannot use the index.
    static func createIndexes(_ lookups: [(type: String, attribute: String)]) -> String {
        lookups.map { type, attribute in
            let name = "resources_\(type)_\(attribute)".replacingOccurrences(of: "-", with: "_")
            return "CREATE INDEX \(name) ON resources(json_extract(attributes, \(literal("$." + attribute)))) WHERE type = \(literal(type));"
        }.joined(separator: "\n")
    }

    /// An SQL string literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
