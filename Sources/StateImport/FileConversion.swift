import Account
import Foundation
import Blueprint
import Planner
import Simulator
import TerraformState

/// One state file's resources to account objects and its unit's entries, with Terraform's
/// own refusals of a unit's state (one address twice, one object under two addresses).
enum FileConversion {
    static func convert(_ source: StateSource, header: StateFile, resources: [StateResource], modelled: Set<String>,
                        region regionOf: (String) -> String, secrets: inout AttributeConversion.SecretNames) throws -> StateImporter.ConvertedFile {
        var objects: [ImportedObject] = []
        var summary = StateImporter.UnitSummary(source: source, terraformVersion: header.terraformVersion, serial: header.serial)
        let stateKey = FakeAccount.stateKey(scope: source.environment, module: source.unit)
        // Each resource's address is made once; its instances add only their keys.
        let addresses = resources.map(\.address)
        // Dependencies name resources (`module.db.random_password.master_password`); the
        // account's entries name instances, so each is resolved to the instances it covers.
        var instancesOf: [String: [String]] = [:]
        for (resource, address) in zip(resources, addresses) where resource.mode == .managed {
            let config = StateImporter.configAddress(address)
            for instance in resource.instances where instance.deposed == nil {
                instancesOf[config, default: []].append(address + (instance.indexKey?.suffix ?? ""))
            }
        }
        var seenIDs: [String: String] = [:]
        var seenAddresses = Set<String>()
        for (resource, resourceAddress) in zip(resources, addresses) {
            guard resource.mode == .managed else { summary.dataSources += resource.instances.count; continue }
            let held = !modelled.contains(resource.type)
            // The instances of a resource usually list the same dependencies: resolved once.
            var resolved: (from: [String], to: [String])?
            for instance in resource.instances {
                let address = resourceAddress + (instance.indexKey?.suffix ?? "")
                if let key = instance.deposed { summary.deposed.append("\(address) (deposed \(key))"); continue }
                let converted = AttributeConversion.toAccount(instance.attributes, type: resource.type, sensitive: instance.sensitiveNames,
                                                              secrets: &secrets)
                var attributes = converted.attributes
                summary.hiddenSecrets += converted.hidden
                let stateID = instance.attributes["id"]?.string ?? ""
                let stateARN = instance.attributes["arn"]?.string
                let region = StateImporter.region(ofARN: stateARN) ?? regionOf(source.environment)
                let (id, arn) = FakeAccount.importedIdentity(type: resource.type, id: stateID, arn: stateARN, region: region,
                                                             uniqueName: "\(source.environment)/\(source.unit)/\(address)")
                if !stateID.isEmpty, stateID != id { attributes["id"] = .string(stateID) }
                guard seenAddresses.insert(address).inserted else {
                    throw StateError(nil, "\(source.display): instance \(address) appears more than once in the state file",
                                     hint: "Terraform refuses such a file too (\"Duplicate resource instance in state\"): keep one of them")
                }
                if let other = seenIDs.updateValue(address, forKey: id) {
                    throw StateError(nil, "\(source.display): \(address) and \(other) are the same object (\(id))",
                                     hint: "Terraform refuses one object under two addresses of one state: remove one with `terraform state rm`")
                }
                if resolved?.from != instance.dependencies {
                    let dependencies = instance.dependencies.flatMap { instancesOf[StateImporter.configAddress($0)] ?? [$0] }
                    resolved = (instance.dependencies, Array(Set(dependencies)).sorted())
                }
                var new = NewResource(type: resource.type, region: region, scope: source.environment, module: source.unit,
                                      address: address, attributes: attributes, managedBy: .terraform)
                if instance.tainted {
                    new.status = .failed
                    summary.tainted += 1
                }
                let entry = StateEntry(address: address, type: resource.type, module: source.unit, resourceID: id,
                                       attributes: attributes, tainted: instance.tainted, dependencies: resolved?.to ?? [])
                objects.append(ImportedObject(new: new, id: id, arn: arn, stateKey: stateKey, entry: entry))
                summary.objects += 1
                if held { summary.held.append(address) }
            }
        }
        return StateImporter.ConvertedFile(summary: summary, objects: objects)
    }
}
