import Blueprint

extension AccountResource {
    /// The fields, shared by copies and copied on the first write (`unique()`), so a box
    /// that several values share never changes: that is what makes it safe to send.
    final class Fields: @unchecked Sendable {
        var id: String
        var arn: String
        var type: String
        var region: String
        var scope: String
        var module: String
        var address: String?
        var attributes: [String: AttributeValue]
        var status: ResourceStatus
        var createdAtMinute: Double
        var managedBy: ManagedBy
        var parentID: String?

        init(id: String, arn: String, type: String, region: String, scope: String, module: String, address: String?,
             attributes: [String: AttributeValue], status: ResourceStatus, createdAtMinute: Double, managedBy: ManagedBy,
             parentID: String?) {
            self.id = id
            self.arn = arn
            self.type = type
            self.region = region
            self.scope = scope
            self.module = module
            self.address = address
            self.attributes = attributes
            self.status = status
            self.createdAtMinute = createdAtMinute
            self.managedBy = managedBy
            self.parentID = parentID
        }

        func copy() -> Fields {
            Fields(id: id, arn: arn, type: type, region: region, scope: scope, module: module, address: address,
                   attributes: attributes, status: status, createdAtMinute: createdAtMinute, managedBy: managedBy,
                   parentID: parentID)
        }
    }

    private mutating func unique() -> Fields {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
        return fields
    }

    public var id: String {
        get { fields.id }
        set { unique().id = newValue }
    }
    public var arn: String {
        get { fields.arn }
        set { unique().arn = newValue }
    }
    public var type: String {
        get { fields.type }
        set { unique().type = newValue }
    }
    public var region: String {
        get { fields.region }
        set { unique().region = newValue }
    }
    public var scope: String {
        get { fields.scope }
        set { unique().scope = newValue }
    }
    public var module: String {
        get { fields.module }
        set { unique().module = newValue }
    }
    public var address: String? {
        get { fields.address }
        set { unique().address = newValue }
    }
    public var attributes: [String: AttributeValue] {
        get { fields.attributes }
        set { unique().attributes = newValue }
    }
    public var status: ResourceStatus {
        get { fields.status }
        set { unique().status = newValue }
    }
    public var createdAtMinute: Double {
        get { fields.createdAtMinute }
        set { unique().createdAtMinute = newValue }
    }
    public var managedBy: ManagedBy {
        get { fields.managedBy }
        set { unique().managedBy = newValue }
    }
    public var parentID: String? {
        get { fields.parentID }
        set { unique().parentID = newValue }
    }

    public static func == (lhs: AccountResource, rhs: AccountResource) -> Bool {
        if lhs.fields === rhs.fields { return true }
        return lhs.id == rhs.id && lhs.arn == rhs.arn && lhs.type == rhs.type && lhs.region == rhs.region
            && lhs.scope == rhs.scope && lhs.module == rhs.module && lhs.address == rhs.address
            && lhs.attributes == rhs.attributes && lhs.status == rhs.status && lhs.createdAtMinute == rhs.createdAtMinute
            && lhs.managedBy == rhs.managedBy && lhs.parentID == rhs.parentID
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(arn)
        hasher.combine(type)
        hasher.combine(region)
        hasher.combine(scope)
        hasher.combine(module)
        hasher.combine(address)
        hasher.combine(attributes)
        hasher.combine(status)
        hasher.combine(createdAtMinute)
        hasher.combine(managedBy)
        hasher.combine(parentID)
    }
}
