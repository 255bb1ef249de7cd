import Blueprint

// Memberwise initialisers for the records a memory account makes itself (the SQLite
// account decodes them from rows).

extension AccountLock {
    init(lockID: String, holder: String, operation: String, createdAt: String, info: String) {
        self.lockID = lockID
        self.holder = holder
        self.operation = operation
        self.createdAt = createdAt
        self.info = info
    }
}

extension AccountSnapshot {
    init(id: String, sourceResourceID: String, kind: SnapshotKind, createdAtMinute: Double, data: [String: AttributeValue]) {
        self.id = id
        self.sourceResourceID = sourceResourceID
        self.kind = kind
        self.createdAtMinute = createdAtMinute
        self.data = data
    }
}

extension AccountQuota {
    init(code: String, name: String, value: Int, scope: String) {
        self.code = code
        self.name = name
        self.value = value
        self.scope = scope
    }
}

extension AccountEvent {
    init(seq: Int64, minute: Double, scope: String, module: String, address: String?, resourceID: String?, kind: EventKind,
         message: String, errorCode: String?) {
        self.seq = seq
        self.minute = minute
        self.scope = scope
        self.module = module
        self.address = address
        self.resourceID = resourceID
        self.kind = kind
        self.message = message
        self.errorCode = errorCode
    }
}
