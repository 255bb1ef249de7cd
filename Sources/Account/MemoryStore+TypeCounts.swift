/// Quota checks count a type across the account (EIPs, VPCs, NAT gateways in a region) on
/// every create of it. A scan of the type's objects costs nothing in a rehearsal's account of
/// one environment but grows with an account of a thousand; keeping a running count for every
/// type would tax every create and delete of the small one. So the count is kept only for
/// the types that grew big, from the first count that finds them so.
extension MemoryStore.Tables {
    /// Objects of `type` (any status, as quotas count them), in `region` or in all.
    mutating func count(type: String, region: String?) -> Int {
        if countOfType[type] == nil {
            let rowsOfThisType = rowsOfType[type] ?? []
            guard rowsOfThisType.count >= Self.indexFrom else {
                return count(rowsOfThisType) { region == nil || $0.region == region }
            }
            var regions: [String: Int] = [:]
            for row in rowsOfThisType { if let resource = rows[row] { regions[resource.region, default: 0] += 1 } }
            countOfType[type] = regions
        }
        let regions = countOfType[type] ?? [:]
        return region.map { regions[$0] ?? 0 } ?? regions.values.reduce(0, +)
    }
}
