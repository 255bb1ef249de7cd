/// Terraform's wording for a held state lock (`internal/command/clistate/state.go` and the
/// S3 backend's `LockInfo`), so a simulated run fails the way a real one reads.
enum LockText {
    static func held(lockID: String, holder: String, operation: String, since: String, info: String = "") -> String {
        """
        Error acquiring the state lock

        Error message: ConditionalCheckFailedException: The conditional request failed
        Lock Info:
          ID:        \(lockInfoID(lockID: lockID, holder: holder, since: since))
          Path:      \(lockID)
          Operation: \(operation)
          Who:       \(holder)
          Version:   1.9.8
          Created:   \(since)
          Info:      \(info)
        """
    }

    static let advice = """
        Terraform acquires a state lock to protect the state from being written
          by multiple users at the same time. Please resolve the issue above and try
          again. For most commands, you can disable locking with the "-lock=false"
          flag, but this is not recommended.
        """

    /// Terraform's lock info carries a random UUID; ours is derived from the row, so a lock
    /// written by another process (without that column) still prints one stable ID.
    static func lockInfoID(lockID: String, holder: String, since: String) -> String {
        StableHash.uuid("\(lockID)|\(holder)|\(since)")
    }
}
