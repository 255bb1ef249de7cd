/// Attributes whose values Terraform never prints: the provider schemas mark them
/// `Sensitive: true`, and `terraform plan` shows `(sensitive value)` in their place.
/// edxplan keeps them out of every output, event and report the same way.
public enum Sensitive {
    /// What is printed instead of the value.
    public static let placeholder = "(sensitive value)"

    /// Per resource type, from the provider schemas: terraform-provider-random
    /// `resource_password.go` (`result`, `bcrypt_hash`), terraform-provider-tls
    /// `resource_private_key.go` (`private_key_*`), terraform-provider-aws `rds/instance.go`
    /// (`password`), `docdb/cluster.go` (`master_password`), `elasticache/replication_group.go`
    /// (`auth_token`), `iam/access_key.go` (`secret`, `ses_smtp_password_v4`),
    /// `secretsmanager/secret_version.go` (`secret_string`, `secret_binary`), and
    /// terraform-provider-kubernetes `kubernetes_secret` (`data`, `binary_data`).
    static let byType: [String: Set<String>] = [
        "random_password": ["result", "bcrypt_hash"],
        "tls_private_key": ["private_key_pem", "private_key_openssh", "private_key_pem_pkcs8"],
        "aws_db_instance": ["password"],
        "aws_docdb_cluster": ["master_password"],
        "aws_elasticache_replication_group": ["auth_token"],
        "aws_iam_access_key": ["secret", "ses_smtp_password_v4"],
        "aws_secretsmanager_secret_version": ["secret_string", "secret_binary"],
        "kubernetes_secret": ["data", "binary_data"],
    ]

    /// Words that mark a secret in any attribute's name, for what the table does not list
    /// (a password set on an object by hand in the console).
    static let words = ["password", "secret", "token", "private_key"]

    /// True when `attribute` of a `type` object must not be shown. `*_from` attributes name
    /// where a secret is read from (a Secrets Manager name), not the secret: they are shown.
    public static func attribute(type: String, name: String) -> Bool {
        if byType[type]?.contains(name) == true { return true }
        guard !name.hasSuffix("_from"), !name.hasSuffix("_name"), !name.hasSuffix("_length") else { return false }
        return words.contains { name.contains($0) }
    }
}
