import Foundation
import GRDB

extension FakeAccount {
    /// Takes the lock as the S3 backend does: `PutItem` with `attribute_not_exists(LockID)`.
    /// The conditional insert is the whole test, inside one IMMEDIATE transaction, so two
    /// processes racing on the file cannot both see "free" and both win.
    public func acquireLock(lockID: String, holder: String, operation: String, info: String = "") throws {
        let now = Self.terraformTime(Date())
        if let memory {
            return try memory.write { tables in
                if let held = tables.locks[lockID] {
                    throw AccountError.lockHeld(lockID: lockID, holder: held.holder, operation: held.operation, since: held.createdAt)
                }
                tables.locks[lockID] = AccountLock(lockID: lockID, holder: holder, operation: operation, createdAt: now, info: info)
            }
        }
        return try write { db in
            try db.cachedStatement(sql: """
                INSERT INTO locks (lock_id, holder, operation, created_at, info) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (lock_id) DO NOTHING
                """).execute(arguments: [lockID, holder, operation, now, info])
            guard db.changesCount == 0 else { return }
            let held = try AccountLock.fetchOne(try db.cachedStatement(sql: "SELECT * FROM locks WHERE lock_id = ?"), arguments: [lockID])
            throw AccountError.lockHeld(lockID: lockID, holder: held?.holder ?? "unknown",
                                        operation: held?.operation ?? "unknown", since: held?.createdAt ?? "unknown")
        }
    }

    /// Releases a lock this holder took. Releasing a lock that is already gone is fine (a
    /// force-unlock came first); releasing someone else's is refused, as Terraform refuses
    /// an unlock whose ID does not match.
    public func releaseLock(lockID: String, holder: String) throws {
        if let memory {
            return try memory.write { tables in
                guard let held = tables.locks[lockID] else { return }
                guard held.holder == holder else { throw AccountError.lockMismatch(lockID: lockID, holder: holder, heldBy: held.holder) }
                tables.locks[lockID] = nil
            }
        }
        return try write { db in
            guard let held = try AccountLock.fetchOne(try db.cachedStatement(sql: "SELECT * FROM locks WHERE lock_id = ?"),
                                                      arguments: [lockID]) else { return }
            guard held.holder == holder else {
                throw AccountError.lockMismatch(lockID: lockID, holder: holder, heldBy: held.holder)
            }
            try db.cachedStatement(sql: "DELETE FROM locks WHERE lock_id = ?").execute(arguments: [lockID])
        }
    }

    /// `terraform force-unlock`: clears the lock whoever holds it; returns what was cleared.
    @discardableResult
    public func forceUnlock(lockID: String) throws -> AccountLock? {
        if let memory { return memory.write { $0.locks.removeValue(forKey: lockID) } }
        return try write { db in
            let held = try AccountLock.fetchOne(try db.cachedStatement(sql: "SELECT * FROM locks WHERE lock_id = ?"), arguments: [lockID])
            try db.cachedStatement(sql: "DELETE FROM locks WHERE lock_id = ?").execute(arguments: [lockID])
            return held
        }
    }

    public func locks() throws -> [AccountLock] {
        if let memory { return memory.read { $0.locks.values.sorted { $0.lockID < $1.lockID } } }
        return try read { db in try AccountLock.fetchAll(try db.cachedStatement(sql: "SELECT * FROM locks ORDER BY lock_id")) }
    }

    /// The DynamoDB `LockID` of a module's state: `<bucket>/<state key>`.
    public static func lockID(bucket: String, stateKey: String) -> String { "\(bucket)/\(stateKey)" }

    /// Go's default time format in UTC, as Terraform's lock info prints `Created:`. By hand
    /// rather than with a `DateFormatter`: a formatter made per lock (two per module run)
    /// cost more than the lock's transaction.
    static func terraformTime(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        var seconds = time_t(interval.rounded(.down))
        let micros = Int(((interval - Double(seconds)) * 1_000_000).rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        // Zero-padded digits written straight into the string's bytes: `String(format:)`
        // goes through CoreFoundation's formatter, and padding piece by piece allocated a
        // dozen strings; either cost more than the rest of taking a lock in a rehearsal.
        let fields: [(value: Int, width: Int, after: UInt8?)] = [
            (Int(parts.tm_year) + 1900, 4, UInt8(ascii: "-")), (Int(parts.tm_mon) + 1, 2, UInt8(ascii: "-")),
            (Int(parts.tm_mday), 2, UInt8(ascii: " ")), (Int(parts.tm_hour), 2, UInt8(ascii: ":")),
            (Int(parts.tm_min), 2, UInt8(ascii: ":")), (Int(parts.tm_sec), 2, UInt8(ascii: ".")), (micros, 6, nil),
        ]
        let suffix = " +0000 UTC"
        return String(unsafeUninitializedCapacity: 26 + suffix.utf8.count) { buffer in
            var at = 0
            for field in fields {
                var value = max(0, field.value)
                for position in stride(from: at + field.width - 1, through: at, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                at += field.width
                if let separator = field.after { buffer[at] = separator; at += 1 }
            }
            for byte in suffix.utf8 { buffer[at] = byte; at += 1 }
            return at
        }
    }
}
