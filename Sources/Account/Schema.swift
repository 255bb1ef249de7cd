import GRDB

/// The account's tables. A landed migration is never edited: a change is a new migration,
/// so every account file ever written can still be opened and brought forward.
enum AccountSchema {
    /// The first migration's name; its presence is how we tell an account from other SQLite files.
    static let first = "account-v1"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(first) { db in
            try db.execute(sql: v1)
        }
        // The simulator asks "every NAT gateway / DocumentDB cluster in the region" on each
        // create and delete; without this index a 1,000-environment account scans 90,000 rows.
        migrator.registerMigration("account-v2-type-index") { db in
            try db.execute(sql: "CREATE INDEX resources_type ON resources(type, region)")
        }
        migrator.registerMigration("account-v3-attribute-lookups") { db in
            try db.execute(sql: AttributeLookups.createIndexes(AttributeLookups.first))
        }
        migrator.registerMigration("account-v4-certificate-lookup") { db in
            try db.execute(sql: AttributeLookups.createIndexes(AttributeLookups.certificates))
        }
        return migrator
    }

    private static let v1 = """
        CREATE TABLE resources (
            id TEXT PRIMARY KEY NOT NULL,
            arn TEXT NOT NULL,
            type TEXT NOT NULL,
            region TEXT NOT NULL,
            scope TEXT NOT NULL,
            module TEXT NOT NULL,
            address TEXT,
            attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
            status TEXT NOT NULL,
            created_at_minute REAL NOT NULL,
            managed_by TEXT NOT NULL
                CHECK (managed_by IN ('terraform', 'kubernetes', 'tutor', 'manual', 'terragrunt')),
            parent_id TEXT
        );
        CREATE INDEX resources_scope ON resources(scope, type);
        CREATE INDEX resources_parent ON resources(parent_id);

        -- state_key is `<scope>/<module>`, as the S3 backend's key names one module's state.
        -- One object under two addresses of one state is what `terraform import` refuses, so
        -- it is refused here too (and is the constraint the atomicity tests trip).
        CREATE TABLE state_entries (
            state_key TEXT NOT NULL CHECK (instr(state_key, '/') > 1 AND substr(state_key, -1) <> '/'),
            address TEXT NOT NULL CHECK (address <> ''),
            type TEXT NOT NULL,
            module TEXT NOT NULL,
            resource_id TEXT NOT NULL,
            attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
            tainted INTEGER NOT NULL DEFAULT 0 CHECK (tainted IN (0, 1)),
            dependencies TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(dependencies)),
            PRIMARY KEY (state_key, address),
            UNIQUE (state_key, resource_id)
        );

        -- DynamoDB's lock table: partition key LockID = `<bucket>/<state key>`.
        CREATE TABLE locks (
            lock_id TEXT PRIMARY KEY NOT NULL,
            holder TEXT NOT NULL,
            operation TEXT NOT NULL,
            created_at TEXT NOT NULL,
            info TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE snapshots (
            id TEXT PRIMARY KEY NOT NULL,
            source_resource_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('final', 'automated', 'manual')),
            created_at_minute REAL NOT NULL,
            data TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data))
        );

        -- What each data store holds. Kept after its resource is deleted: that is the loss.
        CREATE TABLE data_items (
            resource_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('rows', 'documents', 'objects', 'keys', 'volume')),
            quantity INTEGER NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (resource_id, kind)
        );

        CREATE TABLE quotas (
            code TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            value INTEGER NOT NULL,
            scope TEXT NOT NULL
        );

        CREATE TABLE events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            minute REAL NOT NULL,
            scope TEXT NOT NULL,
            module TEXT NOT NULL,
            address TEXT,
            resource_id TEXT,
            kind TEXT NOT NULL
                CHECK (kind IN ('create', 'update', 'delete', 'fail', 'lock', 'unlock', 'drift', 'note')),
            message TEXT NOT NULL,
            error_code TEXT
        );
        CREATE INDEX events_scope ON events(scope, seq);

        CREATE TABLE meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        """

    /// Every table `reset()` empties: all but GRDB's migration log.
    static let tables = ["resources", "state_entries", "locks", "snapshots", "data_items", "quotas", "events", "meta"]
}
